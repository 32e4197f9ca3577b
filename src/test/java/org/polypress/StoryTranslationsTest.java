package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.EpubCheckAssertion;
import org.polypress.testing.PublishedFolderAssertion;

/**
 * One story in three languages, dropped days apart (two one-shot batches): every version lists the
 * others, its front matter names the story, and the story's multilingual EPUB holds them all.
 */
class StoryTranslationsTest {

    private static final Path STORIES = Path.of("src/test/resources/stories");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private void drop(Path input, Path output, String... names) throws Exception {
        for (String name : names) {
            Files.copy(STORIES.resolve(name), input.resolve(name));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--once", "--input=" + input, "--output=" + output},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, JsonNode> articlesByLanguage(Path output) throws Exception {
        Map<String, JsonNode> articles = new TreeMap<>();
        try (Stream<Path> folders = Files.list(output)) {
            for (Path json : folders.map(f -> f.resolve("article.json")).filter(Files::exists).toList()) {
                JsonNode article = JSON.readTree(json.toFile());
                articles.put(article.get("language").asText(), article);
            }
        }
        return articles;
    }

    @Test
    void versionsDroppedDaysApartListEachOtherAndMakeOneStoryEpub() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        drop(input, output, "kazakhstan.en.txt");
        assertEquals(List.of(), translations(articlesByLanguage(output).get("en")), "alone, no translations yet");

        drop(input, output, "kazakhstan.zh.txt", "kazakhstan.ar.txt");
        Map<String, JsonNode> articles = articlesByLanguage(output);
        assertEquals(List.of("ar", "en", "zh-Hans"), new ArrayList<>(articles.keySet()));
        for (Map.Entry<String, JsonNode> entry : articles.entrySet()) {
            JsonNode article = entry.getValue();
            assertEquals("kazakhstan", article.get("translationKey").asText());
            List<String> expected = new ArrayList<>(articles.keySet());
            expected.remove(entry.getKey());
            assertEquals(expected, translations(article), entry.getKey() + " lists the other versions");
            for (JsonNode translation : article.get("translations")) {
                assertEquals(articles.get(translation.get("language").asText()).get("slug").asText(),
                        translation.get("slug").asText());
            }
            Path folder = output.resolve(article.get("slug").asText());
            PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
            assertTrue(Files.readString(folder.resolve("article.md")).contains("translationKey: kazakhstan"),
                    "Hugo's translationKey in the front matter of " + entry.getKey());
        }
        assertEquals("rtl", articles.get("ar").get("direction").asText());

        Path story = output.resolve("story-kazakhstan/story.epub");
        assertTrue(Files.exists(story), "the story's multilingual EPUB");
        EpubCheckAssertion.assertEpubIsValid(story);
        String epub = new String(Files.readAllBytes(story), StandardCharsets.ISO_8859_1);
        for (String chapter : List.of("article.ar.xhtml", "article.en.xhtml", "article.zh-Hans.xhtml")) {
            assertTrue(epub.contains("EPUB/" + chapter), "chapter " + chapter);
        }
    }

    @Test
    void aFolderLinkedIntoTheOutputFromElsewhereIsNoVersionOfTheStory() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        drop(input, output, "kazakhstan.en.txt");
        // a copy of the English version moved elsewhere, claiming to be the Chinese one, and linked back in
        Path english = output.resolve(articlesByLanguage(output).get("en").get("slug").asText());
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/planted"));
        Files.writeString(elsewhere.resolve("article.json"), Files.readString(english.resolve("article.json"))
                .replace("\"language\" : \"en\"", "\"language\" : \"zh-Hans\""));
        Files.createSymbolicLink(output.resolve("planted"), elsewhere);

        drop(input, output, "kazakhstan.ar.txt");
        JsonNode arabic = articlesByLanguage(output).get("ar");
        assertEquals(List.of("en"), translations(arabic), "only the versions this service published");
    }

    @Test
    void correctedVersionReplacesItsLanguageInsteadOfAddingOne() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        drop(input, output, "kazakhstan.en.txt", "kazakhstan.zh.txt");
        Path corrected = input.resolve("kazakhstan.en.txt");
        Files.writeString(corrected, Files.readString(STORIES.resolve("kazakhstan.en.txt"))
                .replace("2,500", "2,600"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"--once", "--input=" + input, "--output=" + output},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        List<String> languages = new ArrayList<>();
        try (Stream<Path> folders = Files.list(output)) {
            for (Path json : folders.map(f -> f.resolve("article.json")).filter(Files::exists).toList()) {
                languages.add(JSON.readTree(json.toFile()).get("language").asText());
            }
        }
        languages.sort(null);
        assertEquals(List.of("en", "zh-Hans"), languages, "one folder per language");
        String englishSlug = articlesByLanguage(output).get("en").get("slug").asText();
        assertTrue(Files.readString(output.resolve(englishSlug).resolve("article.json")).contains("2,600"),
                "the English folder holds the correction");
    }

    private static List<String> translations(JsonNode article) {
        List<String> languages = new ArrayList<>();
        article.get("translations").forEach(t -> languages.add(t.get("language").asText()));
        return languages;
    }
}
