package org.polypress.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article as its source hands it over: its text, line by line, and what the source's markup says
 * the block is. Plain text says nothing ({@link Hint#NONE}); a web page's {@code <h2>}, {@code <figcaption>},
 * {@code <li>} or {@code <time>}, a Word document's Heading and Caption styles say a great deal, and the recognizer
 * takes what they say as strong evidence.
 *
 * @param hint  what the source's markup says the block is
 * @param level the heading level (2 to 6) of a {@link Hint#HEADING}, else 0
 * @param lines the block's lines, none blank; a list's items; a picture's text alternative (or none)
 */
public record SourceBlock(Hint hint, int level, List<String> lines) {

    /** What a source's markup states about a block. */
    public enum Hint {
        /** Nothing: plain text, or a paragraph of a page or document. */
        NONE,
        /** The headline ({@code <h1>}, a document's Title style). */
        HEADLINE,
        /** A label set above the headline: a section, a topic, a kicker. */
        KICKER,
        /** A summary set under the headline: a teaser, a lead, a deck. */
        STANDFIRST,
        /** A subheading ({@code <h2>}–{@code <h6>}, a document's Heading styles). */
        HEADING,
        /** A picture's caption ({@code <figcaption>}, a document's Caption style). */
        CAPTION,
        /** A picture's credit, marked apart from its caption. */
        CREDIT,
        /** A list: each line an item. */
        LIST,
        /** A numbered list: each line an item. */
        ORDERED_LIST,
        /** A quoted passage set apart ({@code <blockquote>}). */
        QUOTE,
        /** A date or time the markup marks as one ({@code <time>}). */
        TIME,
        /** An author's name or byline the markup marks as one ({@code rel=author}, a byline element). */
        AUTHOR,
        /** A picture ({@code <img>}); its line, if any, is its text alternative. */
        PICTURE
    }

    public SourceBlock {
        Objects.requireNonNull(hint, "hint");
        lines = List.copyOf(lines);
        if (hint == Hint.HEADING ? level < 2 || level > 6 : level != 0) {
            throw new IllegalArgumentException("level must be 2..6 for a heading and 0 otherwise: " + level);
        }
        if (lines.isEmpty() && hint != Hint.PICTURE) {
            throw new IllegalArgumentException("a block needs a line of text");
        }
    }

    /** A block the markup says nothing about. */
    public static SourceBlock text(List<String> lines) {
        return new SourceBlock(Hint.NONE, 0, lines);
    }

    /** A block of one line with {@code hint}. */
    public static SourceBlock of(Hint hint, String line) {
        return new SourceBlock(hint, 0, List.of(line));
    }

    /** A subheading of {@code level} (2 to 6). */
    public static SourceBlock heading(int level, String line) {
        return new SourceBlock(Hint.HEADING, level, List.of(line));
    }

    /** The same block with other lines. */
    public SourceBlock withLines(List<String> other) {
        return new SourceBlock(hint, level, other);
    }

    /** The lines joined by line breaks, as the block stands in a plain-text file. */
    public String joined() {
        return String.join("\n", lines);
    }
}
