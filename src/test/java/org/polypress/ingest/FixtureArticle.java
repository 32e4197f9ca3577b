package org.polypress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An article the format fixtures of {@link OfficeDocuments} are built from: a plain-text golden case's blocks and
 * the role of each, read from the structure its golden {@code article.json} recognized — the block that is the
 * title is the headline, the blocks that are headings are subheadings, the blocks that open with a figure's
 * caption are captions — so no builder knows any language's words.
 *
 * @param name        the golden case ({@code kazakhstan-ar})
 * @param text        its plain-text article
 * @param language    the BCP 47 tag the plain text was recognized in ({@code ar}, {@code zh-Hans})
 * @param rightToLeft whether it is written right to left
 * @param blocks      its blocks, no-break spaces as spaces (the normalizer does the same to every text)
 * @param headline    the index of the headline among the blocks
 * @param headings    the blocks that are subheadings
 * @param captions    the blocks that are photo captions (with their credits)
 */
public record FixtureArticle(String name, Path text, String language, boolean rightToLeft, List<String> blocks,
        int headline, Set<String> headings, Set<String> captions) {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** The seed: People's Daily Online's article in English. */
    public static final FixtureArticle SEED = golden("peoples-daily-kazakhstan-china");
    /** Our Arabic translation of the seed (right to left). */
    public static final FixtureArticle ARABIC = golden("kazakhstan-ar");
    /** Our Chinese translation of the seed (CJK, no spaces between words). */
    public static final FixtureArticle CHINESE = golden("kazakhstan-zh");

    public FixtureArticle {
        blocks = List.copyOf(blocks);
        headings = Set.copyOf(headings);
        captions = Set.copyOf(captions);
    }

    /** The plain text of a golden case and the roles its {@code article.json} gives its blocks. */
    public static FixtureArticle golden(String name) {
        Path folder = GOLDEN.resolve(name);
        try (Stream<Path> files = Files.list(folder)) {
            Path text = files.filter(f -> f.toString().endsWith(".txt")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no .txt article in " + folder));
            JsonNode json = new ObjectMapper().readTree(folder.resolve("article.json").toFile());
            List<String> blocks = new ArrayList<>();
            for (String block : Files.readString(text).split("\n\\s*\n")) {
                blocks.add(block.replace('\u00A0', ' ').strip());
            }
            Set<String> headings = new HashSet<>();
            Set<String> captions = new HashSet<>();
            for (JsonNode block : json.path("body")) {
                String type = block.path("type").asText();
                if ("heading".equals(type)) {
                    headings.add(find(blocks, block.path("text").asText(), false));
                } else if ("figure".equals(type) && block.hasNonNull("caption")) {
                    captions.add(find(blocks, block.path("caption").asText(), true));
                }
            }
            int headline = blocks.indexOf(find(blocks, json.path("title").asText(), false));
            return new FixtureArticle(name, text, json.path("language").asText(),
                    "rtl".equals(json.path("direction").asText()), blocks, headline, headings, captions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The block that is {@code recognized} (or, for a caption, opens with it: its credit follows). */
    private static String find(List<String> blocks, String recognized, boolean opens) {
        String wanted = Normalizer.normalize(recognized, Normalizer.Form.NFC);
        for (String block : blocks) {
            String text = Normalizer.normalize(block, Normalizer.Form.NFC);
            if (opens ? text.startsWith(wanted) : text.equals(wanted)) {
                return block;
            }
        }
        throw new IllegalStateException("no block of the golden text is the recognized \"" + recognized + "\"");
    }

    /** What a block is, as a word processor would style it. */
    public enum Role { HEADLINE, HEADING, CAPTION, TEXT }

    public Role role(int block) {
        String text = blocks.get(block);
        if (block == headline) {
            return Role.HEADLINE;
        }
        return headings.contains(text) ? Role.HEADING : captions.contains(text) ? Role.CAPTION : Role.TEXT;
    }

    /** The file name a newsroom would give this article in {@code extension}: its text's name, the same language. */
    public String fileName(String extension) {
        String name = text.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length()) + "." + extension;
    }

    @Override
    public String toString() {
        return name;
    }
}
