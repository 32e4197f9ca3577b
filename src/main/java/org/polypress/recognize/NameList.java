package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;

/** Splits a list of names as a language writes it ("A, B and C", "A、B") into the names. */
final class NameList {

    /** Longer than this, a "name" is a phrase: the line is not a credit after all. */
    static final int MAX_NAME_CHARS = 60;
    static final int MAX_NAME_WORDS = 6;

    private NameList() {
    }

    /** The names in {@code text}, trimmed, without closing punctuation; empty when none is a plausible name. */
    private static final java.util.regex.Pattern CLOSING_PUNCTUATION = java.util.regex.Pattern.compile("[.。,，;；:：]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static List<String> split(String text, Conventions conventions) {
        List<String> names = new ArrayList<>();
        for (String part : conventions.nameSeparator().split(text)) {
            String name = CLOSING_PUNCTUATION.matcher(part.strip()).replaceAll("").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** True when every name is short enough to be a name rather than a sentence. */
    static boolean plausible(List<String> names) {
        return !names.isEmpty() && names.stream().map(NameList::withoutAgency).allMatch(n -> !n.isEmpty()
                && n.length() <= MAX_NAME_CHARS && wordsOf(n) <= MAX_NAME_WORDS
                && !n.contains("(") && !n.contains(")") && n.indexOf('\uFFFD') < 0);
    }

    /** The words of a name, the marks between its parts ("Jane Doe / dpa") not counted. */
    private static int wordsOf(String name) {
        int words = 0;
        for (String part : SPACES.split(name.strip())) {
            if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    private static final java.util.regex.Pattern AGENCY_IN_BRACKETS =
            java.util.regex.Pattern.compile("\\s*\\([\\p{Lu}\\p{Lt} .&-]{2,20}\\)$");

    /** "Florion Goga (REUTERS)" names Florion Goga, working for Reuters. */
    static String withoutAgency(String name) {
        return AGENCY_IN_BRACKETS.matcher(name).replaceFirst("");
    }
}
