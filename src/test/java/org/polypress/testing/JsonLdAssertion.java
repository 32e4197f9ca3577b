package org.polypress.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code article.jsonld} the way a search engine does: expanded by an independent JSON-LD 1.1 processor
 * (Titanium), so what the tests assert are the statements the document makes (the node's type and its
 * schema.org properties as full IRIs), not the shape of its JSON. The {@code https://schema.org} context is served
 * from {@code schema.org-context.jsonld}, the part of schema.org's published context these documents use, with the
 * same IRIs ({@code http://schema.org/...}), so the tests need no network.
 */
public final class JsonLdAssertion {

    public static final String SCHEMA = "http://schema.org/";
    private static final URI CONTEXT = URI.create("https://schema.org");
    private static final byte[] CONTEXT_DOCUMENT = read("schema.org-context.jsonld");

    private JsonLdAssertion() {
    }

    /** The one node {@code jsonld} describes, expanded against {@code base} (the article's folder). */
    public static Node expand(byte[] jsonld, URI base) {
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(jsonld))).base(base)
                    .loader((url, options) -> load(url)).get();
            if (expanded.size() != 1) {
                fail("article.jsonld describes " + expanded.size() + " nodes, not one: " + expanded);
            }
            return new Node(expanded.getJsonObject(0));
        } catch (JsonLdError e) {
            fail("article.jsonld is not valid JSON-LD: " + e.getMessage());
            return null;
        }
    }

    private static Document load(URI url) throws JsonLdError {
        if (!CONTEXT.equals(url) && !URI.create("https://schema.org/").equals(url)) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "the tests load no document from the network: " + url);
        }
        return JsonDocument.of(new ByteArrayInputStream(CONTEXT_DOCUMENT));
    }

    private static byte[] read(String resource) {
        try (InputStream in = JsonLdAssertion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An expanded node: its types and the values of its properties, named by their full IRIs. */
    public record Node(JsonObject json) {

        public List<String> types() {
            List<String> types = new ArrayList<>();
            JsonValue value = json.get("@type");
            if (value instanceof JsonArray array) {
                array.forEach(t -> types.add(((JsonString) t).getString()));
            }
            return types;
        }

        public String id() {
            return json.containsKey("@id") ? json.getString("@id") : null;
        }

        /** The literal values (or node identifiers) of schema.org property {@code name}, in order. */
        public List<String> values(String name) {
            List<String> values = new ArrayList<>();
            for (JsonValue value : array(name)) {
                JsonObject object = value.asJsonObject();
                if (object.containsKey("@value")) {
                    JsonValue v = object.get("@value");
                    values.add(v instanceof JsonString s ? s.getString() : v.toString());
                } else if (object.containsKey("@id")) {
                    values.add(object.getString("@id"));
                }
            }
            return values;
        }

        /** The nodes schema.org property {@code name} points to, in order. */
        public List<Node> nodes(String name) {
            return array(name).stream().map(v -> new Node(v.asJsonObject())).toList();
        }

        private JsonArray array(String name) {
            JsonValue value = json.get(SCHEMA + name);
            return value instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        }
    }
}
