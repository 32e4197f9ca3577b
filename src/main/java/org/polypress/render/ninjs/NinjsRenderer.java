package org.polypress.render.ninjs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.polypress.WordCounter;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.model.Image;
import org.polypress.model.Role;
import org.polypress.render.PublicationIdentifier;
import org.polypress.render.Renderer;
import org.polypress.render.json.JsonDocument;

/**
 * Writes the article as an IPTC ninjs 3.1 news item ({@code article.ninjs.json}), valid against the standard's
 * official schema: its {@code uri} is the identifier every rendition gives the article; {@code headlines} the
 * headline ({@code main}) and the standfirst ({@code sub}); {@code by} the authors and the publication the byline names; {@code located} the
 * dateline's place; {@code firstCreated} the publication time and {@code versionCreated} the last change's (else the
 * publication's), where the article states one with its offset (a date alone, or a time without a zone, is no
 * RFC 3339 date-time and is left out rather than made up); {@code altIds} the page's canonical address;
 * {@code subjects} its section and keywords; {@code copyrightHolder} and {@code copyrightNotice} its rights line; one {@code bodies} entry with the body as HTML and its word and character counts (captions left out,
 * as ninjs counts); {@code infoSources} the publication and the dateline's agency; and an {@code associations}
 * entry of {@code type: picture} for every figure, its credit as {@code by}, its caption as a description and its
 * image as a rendition.
 * <p>
 * Everyone the article credits is a {@code people} entry whose {@code rel} names the role ({@code author},
 * {@code contributor}, {@code editor}, {@code translator}, {@code photographer}, {@code source}): the one place the
 * schema leaves for who made the content beyond {@code by}, so contributors, web editors and translators are never
 * lost and never pushed into {@code edNote}, which is a note to the receiving editor.
 */
public final class NinjsRenderer implements Renderer {

