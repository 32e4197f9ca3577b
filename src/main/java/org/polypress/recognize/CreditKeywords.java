package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words one of which every match of a caption credit pattern holds ("photo", "foto", "©"), read from the
 * pattern: a caption whose tail holds none of them cannot close with that credit, and is not searched for it. The
 * words are those the credit group opens with, each case-folded as a case-insensitive pattern compares characters,
 * so a text without them can match neither with nor without the pattern's case flags. Read once per pattern, when
 * the conventions are compiled ({@link CaptionCredit}).
 */
final class CreditKeywords {

    private static final String META = "\\.[]{}()*+?^$|";
    /** A pattern whose credit's words could not be read: searched everywhere, as before. */
    private static final CreditKeywords ANY = new CreditKeywords(null);

    private final String[] words;

    private CreditKeywords(String[] words) {
        this.words = words;
    }

    /** Whether a text whose folded tail is {@code folded} can hold a match. */
    boolean mayOccurIn(String folded) {
        if (words == null) {
            return true;
        }
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} from {@code from} on, each character folded as {@link #fold(char)} does. */
    static String foldedTail(String text, int from) {
        char[] chars = new char[text.length() - from];
        for (int i = from; i < text.length(); i++) {
            chars[i - from] = fold(text.charAt(i));
        }
        return new String(chars);
    }

    /** A character as a case-insensitive pattern compares it (what {@code Pattern}'s Unicode case matching does). */
    static char fold(char c) {
        if (c < 0x80) {
            // ASCII folds to its lower case, without the two table look-ups (CreditKeywordsTest compares them)
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The words of {@code credit}, read from its pattern. */
    static CreditKeywords of(Pattern credit) {
        String regex = credit.pattern();
        if ((credit.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0 || regex.contains("\\Q")
                || Pattern.compile("\\(\\?[a-zA-Z-]*x").matcher(regex).find()) {
            return ANY;
        }
        int open = regex.indexOf("(?<credit>");
        // the credit group must be a part of every match: outside any group, in a pattern of one branch
        if (open < 0 || alternatives(regex.substring(0, open), true) == null || alternatives(regex, false).size() != 1) {
            return ANY;
        }
        int bodyStart = open + "(?<credit>".length();
        int bodyEnd = closing(regex, open);
        if (bodyEnd < 0 || alternatives(regex.substring(bodyStart, bodyEnd), false).size() != 1) {
            return ANY;
        }
        String body = regex.substring(bodyStart, bodyEnd);
        List<String> opening;
        if (body.startsWith("(?i:") || body.startsWith("(?:") || body.startsWith("(?iu:")
                || body.startsWith("(?ui:")) {
            int end = closing(body, 0);
            if (end < 0 || end + 1 < body.length() && "?*{+".indexOf(body.charAt(end + 1)) >= 0) {
                return ANY;
            }
            opening = alternatives(body.substring(body.indexOf(':') + 1, end), false);
        } else {
            opening = List.of(body);
        }
        List<String> words = new ArrayList<>();
        for (String alternative : opening) {
            String word = literalPrefix(alternative);
            if (word.isEmpty()) {
                return ANY;
            }
            words.add(word);
        }
        return new CreditKeywords(words.toArray(String[]::new));
    }

    /** The literal characters {@code regex} opens with, folded, that every match of it starts with. */
    private static String literalPrefix(String regex) {
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            char literal;
            int next;
            if (c == '\\') {
                if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    break;
                }
                literal = regex.charAt(i + 1);
                next = i + 2;
            } else if (META.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                break;
            } else {
                literal = c;
                next = i + 1;
            }
            if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
                break;
            }
            word.append(fold(literal));
            i = next;
        }
        return word.toString();
    }

    /** Where the group opened at {@code open} closes, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The branches of {@code regex} split at its top-level bars; with {@code prefix} (a pattern's part before a
     * group), null unless every group it opens is closed and it holds no top-level bar.
     */
    private static List<String> alternatives(String regex, boolean prefix) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return prefix ? null : List.of();
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        branches.add(regex.substring(start));
        if (prefix) {
            return depth == 0 && branches.size() == 1 ? branches : null;
        }
        return branches;
    }

    /** Where the character class opened at {@code open} closes, or -1. */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && i > open + 1 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
