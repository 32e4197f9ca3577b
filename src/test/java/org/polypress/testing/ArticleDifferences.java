package org.polypress.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.polypress.model.Article;
import org.polypress.model.Block;

/**
 * The recognized fields in which one article read from two sources differs: title, language, byline, date,
 * dateline, headings, figure captions and credits, paragraph texts, the order of the body's block types, credits
 * and credit lines. Pictures are not compared (a plain text carries none); identity (id, slug, source) is the
 * source's own.
 */
public final class ArticleDifferences {

    private static final Map<String, Function<Article, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", Article::title);
        FIELDS.put("language", Article::language);
        FIELDS.put("direction", Article::direction);
        FIELDS.put("byline", Article::byline);
        FIELDS.put("published", Article::published);
        FIELDS.put("dateline", Article::dateline);
        FIELDS.put("headings", a -> blocks(a, Block.Heading.class));
        FIELDS.put("figures", a -> blocks(a, Block.Figure.class).stream()
                .map(f -> ((Block.Figure) f).caption() + " | " + ((Block.Figure) f).credit()).toList());
        FIELDS.put("paragraphs", a -> blocks(a, Block.Paragraph.class));
        FIELDS.put("body", a -> a.body().stream().map(Block::type).toList());
        FIELDS.put("credits", Article::credits);
        FIELDS.put("notes", Article::notes);
    }

    private ArticleDifferences() {
    }

    /** Each field that differs, as "name: expected … but was …"; empty when the two agree. */
    public static List<String> between(Article expected, Article actual) {
        List<String> differ = new ArrayList<>();
        FIELDS.forEach((name, field) -> {
            if (!Objects.equals(field.apply(expected), field.apply(actual))) {
                differ.add(name + ": expected " + field.apply(expected) + " but was " + field.apply(actual));
            }
        });
        return differ;
    }

    /** The names of the fields that differ. */
    public static List<String> fields(Article expected, Article actual) {
        return between(expected, actual).stream().map(d -> d.substring(0, d.indexOf(':'))).toList();
    }

    private static List<Block> blocks(Article article, Class<? extends Block> type) {
        return article.body().stream().filter(type::isInstance).toList();
    }
}
