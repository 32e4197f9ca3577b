package org.polypress.render;

import java.util.Objects;
import java.util.List;
import org.polypress.model.Article;

/**
 * An article and its rendered files, ready to publish.
 *
 * @param article the article they render
 * @param files   the files in a fixed order
 */
public record Renditions(Article article, List<File> files) {

    /** One rendered file: its path inside the article folder ({@code article.md}, {@code images/…}) and its bytes. */
    public record File(String name, byte[] bytes) {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    public Renditions {
        Objects.requireNonNull(article, "article");
        files = List.copyOf(files);
    }
}
