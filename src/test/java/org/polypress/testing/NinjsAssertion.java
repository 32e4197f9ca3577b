package org.polypress.testing;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code article.ninjs.json} checked against the official IPTC ninjs 3.1 JSON Schema, read in place from
 * {@code ../shared/standards/ninjs/} (beside the checkout), with its formats ({@code uri}, {@code date-time})
 * asserted, not only annotated. Where that folder is absent the check is skipped with a message saying so.
 * Nothing is fetched from the network: the GeoJSON schema it refers to for places is {@code geojson/GeoJSON.json},
 * which refuses everything (Polypress writes no place geometry).
 */
public final class NinjsAssertion {

    public static final Path SCHEMA_FILE = Path.of("..", "shared", "standards", "ninjs", "ninjs-schema_3.1.json");
    private static JsonSchema schema;

    private NinjsAssertion() {
    }

    public static void assertValidNinjs(byte[] ninjs) {
        JsonSchemaAssertion.assertValid(schema(), ninjs, "article.ninjs.json", "is not valid ninjs 3.1");
    }

    /** Whether the official schema is beside the checkout. */
    public static boolean schemaAvailable() {
        return Files.isRegularFile(SCHEMA_FILE);
    }

    /** Skips the calling test, with a message, when the official schema is not beside the checkout. */
    public static void assumeSchemaAvailable() {
        Assumptions.assumeTrue(schemaAvailable(), "the official ninjs 3.1 schema is read from "
                + SCHEMA_FILE.toAbsolutePath() + " (shared/ beside the checkout); it is absent, so ninjs is not checked");
    }

    private static synchronized JsonSchema schema() {
        assumeSchemaAvailable();
        if (schema == null) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            try (InputStream in = Files.newInputStream(SCHEMA_FILE)) {
                // the schema refers to GeoJSON's for a place's geometry: the tests fetch nothing from the network,
                // and Polypress writes no geometry, so any geometry is refused (the schema "false") rather than
                // let through unchecked
                JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://geojson.org/schema/",
                                "classpath:geojson/")));
                schema = factory.getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
