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

    /** A site's address ("example.org"): a publication, not a person. */
    private static final java.util.regex.Pattern SITE_ADDRESS =
            java.util.regex.Pattern.compile("(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}");
    /** A word of lower-case letters only, longer than a name's particle ("von", "van", "de", "bin"). */
    private static final java.util.regex.Pattern LOWER_CASE_WORD = java.util.regex.Pattern.compile("\\p{Ll}{4,}");

    /**
     * The people among several names a byline or a page's metadata lists: not a site's address ("Jane Doe,
     * example.org"), nor a part holding a word in lower case that no name's particle is (a title or an affiliation
     * set after the name between commas: "Jane Doe, University of Vilnius, professor of law"). All of them when
     * none is left.
     */
    static List<String> people(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        List<String> people = names.stream().filter(n -> !SITE_ADDRESS.matcher(n).matches()
                && java.util.Arrays.stream(SPACES.split(n.strip())).noneMatch(w -> LOWER_CASE_WORD.matcher(w).matches()))
                .toList();
        return people.isEmpty() ? names : people;
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
