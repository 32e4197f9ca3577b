package org.polypress.render.jsonld;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.model.Image;
import org.polypress.model.Role;
import org.polypress.model.Translation;
import org.polypress.render.PublicationIdentifier;
import org.polypress.render.Renderer;
import org.polypress.render.json.JsonDocument;

/**
 * Writes the article as a schema.org {@code NewsArticle} in JSON-LD ({@code article.jsonld}): {@code @id} the
 * identifier every rendition gives the article; {@code headline} and {@code alternativeHeadline} (the standfirst);
 * {@code inLanguage}; {@code author}, {@code contributor}, {@code editor} and {@code translator} from the article's
 * credits, each a {@code Person}, but for a credit the byline names as its publication, an {@code Organization};
 * {@code sourceOrganization} the sources a source line names; {@code copyrightHolder} and {@code copyrightNotice}
 * from its rights line;
 * {@code publisher} the publication; {@code datePublished} as the article states it (a date alone stays a date);
 * {@code dateModified} the last change the source states; {@code url} its page's canonical address;
 * {@code articleSection} and {@code keywords} as its page states them; {@code dateline} as printed; an {@code ImageObject} for every figure, with its {@code caption}, its
 * {@code creditText} and, where the picture is published, its file; {@code wordCount}; and the story's other
 * language versions as {@code workTranslation}, each by its folder beside this one.
 */
public final class JsonLdRenderer implements Renderer {

    public static final String FILE_NAME = "article.jsonld";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public byte[] render(Article article) {
        return JsonDocument.write(json -> writeArticle(json, article));
    }

    private static void writeArticle(JsonGenerator json, Article a) throws IOException {
        json.writeStartObject();
        json.writeStringField("@context", "https://schema.org");
        json.writeStringField("@type", "NewsArticle");
        json.writeStringField("@id", PublicationIdentifier.of(a.id()));
        json.writeStringField("headline", a.title());
        JsonDocument.optional(json, "alternativeHeadline", a.subtitle());
        json.writeStringField("inLanguage", a.language());
        writeCredited(json, "author", a, false, Role.AUTHOR);
        writeCredited(json, "contributor", a, false, Role.CONTRIBUTOR, Role.PHOTOGRAPHER);
        writeCredited(json, "editor", a, false, Role.EDITOR);
        writeCredited(json, "translator", a, false, Role.TRANSLATOR);
        // "Source: Xinhua": the organisation the content comes from
        writeCredited(json, "sourceOrganization", a, true, Role.SOURCE);
        // "© 2025 Example News. All rights reserved.": the holder, and the line as printed
        List<Credit> holders = writeCredited(json, "copyrightHolder", a, true, Role.RIGHTS);
        if (!holders.isEmpty()) {
            JsonDocument.optional(json, "copyrightNotice", holders.get(0).note());
        }
        if (a.publication() != null) {
            json.writeFieldName("publisher");
            party(json, "Organization", a.publication());
        }
        JsonDocument.optional(json, "datePublished", a.published() == null ? null : a.published().iso());
        JsonDocument.optional(json, "dateModified",
                a.metadata().modified() == null ? null : a.metadata().modified().iso());
        JsonDocument.optional(json, "url", a.metadata().canonicalUrl());
        JsonDocument.optional(json, "articleSection", a.metadata().section());
        if (!a.metadata().keywords().isEmpty()) {
            json.writeArrayFieldStart("keywords");
            for (String keyword : a.metadata().keywords()) {
                json.writeString(keyword);
            }
            json.writeEndArray();
        }
        JsonDocument.optional(json, "dateline", a.dateline() == null ? null : a.dateline().text());
        writeImages(json, a);
        json.writeNumberField("wordCount", a.wordCount());
        if (!a.translations().isEmpty()) {
            json.writeArrayFieldStart("workTranslation");
            for (Translation translation : a.translations()) {
                json.writeStartObject();
                json.writeStringField("@type", "NewsArticle");
                json.writeStringField("inLanguage", translation.language());
                json.writeStringField("url", "../" + translation.slug() + "/");
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * The credits of {@code roles} as {@code field}, in the article's order, each an {@code Organization} when
     * {@code organizations} or when it is the publication, else a {@code Person}; nothing when there are none.
     * Returns those credits.
     */
    private static List<Credit> writeCredited(JsonGenerator json, String field, Article a, boolean organizations,
            Role... roles) throws IOException {
        List<Credit> credited = a.credits().stream().filter(c -> List.of(roles).contains(c.role())).toList();
        if (credited.isEmpty()) {
            return credited;
        }
        json.writeArrayFieldStart(field);
        for (Credit credit : credited) {
            boolean organization = organizations || credit.name().equals(a.publication());
            party(json, organization ? "Organization" : "Person", credit.name());
        }
        json.writeEndArray();
        return credited;
    }

    private static void party(JsonGenerator json, String type, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", type);
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    private static void writeImages(JsonGenerator json, Article a) throws IOException {
        List<Block.Figure> figures = a.figures();
        if (figures.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("image");
        for (Block.Figure figure : figures) {
            Image image = figure.image();
            json.writeStartObject();
            json.writeStringField("@type", "ImageObject");
            if (image != null) {
                json.writeStringField("contentUrl", image.path());
                json.writeStringField("encodingFormat", image.mediaType());
                if (image.width() > 0 && image.height() > 0) {
                    json.writeNumberField("width", image.width());
                    json.writeNumberField("height", image.height());
                }
            }
            JsonDocument.optional(json, "caption", figure.caption());
            JsonDocument.optional(json, "creditText", figure.credit());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
