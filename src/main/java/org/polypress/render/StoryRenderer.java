package org.polypress.render;

import java.util.List;
import org.polypress.model.Article;

/** Writes one rendition of a whole story: every language version of it together. */
public interface StoryRenderer {

    /** The file name of the story rendition, e.g. {@code story.epub}. */
    String fileName();

    /** The rendition of {@code versions}, the language versions of the story {@code storyKey}, in any order. */
    byte[] render(String storyKey, List<Article> versions);
}
