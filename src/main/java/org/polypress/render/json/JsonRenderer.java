package org.polypress.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Dateline;
import org.polypress.model.Image;
import org.polypress.model.Published;
import org.polypress.model.Source;
import org.polypress.model.Translation;
import org.polypress.render.Renderer;

/**
 * Writes the JSON rendition, described by {@code article.schema.json}, as {@link JsonDocument} writes every
 * JSON rendition: fixed order, escaped by Jackson, the same bytes for the same article.
 */
public final class JsonRenderer implements Renderer {

    public static final String FILE_NAME = "article.json";
    /**
     * The version of {@code article.schema.json} the file follows: 2 added {@code schemaVersion}, {@code modified},
     * {@code canonicalUrl}, {@code section} and {@code keywords} (a file without {@code schemaVersion} is version 1).
     */
    public static final int SCHEMA_VERSION = 2;

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public byte[] render(Article article) {
        return JsonDocument.write(json -> writeArticle(json, article));
    }

    private static void writeArticle(JsonGenerator json, Article a) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("id", a.id());
        json.writeStringField("slug", a.slug());
        json.writeStringField("language", a.language());
        json.writeStringField("script", a.script());
        json.writeStringField("direction", a.direction().code());
        json.writeStringField("title", a.title());
        json.writeStringField("subtitle", a.subtitle());
        writeByline(json, a.byline());
        writeDateline(json, a.dateline());
        json.writeFieldName("published");
        writePublished(json, a.published());
        json.writeFieldName("modified");
        writePublished(json, a.metadata().modified());
        writeBody(json, a.body());
        writeCredits(json, a.credits());
        writeStrings(json, "notes", a.notes());
        writeSource(json, a.source());
        json.writeNumberField("wordCount", a.wordCount());
        json.writeStringField("canonicalUrl", a.metadata().canonicalUrl());
        json.writeStringField("section", a.metadata().section());
        writeStrings(json, "keywords", a.metadata().keywords());
        json.writeStringField("translationKey", a.translationKey());
        json.writeArrayFieldStart("translations");
        for (Translation translation : a.translations()) {
            json.writeStartObject();
            json.writeStringField("language", translation.language());
            json.writeStringField("slug", translation.slug());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("renditions");
        json.writeStringField("markdown", org.polypress.render.markdown.MarkdownRenderer.FILE_NAME);
        json.writeStringField("json", FILE_NAME);
        json.writeStringField("epub", org.polypress.render.epub.EpubRenderer.FILE_NAME);
        json.writeStringField("ninjs", org.polypress.render.ninjs.NinjsRenderer.FILE_NAME);
        json.writeStringField("jsonld", org.polypress.render.jsonld.JsonLdRenderer.FILE_NAME);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeByline(JsonGenerator json, Byline byline) throws IOException {
        json.writeFieldName("byline");
        if (byline == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("text", byline.text());
        writeStrings(json, "authors", byline.authors());
        json.writeStringField("publication", byline.publication());
        json.writeEndObject();
    }

    private static void writeDateline(JsonGenerator json, Dateline dateline) throws IOException {
        json.writeFieldName("dateline");
        if (dateline == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("text", dateline.text());
        json.writeStringField("place", dateline.place());
        json.writeStringField("agency", dateline.agency());
        json.writeFieldName("date");
        writePublished(json, dateline.date());
        json.writeEndObject();
    }

    private static void writePublished(JsonGenerator json, Published published) throws IOException {
        if (published == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("text", published.text());
        json.writeStringField("iso", published.iso());
        json.writeEndObject();
    }

    private static void writeBody(JsonGenerator json, List<Block> body) throws IOException {
        json.writeArrayFieldStart("body");
        for (Block block : body) {
            json.writeStartObject();
            json.writeStringField("type", block.type());
            if (block instanceof Block.Paragraph p) {
                json.writeStringField("text", p.text());
            } else if (block instanceof Block.Heading h) {
                json.writeNumberField("level", h.level());
                json.writeStringField("text", h.text());
            } else if (block instanceof Block.Figure f) {
                json.writeStringField("caption", f.caption());
                json.writeStringField("credit", f.credit());
                writeImage(json, f.image());
            } else if (block instanceof Block.Quote q) {
                json.writeStringField("text", q.text());
            } else if (block instanceof Block.ListBlock l) {
                json.writeBooleanField("ordered", l.ordered());
                writeStrings(json, "items", l.items());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeImage(JsonGenerator json, Image image) throws IOException {
        json.writeFieldName("image");
        if (image == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("path", image.path());
        json.writeStringField("mediaType", image.mediaType());
        json.writeNumberField("width", image.width());
        json.writeNumberField("height", image.height());
        json.writeStringField("alt", image.alt());
        json.writeEndObject();
    }

    private static void writeCredits(JsonGenerator json, List<Credit> credits) throws IOException {
        json.writeArrayFieldStart("credits");
        for (Credit credit : credits) {
            json.writeStartObject();
            json.writeStringField("name", credit.name());
            json.writeStringField("role", credit.role().code());
            json.writeStringField("note", credit.note());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSource(JsonGenerator json, Source source) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("fileName", source.fileName());
        json.writeStringField("mediaType", source.mediaType());
        json.writeStringField("charset", source.charset());
        json.writeFieldName("charsetConfidence");
        if (source.charsetConfidence() == null) {
            json.writeNull();
        } else {
            json.writeNumber(source.charsetConfidence());
        }
        json.writeStringField("sha256", source.sha256());
        json.writeNumberField("bytes", source.bytes());
        writeStrings(json, "warnings", source.warnings());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
