package org.polypress.ingest;

import java.util.regex.Pattern;

/** How the readers of every format tidy the spaces of a line they write: patterns compiled once. */
public final class Spaces {

    private static final Pattern SPACES_AND_TABS = Pattern.compile("[ \\t]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** {@code line} with each run of spaces and tabs made one space, stripped. */
    public static String tidyLine(String line) {
        return SPACES_AND_TABS.matcher(line).replaceAll(" ").strip();
    }

    /** {@code text} on one line: each run of white space, line breaks included, made one space, stripped. */
    public static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
