package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.polypress.publish.StoryPublisher;
import org.polypress.testing.EpubCheckAssertion;
import org.polypress.testing.PublishedFolderAssertion;

/**
 * What an output folder holds after a run, read from disk: the article folders by the dropped file they
 * came from, the ledger's lines, the stories; and the checks that every file in it is whole and that
 * nothing else (a staging folder, a temporary file) is there.
 */
final class PublishedOutput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RENDITIONS = Set.of("article.md", "article.json", "article.epub",
            "article.ninjs.json", "article.jsonld");

    private final Path output;

    PublishedOutput(Path output) {
        this.output = output;
    }

    /** The article folders (those with an {@code article.json}) by their source's file name. */
    Map<String, List<String>> foldersBySource() throws IOException {
        Map<String, List<String>> folders = new TreeMap<>();
        for (Path folder : visibleFolders()) {
            Path json = folder.resolve("article.json");
            if (Files.exists(json)) {
                String source = JSON.readTree(json.toFile()).path("source").path("fileName").asText();
                folders.computeIfAbsent(source, k -> new ArrayList<>()).add(folder.getFileName().toString());
            }
        }
        return folders;
    }

    /** The ledger, {@code .state/published.jsonl}, one object a line. */
    List<JsonNode> ledger() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(output.resolve(".state/published.jsonl"), StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /**
     * Every path under the output folder is a rendition of an article ({@code <slug>/article.md|json|epub},
     * {@code <slug>/images/…}), a story's EPUB ({@code story-<key>/story.epub}), the ledger or a dead letter's report
     * ({@code .state/dead-letters/<name>.error.json}): no hidden
     * staging or retired folder, no staged or temporary file, nothing else.
     */
    void assertHoldsOnlyPublishedFiles() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.filter(p -> !p.equals(output)).toList()) {
                String relative = output.relativize(path).toString();
                if (!allowed(relative.split("/"), Files.isDirectory(path))) {
                    strays.add(relative);
                }
            }
        }
        assertEquals(List.of(), strays, "files left in " + output + " that are no published rendition");
    }

    private static boolean allowed(String[] parts, boolean directory) {
        if (parts[0].equals(".state") && parts.length > 1 && parts[1].equals("dead-letters")) {
            // a worker's reports of the articles it put on the dead-letter queue (ScaleOutIT), none half-written
            return parts.length == 2 || parts.length == 3 && parts[2].endsWith(".error.json") && !parts[2].startsWith(".");
        }
        if (parts[0].equals(".state")) {
            return parts.length == 1 || parts.length == 2 && (parts[1].equals("published.jsonl") || parts[1].equals("lock"));
        }
        if (parts[0].startsWith(".")) {
            return false;
        }
        if (parts.length == 1) {
            return directory;
        }
        if (parts.length == 2) {
            return RENDITIONS.contains(parts[1]) || parts[1].equals("story.epub") || parts[1].equals("images");
        }
        return parts.length == 3 && parts[1].equals("images") && !parts[2].startsWith(".");
    }

    /**
     * Every file under the output folder is whole: each EPUB a zip whose entries all inflate with the
     * right checksums, each JSON parses, the ledger's every line is a complete object.
     */
    void assertEveryFileIsWhole() throws IOException {
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".epub")) {
                    assertZipIsWhole(file);
                } else if (name.endsWith(".json")) {
                    JSON.readTree(file.toFile());
                } else if (name.endsWith(".jsonl")) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    assertTrue(text.isEmpty() || text.endsWith("\n"), "the ledger ends with a whole line");
                    ledger();
                } else if (name.endsWith(".md")) {
                    assertTrue(Files.size(file) > 0, file + " is empty");
                }
            }
        }
    }

    private static void assertZipIsWhole(Path epub) throws IOException {
        int entries = 0;
        try (InputStream in = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(in)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; entries++) {
                // reading to the end checks the entry's length and CRC
                while (zip.read(buffer) > 0) {
                    // drained
                }
            }
        } catch (java.util.zip.ZipException e) {
            fail(epub + " is not a whole zip: " + e.getMessage());
        }
        assertTrue(entries >= 4, epub + " holds only " + entries + " zip entries");
    }

    /**
     * Each article folder: the five renditions complete (schema, epubcheck, Markdown read back). Folders
     * are checked on every core (epubcheck itself runs one book at a time).
     */
    void assertEveryArticleIsComplete() throws IOException {
        visibleFolders().parallelStream().filter(f -> Files.exists(f.resolve("article.json"))).forEach(folder -> {
            try {
                PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(folder + " could not be read", e);
            }
        });
    }

    /**
     * The language versions of each story list each other (language and slug), and the story's EPUB is
     * clean. Returns the number of stories.
     */
    int assertStoriesAreLinked() throws IOException {
        Map<String, Map<String, JsonNode>> stories = new TreeMap<>();
        for (Path folder : visibleFolders()) {
            Path json = folder.resolve("article.json");
            if (Files.exists(json)) {
                JsonNode article = JSON.readTree(json.toFile());
                if (!article.path("translationKey").isNull() && !article.path("translationKey").isMissingNode()) {
                    stories.computeIfAbsent(article.get("translationKey").asText(), k -> new TreeMap<>())
                            .put(article.get("language").asText(), article);
                }
            }
        }
        for (Map.Entry<String, Map<String, JsonNode>> story : stories.entrySet()) {
            for (JsonNode version : story.getValue().values()) {
                Set<String> expected = new TreeSet<>();
                story.getValue().values().stream().filter(v -> v != version)
                        .forEach(v -> expected.add(v.get("language").asText() + " " + v.get("slug").asText()));
                Set<String> listed = new TreeSet<>();
                version.get("translations").forEach(t -> listed.add(t.get("language").asText() + " " + t.get("slug").asText()));
                assertEquals(expected, listed, "the translations listed by " + version.get("slug").asText());
            }
            Path epub = output.resolve(StoryPublisher.storyFolder(story.getKey())).resolve("story.epub");
            assertTrue(Files.isRegularFile(epub), "the story " + story.getKey() + " has its EPUB: " + epub);
            EpubCheckAssertion.assertEpubIsValid(epub);
            Set<String> chapters = new TreeSet<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
                zip.stream().map(ZipEntry::getName).filter(n -> n.matches("EPUB/article\\..+\\.xhtml"))
                        .forEach(n -> chapters.add(n.replaceAll("EPUB/article\\.(.+)\\.xhtml", "$1")));
            }
            Set<String> languages = new TreeSet<>();
            story.getValue().keySet().forEach(l -> languages.add(l.toLowerCase(java.util.Locale.ROOT)));
            Set<String> chapterLanguages = new TreeSet<>();
            chapters.forEach(l -> chapterLanguages.add(l.toLowerCase(java.util.Locale.ROOT)));
            assertEquals(languages, chapterLanguages,
                    "the story " + story.getKey() + "'s EPUB holds one chapter per version");
        }
        return stories.size();
    }

    private List<Path> visibleFolders() throws IOException {
        try (Stream<Path> folders = Files.list(output)) {
            return folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /**
     * Asserts each of {@code articles} published in one folder, and one ledger line for each, naming that folder;
     * returns the ledger's lines.
     */
    List<JsonNode> assertEachPublishedOnce(List<String> articles) throws IOException {
        Map<String, List<String>> folders = foldersBySource();
        assertEquals(new TreeSet<>(articles), folders.keySet(), "every article is published");
        Map<String, List<String>> doubled = new TreeMap<>();
        folders.forEach((file, slugs) -> {
            if (slugs.size() != 1) {
                doubled.put(file, slugs);
            }
        });
        assertEquals(Map.of(), doubled, "articles published in more than one folder");
        List<JsonNode> ledger = ledger();
        assertEquals(articles.size(), ledger.size(), "one ledger line per article");
        for (JsonNode line : ledger) {
            assertEquals(folders.get(line.get("file").asText()), List.of(line.get("slug").asText()),
                    "the ledger names the folder: " + line);
        }
        return ledger;
    }
}
