package org.polypress.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How every JSON rendition is written (article.json, ninjs, JSON-LD): field by field with Jackson's generator, so
 * the order is fixed and every string is escaped by Jackson, indented by two spaces with LF line ends on every
 * platform and a final line end, so the same article always gives the same bytes.
 */
public final class JsonDocument {

    /** Writes one JSON document's content on the generator it is given. */
    @FunctionalInterface
    public interface Content {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonDocument() {
    }

    /** The document {@code content} writes, as UTF-8 bytes. */
    public static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            // a pretty printer keeps its depth while writing: each document gets its own
            json.setPrettyPrinter(PRINTER.createInstance());
            content.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Writes {@code field} with {@code value}, or nothing when the value is null or blank. */
    public static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            json.writeStringField(field, value);
        }
    }
}
