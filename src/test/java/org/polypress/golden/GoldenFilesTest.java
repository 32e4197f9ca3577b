package org.polypress.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.polypress.render.Renditions;
import org.polypress.testing.EpubCheckAssertion;
import org.polypress.testing.JsonSchemaAssertion;
import org.polypress.testing.PictureAssertion;
import org.polypress.testing.PipelineStages;
import org.polypress.testing.PublishedFolderAssertion;

/**
 * Golden files: each folder under {@code src/test/resources/golden/} holds one input article and the
 * renditions it must give ({@code article.md}, {@code article.json}, {@code article.ninjs.json},
 * {@code article.jsonld}, and the EPUB's text documents under {@code epub/}). An input without its expected files fails. Run with {@code -Dgolden.update=true} to
 * write them anew — and commit them with a message that says why they changed.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final List<String> EPUB_TEXTS = List.of("EPUB/package.opf", "EPUB/article.xhtml", "EPUB/nav.xhtml");

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseGivesItsExpectedRenditions() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 8, "golden cases missing: " + cases);
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(folder)));
    }

    private static void check(Path folder) throws Exception {
        Path input = inputOf(folder);
        Renditions renditions = PipelineStages.get().convert(input);
        Map<String, byte[]> actual = new LinkedHashMap<>();
        actual.put("article.md", PipelineStages.file(renditions, "article.md"));
        actual.put("article.json", PipelineStages.file(renditions, "article.json"));
        actual.put("article.ninjs.json", PipelineStages.file(renditions, "article.ninjs.json"));
        actual.put("article.jsonld", PipelineStages.file(renditions, "article.jsonld"));
        byte[] epub = PipelineStages.file(renditions, "article.epub");
        Map<String, byte[]> epubEntries = PictureAssertion.unzip(epub);
        for (String entry : EPUB_TEXTS) {
            actual.put("epub/" + entry.substring(entry.indexOf('/') + 1), epubEntries.get(entry));
        }
        JsonSchemaAssertion.assertArticleJsonIsValid(actual.get("article.json"));
        EpubCheckAssertion.assertEpubIsValid(epub);
        PublishedFolderAssertion.assertMarkdownKeepsTheText(new ObjectMapper().readTree(actual.get("article.json")),
                new String(actual.get("article.md"), StandardCharsets.UTF_8));
        PublishedFolderAssertion.assertStandardRenditionsAgree(
                new ObjectMapper().readTree(actual.get("article.json")), actual.get("article.ninjs.json"),
                actual.get("article.jsonld"));
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            Path expected = folder.resolve(file.getKey());
            if (UPDATE) {
                Files.createDirectories(expected.getParent());
                Files.write(expected, file.getValue());
            } else if (!Files.exists(expected)) {
                fail(folder.getFileName() + " has no expected " + file.getKey()
                        + " (run mvn verify -Dgolden.update=true, check and commit it)");
            }
            assertEquals(Files.readString(expected), new String(file.getValue(), StandardCharsets.UTF_8),
                    folder.getFileName() + "/" + file.getKey());
        }
        Renditions again = PipelineStages.get().convert(input);
        for (Renditions.File file : renditions.files()) {
            assertArrayEquals(file.bytes(), PipelineStages.file(again, file.name()),
                    file.name() + " differs between two conversions of the same bytes");
        }
    }

    static Path inputOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inputs = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("article.")).toList();
            if (inputs.size() != 1) {
                fail(folder + " must hold exactly one input file besides its expected renditions: " + inputs);
            }
            return inputs.get(0);
        }
    }
}
