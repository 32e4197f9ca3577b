package org.polypress.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.MainAccess;
import org.polypress.testing.EpubCheckAssertion;
import org.polypress.testing.JsonSchemaAssertion;
import org.polypress.testing.MarkdownReadBack;
import org.polypress.testing.TestProperties;

/**
 * Every case of {@code bad-inputs/cases.yaml}, each followed by a good article, dropped at once into the drop folder
 * of the real application (the route files of {@code routes/}, default limits): each case ends as the manifest
 * says — published sensibly, or set aside in {@code input/.failed/} with a reason a person reads — every good
 * article is published, nothing dropped is lost, and the secret file that the XXE cases and the symbolic link
 * point at appears in no rendition, no archived report and no log line. Run with {@code -Xmx256m} (the
 * {@code hostile-inputs} execution of the build), so memory stays bounded on the gigabyte zip bombs and the large
 * files.
 */
@Tag("hostile")
class BadInputsTest {

    private static final Path CASES = Path.of("src/test/resources/bad-inputs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_TITLE = "Market stalls return to the old square";
    private static final String LAST_APPENDED = "The last line appended.";
    /** A class name, an object address or a stack frame: none belongs in a report a person reads. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "\\b(?:[a-z]+\\.){2,}[A-Z]\\w*|\\w+Exception\\b|@[0-9a-f]{6,}|\\bat [a-z]+\\.");

    /** One case of the manifest. */
    record Case(String id, String file, String source, String generator, String during, String expect,
            String reason, String title, List<String> texts, String warning, String charset, Integer minBlocks) {

        Case {
            texts = texts == null ? List.of() : texts.stream().map(Case::expanded).toList();
            title = expanded(title);
        }

        private static String expanded(String text) {
            return text == null ? null : text.replace("@LONG_HEADLINE@", HostileFiles.longHeadline());
        }
    }

    @TempDir
    Path tmp;

    static List<Case> cases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        return List.of(yaml.readValue(CASES.resolve("cases.yaml").toFile(), Case[].class));
    }