    public static final String FILE_NAME = "article.ninjs.json";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
    /** A date-time as RFC 3339 writes it: seconds always, the offset as {@code Z} or {@code +01:00}. */
    private static final java.time.format.DateTimeFormatter RFC_3339 =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final WordCounter words = new WordCounter();

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
        return JsonDocument.write(json -> writeItem(json, article));
    }

    private void writeItem(JsonGenerator json, Article a) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("standard");
        json.writeStringField("name", "ninjs");
        json.writeStringField("version", "3.1");
        json.writeStringField("schema", SCHEMA);
        json.writeEndObject();
        json.writeStringField("uri", PublicationIdentifier.of(a.id()));
        if (a.metadata().canonicalUrl() != null) {
            json.writeArrayFieldStart("altIds");
            json.writeStartObject();
            json.writeStringField("role", "canonicalUrl");
            json.writeStringField("value", a.metadata().canonicalUrl());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeStringField("type", "text");
        json.writeStringField("representationType", "full");
        String created = a.published() == null ? null : dateTime(a.published().iso());
        String changed = a.metadata().modified() == null ? null : dateTime(a.metadata().modified().iso());
        JsonDocument.optional(json, "firstCreated", created);
        JsonDocument.optional(json, "versionCreated", changed != null ? changed : created);
        Credit rights = a.credits().stream().filter(c -> c.role() == Role.RIGHTS).findFirst().orElse(null);
        if (rights != null) {
            json.writeStringField("copyrightHolder", rights.name());
            JsonDocument.optional(json, "copyrightNotice", rights.note());
        }
        json.writeStringField("language", a.language());
        json.writeArrayFieldStart("headlines");
        text(json, "main", a.title());
        if (a.subtitle() != null) {
            text(json, "sub", a.subtitle());
        }
        json.writeEndArray();
        if (a.subtitle() != null) {
            json.writeArrayFieldStart("descriptions");
            text(json, "summary", a.subtitle());
            json.writeEndArray();
        }
        JsonDocument.optional(json, "by", by(a));
        JsonDocument.optional(json, "located", a.dateline() == null ? null : a.dateline().place());
        writeBody(json, a);
        writeSubjects(json, a);
        writePeople(json, a.credits());
        writeSources(json, a);
        writePictures(json, a);
        json.writeEndObject();
    }

    /**
     * Who made the article, in a sentence: its authors, and the publication the byline names ("Jane Roe, John Smith
     * (The Daily Example)"); the byline's date and labels are not the creator.
     */
    private static String by(Article a) {
        String names = String.join(", ", a.authors());
        String publication = a.publication();
        if (publication == null || a.authors().contains(publication)) {
            return names;
        }
        return names.isEmpty() ? publication : names + " (" + publication + ")";
    }

    private static void text(JsonGenerator json, String role, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", role);
        json.writeStringField("contentType", "text/plain");
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    private void writeBody(JsonGenerator json, Article a) throws IOException {
        json.writeArrayFieldStart("bodies");
        json.writeStartObject();
        json.writeStringField("role", "main");
        json.writeStringField("contentType", "text/html");
        json.writeNumberField("charCount", BodyHtml.characters(a.body()));
        json.writeNumberField("wordCount", words.count(a.body().stream().map(BodyHtml::text).toList()));
        json.writeStringField("value", BodyHtml.of(a));
        json.writeEndObject();
        json.writeEndArray();
    }

    /** The section it ran in ({@code rel: section}) and its keywords ({@code rel: keyword}), as its page states them. */
    private static void writeSubjects(JsonGenerator json, Article a) throws IOException {
        if (a.metadata().section() == null && a.metadata().keywords().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("subjects");
        if (a.metadata().section() != null) {
            named(json, a.metadata().section(), "rel", "section");
        }
        for (String keyword : a.metadata().keywords()) {
            named(json, keyword, "rel", "keyword");
        }
        json.writeEndArray();
    }

    private static void writePeople(JsonGenerator json, List<Credit> credits) throws IOException {
        if (credits.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("people");
        for (Credit credit : credits) {
            json.writeStartObject();
            json.writeStringField("name", credit.name());
            json.writeStringField("rel", credit.role().code());
            JsonDocument.optional(json, "literal", credit.note());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSources(JsonGenerator json, Article a) throws IOException {
        String publication = a.publication();
        String agency = a.dateline() == null ? null : a.dateline().agency();
        if (publication == null && agency == null) {
            return;
        }
        json.writeArrayFieldStart("infoSources");
        if (publication != null) {
            named(json, publication, "role", "publisher");
        }
        if (agency != null && !agency.equals(publication)) {
            named(json, agency, "role", "originator");
        }
        json.writeEndArray();
    }

    /** {@code {"name": name, field: value}}: a subject with its {@code rel}, an info source with its {@code role}. */
    private static void named(JsonGenerator json, String name, String field, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField(field, value);
        json.writeEndObject();
    }

    private static void writePictures(JsonGenerator json, Article a) throws IOException {
        List<Block.Figure> figures = a.figures();
        if (figures.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("associations");
        int n = 0;
        for (Block.Figure figure : figures) {
            n++;
            Image image = figure.image();
            String name = image != null ? image.path() : "figure-" + n;
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("rel", "picture");
            json.writeStringField("uri", PublicationIdentifier.ofPart(a.id(), name));
            json.writeStringField("type", "picture");
            JsonDocument.optional(json, "by", figure.credit());
            if (figure.caption() != null) {
                json.writeArrayFieldStart("descriptions");
                text(json, "caption", figure.caption());
                json.writeEndArray();
            }
            if (image != null) {
                json.writeArrayFieldStart("renditions");
                json.writeStartObject();
                json.writeStringField("name", "original");
                json.writeStringField("title", image.path());
                json.writeStringField("contentType", image.mediaType());
                if (image.width() > 0 && image.height() > 0) {
                    json.writeNumberField("width", image.width());
                    json.writeNumberField("height", image.height());
                }
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * {@code iso} as an RFC 3339 date-time ({@code 2025-03-18T09:30:00+01:00}), or null when it states no time or
     * no offset.
     */
    static String dateTime(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(iso.strip()).format(RFC_3339);
        } catch (java.time.format.DateTimeParseException noOffset) {
            return null;
        }
    }
}
