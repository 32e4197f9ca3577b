package org.polypress.corpus;

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

/**
 * Publishes a folder of cases ({@code <name>.txt}, or another source such as {@code <name>.html}, beside
 * {@code <name>.expected.json}, the corpus format of {@code shared/corpus/README.md}) with the real application in {@code --once} mode, and maps
 * each {@code article.json} onto its expectation, field by field.
 *
 * <p>A field is one expected value: the language, the title, each author, the published instant (at the
 * minute, the precision pages print), each subheading, each caption and each caption credit, each
 * credited name, the paragraph count. An empty expected list (no subheadings, no authors…) is one
 * field, matched only when we find none either.
 */
final class AccuracyReport {

    static final List<String> FIELDS = List.of("language", "title", "authors", "published", "subheadings",
            "captions", "credits", "paragraphs");
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Path> cases;
    final String extension;
    final Map<String, Path> folders = new HashMap<>();
    final Map<String, Map<String, int[]>> byLanguage = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    int matched;
    int total;

    private AccuracyReport(List<Path> cases, String extension) {
        this.cases = cases;
        this.extension = extension;
    }

    /** Publishes every case found under {@code root} from its {@code .txt} into {@code work} and scores it. */
    static AccuracyReport publishAndScore(Path root, Path work) throws Exception {
        return publishAndScore(root, work, "txt");
    }

    /**
     * Publishes every case found under {@code root} that has a source {@code <name>.<extension>} into
     * {@code work} and scores it; cases without that source (the seed has no {@code .html}) are left out.
     */
    static AccuracyReport publishAndScore(Path root, Path work, String extension) throws Exception {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(root)) {
            cases = files.filter(f -> f.getFileName().toString().endsWith(".expected.json"))
                    .filter(f -> Files.isRegularFile(sourceOf(f, extension))).sorted().toList();
        }
        AccuracyReport report = new AccuracyReport(cases, extension);
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = work.resolve("output");
        for (Path expected : cases) {
            Path source = sourceOf(expected, extension);
            Files.copy(source, input.resolve(source.getFileName()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = org.polypress.MainAccess.run(new String[] {"--once", "--input=" + input, "--output=" + output},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        if (status != 0) {
            throw new AssertionError("not every case was published: " + out.toString(StandardCharsets.UTF_8));
        }
        Map<String, JsonNode> published = new HashMap<>();
        try (Stream<Path> listed = Files.list(output)) {
            // hidden folders are not articles: .state/ holds the publication ledger
            for (Path folder : listed.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                JsonNode article = JSON.readTree(folder.resolve("article.json").toFile());
                String name = article.get("source").get("fileName").asText();
                published.put(name, article);
                report.folders.put(name, folder);
            }
        }
        for (Path expectedFile : cases) {
            report.score(expectedFile, published);
        }
        return report;
    }

    static Path txtOf(Path expected) {
        return sourceOf(expected, "txt");
    }

    /** The source {@code <name>.<extension>} beside {@code <name>.expected.json}. */
    static Path sourceOf(Path expected, String extension) {
        String name = expected.getFileName().toString();
        return expected.resolveSibling(name.substring(0, name.length() - ".expected.json".length()) + "." + extension);
    }

    /** The file name a case was published from. */
    String sourceName(Path expected) {
        return sourceOf(expected, extension).getFileName().toString();
    }

    /** Expected fields matched, and expected fields, per case (its source file name). */
    final Map<String, int[]> byCase = new TreeMap<>();

    private void score(Path expectedFile, Map<String, JsonNode> published) throws IOException {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        String name = sourceName(expectedFile);
        JsonNode actual = published.get(name);
        if (actual == null) {
            throw new AssertionError("no article published for " + name);
        }
        Map<String, int[]> scores = byLanguage.computeIfAbsent(expected.get("language").asText(), k -> new TreeMap<>());
        Map<String, int[]> own = new TreeMap<>();
        new CaseScore(name, expected, actual, own, misses).score();
        int[] caseScore = byCase.computeIfAbsent(name, k -> new int[2]);
        own.forEach((field, s) -> {
            int[] sum = scores.computeIfAbsent(field, k -> new int[2]);
            sum[0] += s[0];
            sum[1] += s[1];
            caseScore[0] += s[0];
            caseScore[1] += s[1];
        });
        matched = 0;
        total = 0;
        for (Map<String, int[]> languageScores : byLanguage.values()) {
            for (int[] s : languageScores.values()) {
                matched += s[0];
                total += s[1];
            }
        }
    }

    /** Expected fields matched and expected fields ({@code [matched, total]}) of one case, by its expected file. */
    int[] scoreOf(Path expected) {
        return byCase.getOrDefault(sourceName(expected), new int[2]).clone();
    }

    double accuracy() {
        return total == 0 ? 0 : (double) matched / total;
    }

    /** The table per language and per field, the misses, and the total. */
    String describe() {
        return table(byLanguage) + "\nmisses:\n" + misses.stream().map(m -> "  " + m + "\n").reduce("", String::concat)
                + String.format(Locale.ROOT, "accuracy: %d of %d expected fields (%.1f%%)", matched, total, 100 * accuracy());
    }

    static String table(Map<String, Map<String, int[]>> byLanguage) {
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
            List<String> normalizedGot = got.stream().map(AccuracyReport::norm).toList();
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