    @Test
    void everyHostileFileEndsAsItsCaseSaysAndTheGoodFilesAroundItArePublished() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "at least 40 cases: " + cases.size());
        assertEquals(cases.size(), cases.stream().map(Case::id).distinct().count(), "case ids are unique");
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        Path secret = Files.createDirectory(tmp.resolve("elsewhere")).resolve("secret.txt");
        Files.writeString(secret, HostileFiles.SECRET + "\n\nThis file lies outside the drop folder.\n");

        Map<String, String> dropped = new LinkedHashMap<>();
        List<Case> during = new ArrayList<>();
        for (Case c : cases) {
            Path target = input.resolve(c.file());
            if (c.during() != null) {
                during.add(c);
            } else {
                make(c, target, secret);
                dropped.put(c.file(), digest(target));
            }
            String good = goodAfter(c);
            Files.writeString(input.resolve(good), HostileFiles.good(good));
            dropped.put(good, digest(input.resolve(good)));
        }

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long started = System.nanoTime();
        convert(input, output, secret, during, dropped, cases, log);
        Map<String, Path> published = published(output);
        Map<String, JsonNode> failed = failed(input);
        System.out.printf("hostile inputs: %d cases and %d good files converted in %d ms%n", cases.size(),
                cases.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            try {
                check(c, input, published, failed, dropped);
            } catch (AssertionError e) {
                problems.add(c.id() + ": " + e.getMessage());
            }
            JsonNode good = published.containsKey(goodAfter(c)) ? article(published.get(goodAfter(c))) : null;
            if (good == null || !GOOD_TITLE.equals(good.get("title").asText())) {
                problems.add(c.id() + ": the good file after it was not published ("
                        + (failed.containsKey(goodAfter(c)) ? failed.get(goodAfter(c)) : "missing")
                        + ")");
            } else {
                assertPublishedFolderIsClean(output.resolve(good.get("slug").asText()), List.of(), problems, c.id());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertSecretNowhere(tmp, input, output, log.toString(StandardCharsets.UTF_8));
        assertFalse(log.toString(StandardCharsets.UTF_8).contains("35-line\nbreak"),
                "a line break in a file name reached the log as a line break");
        assertEquals(Set.of(".done", ".failed", "40-sub-folder"), names(input),
                "the drop folder holds nothing else once drained (no lock file, no file left behind)");
    }

    /**
     * Runs the application on the drop folder until every awaited file is published or set aside, making the files
     * of the cases that happen while Polypress takes them; {@code log} receives every log line.
     */
    private static void convert(Path input, Path output, Path secret, List<Case> during, Map<String, String> dropped,
            List<Case> cases, ByteArrayOutputStream log) throws Exception {
        PrintStream err = System.err;
        // slf4j-simple writes each line to whatever System.err is at the time: every line is kept, and shown
        System.setErr(new PrintStream(new Tee(err, log), true, StandardCharsets.UTF_8));
        org.apache.camel.main.Main camel = MainAccess.camelMain(TestProperties.forFolders(input, output,
                "polypress.http.enabled", "false"));
        try {
            camel.start();
            for (Case c : during) {
                Path target = input.resolve(c.file());
                make(c, target, secret);
                if ("append".equals(c.during())) {
                    appendForAWhile(target);
                    dropped.put(c.file(), digest(target));
                } else {
                    deleteOnceTaken(target);
                }
            }
            Set<String> awaited = new HashSet<>(dropped.keySet());
            cases.stream().filter(c -> "left".equals(c.expect())).forEach(c -> awaited.remove(c.file()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (!published(output).keySet().containsAll(difference(awaited, failed(input).keySet()))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            camel.stop();
            System.setErr(err);
        }
    }

    /**
     * {@code polypress.parse-timeout} at 1 s against a PDF of 1,500 pages that Tika genuinely takes seconds to read:
     * the PDF is set aside with the time limit as its reason, its parse is stopped (no parse thread keeps running),
     * and the good file dropped after it is published.
     */
    @Test
    void aParseThatRunsPastTheTimeLimitIsStoppedAndTheNextFileIsPublished() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        Files.write(input.resolve("a-slow.pdf"), HostileFiles.longPdf(1_500));
        Files.writeString(input.resolve("b-good.txt"), HostileFiles.good("b-good.txt"));
        org.apache.camel.main.Main camel = MainAccess.camelMain(TestProperties.forFolders(input, output,
                "polypress.http.enabled", "false",
                "polypress.parse-timeout", "1"));
        Map<String, JsonNode> failed;
        try {
            camel.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(failed(input).containsKey("a-slow.pdf") && published(output).containsKey("b-good.txt"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            failed = failed(input);
            assertTrue(failed.containsKey("a-slow.pdf"), "the slow PDF was not set aside: " + failed.keySet());
            assertEquals("Parsing took longer than 1 s (polypress.parse-timeout)",
                    failed.get("a-slow.pdf").get("reason").asText());
            assertTrue(published(output).containsKey("b-good.txt"), "the next file was not published");
            long stopped = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (parsing() && System.nanoTime() < stopped) {
                Thread.sleep(50);
            }
            assertFalse(parsing(), "the slow parse was stopped, not left running");
        } finally {
            camel.stop();
        }
    }

    /** Whether a parse thread of the application is running (not idle in its pool). */
    private static boolean parsing() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("polypress-parser-"))
                .anyMatch(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("org.apache.tika")
                                || frame.getClassName().startsWith("org.apache.pdfbox")));
    }

    /** The good article dropped after a case, named to sort right after it: {@code 05~good-random-html.txt}. */
    private static String goodAfter(Case c) {
        return c.file().substring(0, Math.min(3, c.file().length())).strip() + "~good-" + c.id() + ".txt";
    }

    /** What becomes of one case, asserted. */
    private void check(Case c, Path input, Map<String, Path> published, Map<String, JsonNode> failed,
            Map<String, String> dropped) throws Exception {
        switch (c.expect()) {
            case "published" -> {
                assertTrue(published.containsKey(c.file()), "not published; "
                        + (failed.containsKey(c.file()) ? "failed: " + failed.get(c.file()) : "no report"));
                JsonNode article = article(published.get(c.file()));
                if (c.title() != null) {
                    assertEquals(c.title(), article.get("title").asText(), "title");
                }
                if (c.charset() != null) {
                    assertEquals(c.charset(), article.path("source").path("charset").asText(), "charset");
                }
                if (c.warning() != null) {
                    assertTrue(article.path("source").path("warnings").toString().contains(c.warning()),
                            "warnings " + article.path("source").path("warnings"));
                }
                if (c.minBlocks() != null) {
                    assertTrue(article.get("body").size() >= c.minBlocks(), "blocks: " + article.get("body").size());
                }
                List<String> problems = new ArrayList<>();
                assertPublishedFolderIsClean(input.resolveSibling("output").resolve(article.get("slug").asText()),
                        c.texts(), problems, c.id());
                assertTrue(problems.isEmpty(), String.join("; ", problems));
                assertArchived(input.resolve(".done"), c.file(), dropped.get(c.file()));
            }
            case "failed" -> {
                JsonNode report = failed.get(c.file());
                assertTrue(report != null, "not set aside; published: " + published.containsKey(c.file()));
                String reason = report.get("reason").asText();
                assertTrue(reason.contains(c.reason()), "reason \"" + reason + "\" lacks \"" + c.reason() + "\"");
                assertFalse(TECHNICAL.matcher(reason + " " + report.get("detail").asText()).find(),
                        "technical words in the report: " + report);
                Path archived = input.resolve(report.get("archivedAs").asText());
                assertTrue(Files.exists(archived, LinkOption.NOFOLLOW_LINKS), "not archived at " + archived);
                if ("symlink-outside".equals(c.id())) {
                    assertTrue(Files.isSymbolicLink(archived), "the link itself is set aside");
                } else {
                    assertEquals(dropped.get(c.file()), digest(archived), "archived as dropped");
                }
            }
            case "left" -> {
                Path left = input.resolve(c.file());
                assertTrue(Files.isDirectory(left, LinkOption.NOFOLLOW_LINKS), "the sub-folder stays");
                assertEquals(HostileFiles.good("inside"), Files.readString(left.resolve("inside.txt")),
                        "what it holds stays as it was, unread");
                assertFalse(published.containsKey("inside.txt") || failed.containsKey("inside.txt"),
                        "nothing in a sub-folder is taken");
            }
            case "gone" -> {
                assertFalse(published.containsKey(c.file()), "a file deleted while taken is not published");
                assertTrue(Files.notExists(input.resolve(c.file()), LinkOption.NOFOLLOW_LINKS));
                JsonNode report = failed.get(c.file());
                assertTrue(report == null || report.get("reason").asText().contains("disappeared"),
                        "reason " + report);
            }
            default -> throw new AssertionError("unknown outcome " + c.expect());
        }
    }

    /** Makes the case's file at {@code target}: a copy of its source, or its generator's output. */
    private static void make(Case c, Path target, Path secret) throws Exception {
        if (c.source() != null) {
            Files.copy(CASES.resolve(c.source()), target);
        } else {
            HostileFiles.Generator generator = HostileFiles.GENERATORS.get(c.generator());
            assertTrue(generator != null, "no generator " + c.generator());
            generator.write(target, secret);
        }
    }

    /**
     * Appends a paragraph every 50 ms for two seconds, the last one {@link #LAST_APPENDED}: the file is taken only
     * once it has settled, so it is published whole.
     */
    private static void appendForAWhile(Path target) throws Exception {
        Files.writeString(target, "\n", java.nio.file.StandardOpenOption.APPEND);
        for (int i = 0; i < 40; i++) {
            Files.writeString(target, "Paragraph " + i + " was added while the file was being written.\n\n",
                    java.nio.file.StandardOpenOption.APPEND);
            Thread.sleep(50);
        }
        Files.writeString(target, LAST_APPENDED + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    /** Deletes {@code target} as soon as Polypress starts taking it: when its read lock's marker appears. */
    private static void deleteOnceTaken(Path target) {
        Thread deleter = new Thread(() -> {
            Path marker = target.resolveSibling(target.getFileName() + ".camelLock");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            try {
                // the read lock then waits a check interval (100 ms) before it takes the file: ample time
                while (Files.notExists(marker) && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                Files.deleteIfExists(target);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "deleter");
        deleter.setDaemon(true);
        deleter.start();
    }

    /**
     * The published folder: the three renditions (and images), the JSON valid by the schema, the EPUB clean by
     * epubcheck, every paragraph, heading and credit line of the JSON read back verbatim from the Markdown, and
     * each of {@code texts} literally in the JSON, the Markdown read back and the EPUB's text.
     */
    private static void assertPublishedFolderIsClean(Path folder, List<String> texts, List<String> problems, String id)
            throws Exception {
        try {
            byte[] json = Files.readAllBytes(folder.resolve("article.json"));
            assertSchemaValid(json);
            EpubCheckAssertion.assertEpubIsValid(folder.resolve("article.epub"));
            JsonNode article = JSON.readTree(json);
            String markdown = Files.readString(folder.resolve("article.md"));
            Set<String> read = readBack(markdown);
            List<String> jsonTexts = new ArrayList<>();
            jsonTexts.add(article.get("title").asText());
            if (article.hasNonNull("subtitle")) {
                jsonTexts.add(article.get("subtitle").asText());
            }
            for (JsonNode block : article.get("body")) {
                for (String field : List.of("text", "caption", "credit")) {
                    if (block.hasNonNull(field)) {
                        jsonTexts.add(block.get(field).asText());
                    }
                }
                block.path("items").forEach(item -> jsonTexts.add(item.asText()));
            }
            for (JsonNode block : article.get("body")) {
                String type = block.get("type").asText();
                if (("paragraph".equals(type) || "heading".equals(type)) && !read.contains(block.get("text").asText())) {
                    problems.add(id + ": not read back verbatim from the Markdown: " + abbreviated(block.get("text")
                            .asText()));
                }
            }
            assertTrue(read.contains(article.get("title").asText()), "the title reads back from the Markdown");
            String epubText = epubText(Files.readAllBytes(folder.resolve("article.epub")));
            for (String text : texts) {
                if (jsonTexts.stream().noneMatch(t -> t.contains(text))) {
                    problems.add(id + ": not in the JSON: " + abbreviated(text));
                }
                if (read.stream().noneMatch(t -> t.contains(text))) {
                    problems.add(id + ": not in the Markdown read back: " + abbreviated(text));
                }
                if (!epubText.contains(text)) {
                    problems.add(id + ": not in the EPUB's text: " + abbreviated(text));
                }
            }
        } catch (AssertionError e) {
            problems.add(id + ": " + folder.getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * The JSON is valid by the schema. The validator holds its whole walk in memory: an article of 100,000 blocks is
     * validated 2,000 blocks at a time (each time the whole article with that part of its body), so every block is
     * checked within the 256 MB heap the application is tested in.
     */
    private static void assertSchemaValid(byte[] json) throws IOException {
        JsonNode article = JSON.readTree(json);
        JsonNode body = article.get("body");
        if (body == null || body.size() <= 2_000) {
            JsonSchemaAssertion.assertArticleJsonIsValid(json);
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode rest = ((com.fasterxml.jackson.databind.node.ObjectNode) article)
                .deepCopy();
        rest.remove("body");
        for (int from = 0; from < body.size(); from += 2_000) {
            com.fasterxml.jackson.databind.node.ObjectNode part = rest.deepCopy();
            com.fasterxml.jackson.databind.node.ArrayNode blocks = part.putArray("body");
            for (int i = from; i < Math.min(body.size(), from + 2_000); i++) {
                blocks.add(body.get(i));
            }
            JsonSchemaAssertion.assertArticleJsonIsValid(JSON.writeValueAsBytes(part));
        }
    }

    /**
     * The text of every block the Markdown reads back as. Flexmark's tree of 100,000 paragraphs does not fit the
     * 256 MB heap beside the test's own data, so a long Markdown is read back 2,000 blocks at a time, cut at blank
     * lines (where a paragraph, a heading or a list ends; the article's fenced code, if any, is not cut because
     * Polypress writes none).
     */
    private static Set<String> readBack(String markdown) {
        Set<String> read = new HashSet<>();
        String body = MarkdownReadBack.body(markdown);
        String[] parts = body.split("\n\n");
        for (int from = 0; from < parts.length; from += 2_000) {
            String chunk = String.join("\n\n", java.util.Arrays.copyOfRange(parts, from,
                    Math.min(parts.length, from + 2_000)));
            MarkdownReadBack.blocks(chunk).forEach(b -> read.add(b.text()));
        }
        return read;
    }

    /** The text of the EPUB's content document, read as the XML it is (so escapes are read as a reader sees them). */
    private static String epubText(byte[] epub) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith("article.xhtml")) {
                    javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
                    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                    StringBuilder text = new StringBuilder();
                    factory.newSAXParser().parse(new ByteArrayInputStream(zip.readAllBytes()),
                            new org.xml.sax.helpers.DefaultHandler() {
                                @Override
                                public void characters(char[] ch, int start, int length) {
                                    text.append(ch, start, length);
                                }

                                @Override
                                public void endElement(String uri, String local, String name) {
                                    text.append('\n');
                                }
                            });
                    return text.toString();
                }
            }
        }
        throw new AssertionError("no article.xhtml in the EPUB");
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "… (" + text.length() + " characters)" : text;
    }

    /**
     * Each published article.json by the name of the file it was published from. Only that name is read, streamed:
     * the loop that waits for the pipeline calls this every 200 ms while it converts the large cases, and trees of
     * their articles (100,000 paragraphs, megabytes of text) would take from the heap the pipeline is given.
     */
    private static Map<String, Path> published(Path output) throws IOException {
        Map<String, Path> published = new HashMap<>();
        if (!Files.isDirectory(output)) {
            return published;
        }
        try (Stream<Path> folders = Files.list(output)) {
            for (Path folder : folders.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Path json = folder.resolve("article.json");
                if (Files.isRegularFile(json) && Files.isRegularFile(folder.resolve("article.epub"))) {
                    String source = sourceFileName(json);
                    if (source != null) {
                        published.put(source, json);
                    }
                }
            }
        }
        return published;
    }

    /** {@code source.fileName} of an article.json, read without building the article's tree. */
    private static String sourceFileName(Path json) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(json.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("source".equals(field) && parser.currentToken() == JsonToken.START_OBJECT) {
                    return parser.readValueAsTree() instanceof JsonNode source && source.hasNonNull("fileName")
                            ? source.get("fileName").asText()
                            : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /** The published article read from its JSON. */
    private static JsonNode article(Path json) throws IOException {
        return JSON.readTree(json.toFile());
    }

    /** Each .error.json by the name of the file it reports on. */
    private static Map<String, JsonNode> failed(Path input) throws IOException {
        Map<String, JsonNode> failed = new HashMap<>();
        Path folder = input.resolve(".failed");
        if (!Files.isDirectory(folder)) {
            return failed;
        }
        try (Stream<Path> reports = Files.list(folder)) {
            for (Path report : reports.filter(f -> f.getFileName().toString().endsWith(".error.json")).toList()) {
                try {
                    JsonNode json = JSON.readTree(report.toFile());
                    if (json != null && json.hasNonNull("file") && json.hasNonNull("time")) {
                        failed.put(json.get("file").asText(), json);
                    }
                } catch (IOException e) {
                    // being written: read at the next look
                }
            }
        }
        return failed;
    }

    /** The archived copy of {@code name} in {@code folder}: byte for byte what was dropped, under some name. */
    private static void assertArchived(Path folder, String name, String digest) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (digest.equals(digest(file))) {
                    return;
                }
            }
        }
        throw new AssertionError(name + " is not archived as dropped in " + folder);
    }

    /** The SHA-256 of a file; of its size alone when it is too large to read in a test (the sparse file). */
    private static String digest(Path file) throws Exception {
        if (Files.isSymbolicLink(file)) {
            return "link to " + Files.readSymbolicLink(file);
        }
        if (Files.isDirectory(file)) {
            return "folder";
        }
        if (Files.size(file) > 64L << 20) {
            return "size " + Files.size(file);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /**
     * The secret appears in no file under the drop folder and the output (EPUBs unzipped), and in no log line; links
     * are not followed on the way.
     */
    private static void assertSecretNowhere(Path tmp, Path input, Path output, String log) throws Exception {
        byte[] secret = HostileFiles.SECRET.getBytes(StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(input, output)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "the walk found the published files: " + files.size());
        for (Path file : files) {
            if (Files.size(file) > 64L << 20) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            assertFalse(contains(bytes, secret), "the secret is in " + tmp.relativize(file));
            if (file.getFileName().toString().endsWith(".epub")) {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        assertFalse(contains(zip.readAllBytes(), secret), "the secret is in " + tmp.relativize(file)
                                + "!" + entry.getName());
                    }
                }
            }
        }
        assertTrue(log.contains("published"), "the log was captured: " + log.length() + " characters");
        assertFalse(log.contains(HostileFiles.SECRET), "the secret is in the log");
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Set<String> difference(Set<String> all, Set<String> less) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(less);
        return rest;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new java.util.TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    /** Writes to two streams: the console, and the captured log. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
