package org.polypress.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads a Markdown rendition back with the real Pandoc: one {@code pandoc -f <reader> -t json} process
 * per document, its abstract syntax tree turned into the same {@link MarkdownReadBack.Block}s that
 * Flexmark's read-back gives, so the two can be compared block by block. A quotation is read as Pandoc's
 * plain text writer writes it, in curly quotes; any other inline that is not text (math, a citation, a
 * superscript, raw HTML...) shows in the text as {@code ⟨Type:...⟩}, so a comparison with the source's
 * text fails and says what it became.
 */
public final class PandocReadBack {

    /** Debian's pandoc, which {@code .ci/run} installs. */
    public static final Path PANDOC = Path.of("/usr/bin/pandoc");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PandocReadBack() {
    }

    /**
     * Skips the calling test with a message where pandoc is not installed; in CI ({@code CI=true}),
     * where {@code .ci/run} installs it, its absence fails the test instead.
     */
    public static void requirePandoc() {
        boolean present = Files.isExecutable(PANDOC);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must read the Markdown with Pandoc: " + PANDOC
                    + " is missing (.ci/run installs the Debian package pandoc)");
        }
        Assumptions.assumeTrue(present, "pandoc is not installed (apt-get install pandoc):"
                + " the Markdown is not read back with Pandoc here");
    }

    /** Pandoc's syntax tree of a document, front matter included, read with {@code reader}. */
    public static JsonNode ast(String markdown, String reader) {
        ProcessBuilder builder = new ProcessBuilder(PANDOC.toString(), "-f", reader, "-t", "json");
        try {
            Process pandoc = builder.start();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(pandoc.getErrorStream()));
            CompletableFuture<byte[]> tree = CompletableFuture.supplyAsync(() -> readAll(pandoc.getInputStream()));
            try (OutputStream in = pandoc.getOutputStream()) {
                in.write(markdown.getBytes(StandardCharsets.UTF_8));
            }
            if (!pandoc.waitFor(120, TimeUnit.SECONDS) || pandoc.exitValue() != 0) {
                pandoc.destroyForcibly();
                throw new AssertionError("pandoc -f " + reader + " failed: "
                        + new String(errors.join(), StandardCharsets.UTF_8));
            }
            return JSON.readTree(tree.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while pandoc ran", e);
        }
    }

    /** The blocks of a document as Pandoc reads it, in order; list items one by one. */
    public static List<MarkdownReadBack.Block> blocks(JsonNode ast) {
        List<MarkdownReadBack.Block> blocks = new ArrayList<>();
        for (JsonNode block : ast.get("blocks")) {
            addBlock(block, blocks);
        }
        return blocks;
    }

    /**
     * The text of a metadata value, or null when the field is absent, with {@link #typographyUndone}:
     * front matter values keep their apostrophes unescaped, for the site generators that read them as
     * they stand.
     */
    public static String metadataText(JsonNode value) {
        if (value == null) {
            return null;
        }
        String kind = value.get("t").asText();
        if (kind.equals("MetaBlocks") && value.get("c").isEmpty()) {
            return ""; // how Pandoc reads an empty string
        }
        if (!kind.equals("MetaInlines") && !kind.equals("MetaString")) {
            return "⟨" + kind + "⟩";
        }
        return typographyUndone(kind.equals("MetaString") ? value.get("c").asText() : inlineText(value.get("c")));
    }

    /**
     * A text with Pandoc's smart punctuation turned back into ASCII and runs of blanks made one space:
     * what a front matter value must equal, on both sides of the comparison, since a source's own curly
     * quotes cannot be told from Pandoc's.
     */
    public static String typographyUndone(String text) {
        return text.replace("’", "'").replace("‘", "'").replace("“", "\"").replace("”", "\"")
                .replace("—", "---").replace("–", "--").replace("…", "...").replaceAll("[ \t]+", " ");
    }

    private static void addBlock(JsonNode block, List<MarkdownReadBack.Block> blocks) {
        String kind = block.get("t").asText();
        JsonNode content = block.get("c");
        switch (kind) {
            case "Header" -> blocks.add(MarkdownReadBack.Block.of("heading", content.get(0).asInt(),
                    inlineText(content.get(2))));
            case "Para", "Plain" -> blocks.add(paragraph(content));
            case "BlockQuote" -> blocks.add(MarkdownReadBack.Block.of("quote", 0, blocksText(content)));
            case "BulletList" -> addItems("bullet-item", content, blocks);
            case "OrderedList" -> addItems("ordered-item", content.get(1), blocks);
            case "HorizontalRule" -> blocks.add(MarkdownReadBack.Block.of("thematic-break", 0, ""));
            default -> blocks.add(MarkdownReadBack.Block.of(kind.toLowerCase(java.util.Locale.ROOT), 0,
                    content == null ? "" : content.toString()));
        }
    }

    private static MarkdownReadBack.Block paragraph(JsonNode inlines) {
        if (inlines.size() == 1 && inlines.get(0).get("t").asText().equals("Image")) {
            JsonNode image = inlines.get(0).get("c");
            return new MarkdownReadBack.Block("image", 0, inlineText(image.get(1)),
                    image.get(2).get(0).asText());
        }
        return MarkdownReadBack.Block.of("paragraph", 0, inlineText(inlines));
    }

    private static void addItems(String kind, JsonNode items, List<MarkdownReadBack.Block> blocks) {
        for (JsonNode item : items) {
            blocks.add(MarkdownReadBack.Block.of(kind, 0, blocksText(item)));
        }
    }

    private static String blocksText(JsonNode blocks) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : blocks) {
            List<MarkdownReadBack.Block> read = new ArrayList<>();
            addBlock(block, read);
            read.forEach(b -> texts.add(b.kind().equals("paragraph") ? b.text() : b.toString()));
        }
        return String.join("\n", texts);
    }

    /** The text of inlines, as Pandoc's plain text writer gives it. */
    private static String inlineText(JsonNode inlines) {
        StringBuilder out = new StringBuilder();
        for (JsonNode inline : inlines) {
            appendInline(inline, out);
        }
        return out.toString();
    }

    private static void appendInline(JsonNode inline, StringBuilder out) {
        String kind = inline.get("t").asText();
        JsonNode content = inline.get("c");
        switch (kind) {
            case "Str" -> out.append(content.asText());
            case "Space" -> out.append(' ');
            case "SoftBreak", "LineBreak" -> out.append('\n');
            // the caption's emphasis, GFM's links of bare addresses: both keep the text
            case "Emph" -> out.append(inlineText(content));
            case "Link" -> out.append(inlineText(content.get(1)));
            // what Pandoc writes for a quotation in plain text: the source's own curly quotes, which
            // Pandoc takes for quotation marks, come back as they were; a straight quote would not
            case "Quoted" -> {
                boolean single = content.get(0).get("t").asText().equals("SingleQuote");
                out.append(single ? '‘' : '“').append(inlineText(content.get(1))).append(single ? '’' : '”');
            }
            default -> out.append('⟨').append(kind).append(':').append(content).append('⟩');
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
