package org.polypress.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Dateline;
import org.polypress.model.Direction;
import org.polypress.model.Image;
import org.polypress.model.Metadata;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.model.Source;
import org.polypress.model.Translation;

/**
 * Reads an {@code article.json} this project wrote back into the Article it renders, so that an article
 * published earlier can be rendered again (when a translation of its story arrives) without its source.
 */
public final class ArticleJsonReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The article of a published {@code article.json}, with the bytes of its images read from the folder beside
     * it (only paths Polypress writes, {@code images/<digest>.<ext>}; an image whose file is missing is
     * described but has no bytes).
     */
    public Article read(Path articleJson) throws IOException {
        Article article = read(mapper.readTree(articleJson.toFile()));
        Path folder = articleJson.toAbsolutePath().getParent();
        List<Block> body = new ArrayList<>();
        boolean changed = false;
        for (Block block : article.body()) {
            if (block instanceof Block.Figure f && f.image() != null && Image.isPublishedPath(f.image().path())
                    && java.nio.file.Files.isRegularFile(folder.resolve(f.image().path()))) {
                byte[] bytes = java.nio.file.Files.readAllBytes(folder.resolve(f.image().path()));
                body.add(new Block.Figure(f.caption(), f.credit(), f.image().withBytes(bytes)));
                changed = true;
            } else {
                body.add(block);
            }
        }
        return changed ? new Article(article.id(), article.slug(), article.language(), article.script(),
                article.direction(), article.title(), article.subtitle(), article.byline(), article.dateline(),
                article.published(), body, article.credits(), article.notes(), article.source(), article.wordCount(),
                article.translationKey(), article.translations(), article.metadata()) : article;
    }

    /** The article of a published {@code article.json}, its images described but their bytes not read. */
    public Article describe(Path articleJson) throws IOException {
        return read(mapper.readTree(articleJson.toFile()));
    }

    /**
     * The article of an {@code article.json} read elsewhere (a broker's message), each picture's bytes those
     * {@code pictures} holds under its path ({@code images/<digest>.<ext>}); a picture they do not hold is described
     * but has no bytes.
     */
    public Article read(JsonNode articleJson, java.util.Map<String, byte[]> pictures) {
        Article article = read(articleJson);
        List<Block> body = new ArrayList<>();
        for (Block block : article.body()) {
            if (block instanceof Block.Figure f && f.image() != null && pictures.containsKey(f.image().path())) {
                body.add(new Block.Figure(f.caption(), f.credit(), f.image().withBytes(pictures.get(f.image().path()))));
            } else {
                body.add(block);
            }
        }
        return new Article(article.id(), article.slug(), article.language(), article.script(),
                article.direction(), article.title(), article.subtitle(), article.byline(), article.dateline(),
                article.published(), body, article.credits(), article.notes(), article.source(), article.wordCount(),
                article.translationKey(), article.translations(), article.metadata());
    }

    Article read(JsonNode a) {
        return new Article(text(a, "id"), text(a, "slug"), text(a, "language"), text(a, "script"),
                Direction.valueOf(text(a, "direction").toUpperCase(Locale.ROOT)), text(a, "title"), text(a, "subtitle"),
                byline(a.get("byline")), dateline(a.get("dateline")), published(a.get("published")), body(a.get("body")),
                credits(a.get("credits")), strings(a.get("notes")), source(a.get("source")), a.get("wordCount").asInt(),
                text(a, "translationKey"), translations(a.get("translations")), metadata(a));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static Byline byline(JsonNode node) {
        return node == null || node.isNull() ? null
                : new Byline(text(node, "text"), strings(node.get("authors")), text(node, "publication"));
    }

    private static Published published(JsonNode node) {
        return node == null || node.isNull() ? null : new Published(text(node, "text"), text(node, "iso"));
    }

    private static Dateline dateline(JsonNode node) {
        return node == null || node.isNull() ? null : new Dateline(text(node, "text"), text(node, "place"),
                text(node, "agency"), published(node.get("date")));
    }

    private static List<Block> body(JsonNode array) {
        List<Block> blocks = new ArrayList<>();
        for (JsonNode block : array) {
            blocks.add(switch (text(block, "type")) {
                case "paragraph" -> new Block.Paragraph(text(block, "text"));
                case "heading" -> new Block.Heading(block.get("level").asInt(), text(block, "text"));
                case "figure" -> new Block.Figure(text(block, "caption"), text(block, "credit"), image(block.get("image")));
                case "quote" -> new Block.Quote(text(block, "text"));
                case "list" -> new Block.ListBlock(block.get("ordered").asBoolean(), strings(block.get("items")));
                default -> throw new IllegalArgumentException("unknown block type " + text(block, "type"));
            });
        }
        return blocks;
    }

    private static Image image(JsonNode node) {
        return node == null || node.isNull() ? null : new Image(text(node, "path"), text(node, "mediaType"),
                node.get("width").asInt(), node.get("height").asInt(), text(node, "alt"));
    }

    private static List<Credit> credits(JsonNode array) {
        List<Credit> credits = new ArrayList<>();
        array.forEach(c -> credits.add(new Credit(text(c, "name"), Role.ofCode(text(c, "role")), text(c, "note"))));
        return credits;
    }

    private static Source source(JsonNode node) {
        JsonNode confidence = node.get("charsetConfidence");
        return new Source(text(node, "fileName"), text(node, "mediaType"), text(node, "charset"),
                confidence == null || confidence.isNull() ? null : confidence.asInt(), text(node, "sha256"),
                node.get("bytes").asLong(), strings(node.get("warnings")));
    }

    /** What the source states beside the text; nothing in an article.json of schema version 1, which had none. */
    private static Metadata metadata(JsonNode a) {
        JsonNode modified = a.get("modified");
        return new Metadata(modified == null ? null : published(modified), text(a, "canonicalUrl"), text(a, "section"),
                a.has("keywords") ? strings(a.get("keywords")) : List.of());
    }

    private static List<Translation> translations(JsonNode array) {
        List<Translation> translations = new ArrayList<>();
        if (array != null) {
            array.forEach(t -> translations.add(new Translation(text(t, "language"), text(t, "slug"))));
        }
        return translations;
    }
}
