package org.polypress.model;

import java.util.List;
import java.util.Objects;

/** One block of an article's body, in source order. */
public sealed interface Block {

    /** The block's type as the JSON rendition names it. */
    String type();

    /** The texts a reader sees in the block, in order. */
    List<String> texts();

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String type() {
            return "paragraph";
        }

        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** A subheading; level 2 is the first level below the title. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 2 || level > 6) {
                throw new IllegalArgumentException("heading level must be 2..6: " + level);
            }
        }

        @Override
        public String type() {
            return "heading";
        }

        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /**
     * A photo or picture with its caption and credit.
     *
     * @param caption the caption without its credit, or null
     * @param credit  the credit as written without its brackets, or null
     * @param image   the image file, or null when the source carries only the caption
     */
    record Figure(String caption, String credit, Image image) implements Block {
        public Figure {
            if (caption == null && credit == null && image == null) {
                throw new IllegalArgumentException("a figure needs a caption, a credit or an image");
            }
        }

        @Override
        public String type() {
            return "figure";
        }

        @Override
        public List<String> texts() {
            return java.util.stream.Stream.of(caption, credit).filter(Objects::nonNull).toList();
        }
    }

    /** A quoted passage set apart from the running text. */
    record Quote(String text) implements Block {
        public Quote {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String type() {
            return "quote";
        }

        @Override
        public List<String> texts() {
            return List.of(text);
        }
    }

    /** A list of items, numbered or not. */
    record ListBlock(boolean ordered, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list needs at least one item");
            }
        }

        @Override
        public String type() {
            return "list";
        }

        @Override
        public List<String> texts() {
            return items;
        }
    }
}
