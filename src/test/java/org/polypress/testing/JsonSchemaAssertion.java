package org.polypress.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one assertion every test uses for the JSON rendition: the JSON Schema (draft 2020-12) that ships
 * in {@code src/main/resources/article.schema.json} accepts it.
 */
public final class JsonSchemaAssertion {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private JsonSchemaAssertion() {
    }

    public static void assertArticleJsonIsValid(byte[] json) {
        assertValid(SCHEMA, json, "article.json", "does not match article.schema.json");
    }

    /** Fails, with every error the schema finds, unless {@code json} is JSON that {@code schema} accepts. */
    static void assertValid(JsonSchema schema, byte[] json, String file, String mismatch) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            fail(file + " is not JSON: " + e.getMessage());
            return;
        }
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            fail(file + " " + mismatch + ":\n" + errors.stream()
                    .map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
        }
    }

    public static void assertArticleJsonIsValid(Path json) throws IOException {
        assertArticleJsonIsValid(Files.readAllBytes(json));
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = JsonSchemaAssertion.class.getClassLoader().getResourceAsStream("article.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("article.schema.json is not on the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
