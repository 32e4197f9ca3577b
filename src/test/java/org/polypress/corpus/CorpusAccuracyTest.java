package org.polypress.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.PublishedFolderAssertion;

/**
 * Recognition measured on real published articles: every case of {@code ../shared/corpus} (read in
 * place, copied only into a temporary drop folder) goes through the real application in {@code --once}
 * mode, and each {@code article.json} is mapped onto the case's {@code .expected.json}, field by field.
 * Prints a table per language and per field, and fails below 95% of expected fields matched.
 *
 * <p>A field is one expected value: the language, the title, each author, the published instant, each
 * subheading, each caption and each caption credit, each credited name, the paragraph count. An empty
 * expected list (no subheadings, no authors…) is one field, matched only when we find none either.
 */
class CorpusAccuracyTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final double THRESHOLD = 0.95;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("language", "title", "authors", "published", "subheadings",
            "captions", "credits", "paragraphs");

    @TempDir
    static Path tmp;
    private static final Map<String, JsonNode> PUBLISHED = new HashMap<>();
    private static final Map<String, Path> FOLDERS = new HashMap<>();
    private static List<Path> cases;

    @BeforeAll
    static void publishTheCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the multilingual corpus is read from " + CORPUS.toAbsolutePath()
                + " (shared/ beside the checkout); it is absent here, so the corpus accuracy test is skipped");
        try (Stream<Path> files = Files.walk(CORPUS)) {
            cases = files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        for (Path expected : cases) {
            Path text = txtOf(expected);
            Files.copy(text, input.resolve(text.getFileName()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = org.polypress.MainAccess.run(new String[] {"--once", "--input=" + input, "--output=" + output},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status, "every corpus article is published: " + out.toString(StandardCharsets.UTF_8));
        try (Stream<Path> folders = Files.list(output)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                JsonNode article = JSON.readTree(folder.resolve("article.json").toFile());
                PUBLISHED.put(article.get("source").get("fileName").asText(), article);
                FOLDERS.put(article.get("source").get("fileName").asText(), folder);
            }
        }
    }

    private static Path txtOf(Path expected) {
        String name = expected.getFileName().toString();
        return expected.resolveSibling(name.substring(0, name.length() - ".expected.json".length()) + ".txt");
    }

    @Test
    void everyCorpusArticleIsPublishedCompleteAndValid() throws IOException {
        for (Path expected : cases) {
            Path folder = FOLDERS.get(txtOf(expected).getFileName().toString());
            assertTrue(folder != null, "no article published for " + expected);
            PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        }
    }

    @Test
    void recognitionMatchesWhatAReaderExpects() throws IOException {
        Map<String, Map<String, int[]>> byLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Path expectedFile : cases) {
            JsonNode expected = JSON.readTree(expectedFile.toFile());
            String name = txtOf(expectedFile).getFileName().toString();
            JsonNode actual = PUBLISHED.get(name);
            assertTrue(actual != null, "no article published for " + name);
            Map<String, int[]> scores = byLanguage.computeIfAbsent(expected.get("language").asText(), k -> new TreeMap<>());
            new CaseScore(name, expected, actual, scores, misses).score();
        }
        int matched = 0;
        int total = 0;
        for (Map<String, int[]> scores : byLanguage.values()) {
            for (int[] s : scores.values()) {
                matched += s[0];
                total += s[1];
            }
        }
        System.out.println(table(byLanguage));
        System.out.println("misses:");
        misses.forEach(m -> System.out.println("  " + m));
        double accuracy = (double) matched / total;
        System.out.printf(Locale.ROOT, "corpus accuracy: %d of %d expected fields (%.1f%%)%n", matched, total, 100 * accuracy);
        assertTrue(accuracy >= THRESHOLD, String.format(Locale.ROOT,
                "%d of %d expected fields matched (%.1f%%), below %.0f%%:%n%s", matched, total, 100 * accuracy,
                100 * THRESHOLD, String.join("\n", misses)));
    }

    private static String table(Map<String, Map<String, int[]>> byLanguage) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s", "language"));
        FIELDS.forEach(f -> out.append(String.format(Locale.ROOT, " %11s", f)));
        out.append(String.format(Locale.ROOT, " %9s%n", "all"));
        Map<String, int[]> columns = new TreeMap<>();
        byLanguage.forEach((language, scores) -> {
            out.append(String.format(Locale.ROOT, "%-9s", language));
            int[] all = new int[2];
            for (String field : FIELDS) {
                int[] s = scores.getOrDefault(field, new int[2]);
                out.append(String.format(Locale.ROOT, " %11s", s[1] == 0 ? "-" : s[0] + "/" + s[1]));
                all[0] += s[0];
                all[1] += s[1];
                int[] column = columns.computeIfAbsent(field, k -> new int[2]);
                column[0] += s[0];
                column[1] += s[1];
            }
            out.append(String.format(Locale.ROOT, " %9s%n", all[0] + "/" + all[1]));
        });
        out.append(String.format(Locale.ROOT, "%-9s", "all"));
        int[] all = new int[2];
        for (String field : FIELDS) {
            int[] s = columns.getOrDefault(field, new int[2]);
            out.append(String.format(Locale.ROOT, " %11s", s[0] + "/" + s[1]));
            all[0] += s[0];
            all[1] += s[1];
        }
        out.append(String.format(Locale.ROOT, " %9s", all[0] + "/" + all[1]));
        return out.toString();
    }

    /** Maps one article.json onto one expected.json. */
    private record CaseScore(String name, JsonNode expected, JsonNode actual, Map<String, int[]> scores,
            List<String> misses) {

        void score() {
            check("language", expected.get("language").asText(), actual.get("language").asText());
            check("title", norm(expected.get("title").asText()), norm(actual.get("title").asText()));
            List<String> authors = texts(actual.path("byline").path("authors"));
            list("authors", texts(expected.get("authors")), authors);
            published();
            list("subheadings", texts(expected.get("subheadings")), blockTexts("heading", "text"));
            captions();
            List<String> credited = new ArrayList<>();
            actual.get("credits").forEach(c -> credited.add(nameKey(c.get("name").asText())));
            List<String> expectedNames = new ArrayList<>();
            expected.get("credits").forEach(c -> expectedNames.add(nameKey(c.get("name").asText())));
            list("credits", expectedNames, credited);
            long paragraphs = blockTexts("paragraph", "text").size();
            check("paragraphs", String.valueOf(expected.get("paragraph_count").asInt()), String.valueOf(paragraphs));
        }

        private void published() {
            JsonNode iso = expected.path("published").path("iso8601");
            String ours = actual.path("published").path("iso").asText(null);
            String want = iso.isNull() || iso.isMissingNode() ? null : iso.asText();
            check("published", want == null ? null : instant(want), ours == null ? null : instant(ours));
        }

        /** An instant at the minute (the precision a page prints), with its offset, or a local date-time. */
        private static String instant(String iso) {
            try {
                return OffsetDateTime.parse(iso).toInstant().truncatedTo(ChronoUnit.MINUTES).toString();
            } catch (DateTimeParseException e) {
                try {
                    return "local " + LocalDateTime.parse(iso).truncatedTo(ChronoUnit.MINUTES);
                } catch (DateTimeParseException notLocal) {
                    return "unparsable " + iso;
                }
            }
        }

        private void captions() {
            List<JsonNode> figures = new ArrayList<>();
            actual.get("body").forEach(b -> {
                if ("figure".equals(b.get("type").asText())) {
                    figures.add(b);
                }
            });
            if (expected.get("captions").isEmpty()) {
                check("captions", "none", figures.isEmpty() ? "none" : figures.size() + " figures");
                return;
            }
            for (JsonNode caption : expected.get("captions")) {
                String text = norm(caption.get("text").asText());
                JsonNode figure = figures.stream().filter(f -> text.equals(norm(f.path("caption").asText())))
                        .findFirst().orElse(null);
                check("captions", text, figure == null ? null : text);
                String credit = caption.get("credit").isNull() ? null : unbracket(caption.get("credit").asText());
                String ours = figure == null || figure.get("credit").isNull() ? null
                        : unbracket(figure.get("credit").asText());
                check("captions", "credit " + credit, "credit " + ours);
            }
        }

        private List<String> blockTexts(String type, String field) {
            List<String> texts = new ArrayList<>();
            actual.get("body").forEach(b -> {
                if (type.equals(b.get("type").asText())) {
                    texts.add(norm(b.get(field).asText()));
                }
            });
            return texts;
        }

        private void list(String field, List<String> want, List<String> got) {
            List<String> normalizedGot = got.stream().map(CorpusAccuracyTest::norm).toList();
            if (want.isEmpty()) {
                check(field, "none", normalizedGot.isEmpty() ? "none" : String.join(", ", normalizedGot));
                return;
            }
            for (String item : want) {
                String n = norm(item);
                check(field, n, normalizedGot.contains(n) ? n : "missing (have " + normalizedGot + ")");
            }
        }

        private void check(String field, String want, String got) {
            int[] s = scores.computeIfAbsent(field, k -> new int[2]);
            s[1]++;
            if (java.util.Objects.equals(want, got)) {
                s[0]++;
            } else {
                misses.add(name + " " + field + ": expected " + want + ", got " + got);
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> texts.add(n.asText()));
        }
        return texts;
    }

    /** Text compared as a reader sees it: NFC, any run of spaces (no-break, ideographic…) as one space. */
    static String norm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /** A credit without the brackets around it: "(Bild: Hersteller)" and "Bild: Hersteller" are one credit. */
    static String unbracket(String credit) {
        String s = norm(credit);
        if (s.length() > 2 && "(（".indexOf(s.charAt(0)) >= 0 && ")）".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** A credited name without an agency in brackets after it: "Florion Goga (REUTERS)" is Florion Goga. */
    static String nameKey(String name) {
        return norm(name).replaceAll("\\s*[(（][^()（）]*[)）]$", "");
    }
}
