package org.polypress.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.render.json.ArticleJsonReader;
import org.polypress.render.json.JsonRenderer;

/**
 * The recognized article as an ingest node puts it on the broker's queue: one JSON document holding the article
 * as its {@code article.json} has it ({@code article}) and the bytes of its pictures, Base64 under their published
 * paths ({@code pictures}). A worker reads it back into the same article, so what it renders is what a standalone
 * service renders. Pictures go inline, within {@code polypress.broker.max-message-bytes}: an article with more is
 * refused at the ingest node, set aside with the reason, rather than put on the broker by reference.
 */
public final class ArticleMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final JsonRenderer renderer = new JsonRenderer();
    private final ArticleJsonReader reader = new ArticleJsonReader();

    /** @param maxBytes the largest message written ({@code polypress.broker.max-message-bytes}) */
    public ArticleMessage(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The message of {@code article}; refused when it would be larger than the limit. */
    public byte[] write(Article article) throws PipelineException {
        ObjectNode message = JSON.createObjectNode();
        try {
            message.set("article", JSON.readTree(renderer.render(article)));
        } catch (IOException e) {
            throw new PipelineException(Stage.RENDER, "The article could not be written for the broker", e.toString(), e);
        }
        ObjectNode pictures = message.putObject("pictures");
        long size = 0;
        for (Block block : article.body()) {
            if (block instanceof Block.Figure f && f.image() != null && f.image().hasBytes()
                    && !pictures.has(f.image().path())) {
                size += f.image().size();
                if (size > maxBytes) {
                    throw tooLarge(size);
                }
                pictures.put(f.image().path(), Base64.getEncoder().encodeToString(f.image().bytes()));
            }
        }
        try {
            byte[] bytes = JSON.writeValueAsBytes(message);
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PipelineException(Stage.RENDER, "The article could not be written for the broker", e.toString(), e);
        }
    }

    private PipelineException tooLarge(long size) {
        return new PipelineException(Stage.RENDER, "The article with its pictures is larger than the broker takes ("
                + maxBytes + " bytes, polypress.broker.max-message-bytes)", "at least " + size + " bytes");
    }

    /**
     * The message group of {@code article} ({@code JMSXGroupID}): its story's key, so that the versions of one story
     * go to one worker at a time, in order; an article of no story is a group of its own, its slug.
     */
    public String group(Article article) {
        return article.translationKey() != null ? article.translationKey() : article.slug();
    }

    /** The article of a message {@link #write} made; a message that is not one is refused with the reason. */
    public Article read(byte[] message) throws PipelineException {
        try {
            JsonNode node = JSON.readTree(message);
            if (node == null || !node.path("article").isObject()) {
                throw new IllegalArgumentException("no article in the message");
            }
            Map<String, byte[]> pictures = new LinkedHashMap<>();
            node.path("pictures").fields().forEachRemaining(
                    e -> pictures.put(e.getKey(), Base64.getDecoder().decode(e.getValue().asText())));
            return reader.read(node.get("article"), pictures);
        } catch (IOException | RuntimeException e) {
            // the detail is listed with the failed files (a dead letter): no Java class name in it
            throw new PipelineException(Stage.RENDER, "The broker's message is not an article Polypress wrote",
                    org.polypress.PlainWords.of(e), e);
        }
    }
}
