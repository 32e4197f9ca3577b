package org.polypress.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text must hold for a pattern to match in it, read once from the pattern: a few words and figures,
 * checked with a plain scan before the pattern's search, which tries every place of the text ("\b(?:heute|gestern)
 * \s*…" finds nothing in a line that holds neither word, but only after trying each of its characters).
 *
 * <p>The gate is a list of clauses that must all hold; a clause holds when the text holds one of its literals
 * (compared as a case-insensitive pattern compares them, whatever the pattern's flags) or, for {@code \d}, a
 * digit. It is read from the pattern's text: literal characters, groups, alternatives, quantifiers, classes,
 * escapes, quotations and lookarounds. A construct it does not know (a back reference, a pattern with comments)
 * gives no gate: the pattern is then always searched. A gate never refuses a text the pattern matches; it may
 * admit one it does not match.
 */
final class LiteralGate {

    /** The gate of a pattern nothing is read from: admits every text. */
    static final LiteralGate NONE = new LiteralGate(List.of());

    /** Stands in a clause for "a decimal digit" ({@code \d}): no literal read is empty. */
    private static final String DIGIT = "";

    private final List<List<String>> clauses;
    /** For each clause: whether a digit holds it. */
    private final boolean[] digit;
    /** For each clause: its literals, and the first character of each as case folding writes it. */
    private final String[][] literals;
    private final String[] firsts;

    private LiteralGate(List<List<String>> clauses) {
        this.clauses = clauses;
        digit = new boolean[clauses.size()];
        literals = new String[clauses.size()][];
        firsts = new String[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            digit[c] = clauses.get(c).contains(DIGIT);
            literals[c] = clauses.get(c).stream().filter(l -> !l.isEmpty()).toArray(String[]::new);
            StringBuilder first = new StringBuilder();
            for (String literal : literals[c]) {
                first.append(fold(literal.charAt(0)));
            }
            firsts[c] = first.toString();
        }
    }

    /** The gate read from {@code pattern}, or {@link #NONE} when its text holds a construct the reading skips. */
    static LiteralGate of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return NONE;
        }
        try {
            Reader reader = new Reader(pattern.pattern());
            List<List<String>> clauses = reader.alternatives();
            if (reader.position < reader.regex.length()) {
                return NONE;
            }
            // the rarest first: the longest shortest literal; a digit is the commonest
            List<List<String>> sorted = new ArrayList<>(new LinkedHashSet<>(clauses));
            sorted.sort(Comparator.comparingInt(LiteralGate::weight).reversed());
            return new LiteralGate(List.copyOf(sorted));
        } catch (Unsupported e) {
            return NONE;
        }
    }

    /** The clauses, for tests: each a list of literals, an empty one for a digit. */
    List<List<String>> clauses() {
        return clauses;
    }

    /** Whether the pattern may match in {@code text}: false only when it cannot. */
    boolean admits(String text) {
        return admits(text, 0);
    }

    /**
     * Whether the pattern may match in {@code text} at or after {@code from} (what it looks behind for may stand
     * before): false only when it cannot.
     */
    boolean admits(String text, int from) {
        for (int c = 0; c < literals.length; c++) {
            if (!(digit[c] && holdsDigit(text, from) || holdsAny(text, from, literals[c], firsts[c]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} holds one of {@code literals}, each character compared as a pattern compiled
     * case-insensitive with Unicode case compares it (the same upper case, or the same lower case of the upper
     * case, as {@link String#regionMatches(boolean, int, String, int, int)} compares them); a place whose character
     * folds to none of the literals' first ones is passed with one look-up.
     */
    private static boolean holdsAny(String text, int from, String[] literals, String firsts) {
        if (literals.length == 0) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char f = fold(text.charAt(i));
            if (firsts.indexOf(f) < 0) {
                continue;
            }
            for (int l = 0; l < literals.length; l++) {
                if (firsts.charAt(l) == f && text.regionMatches(true, i, literals[l], 0, literals[l].length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A character as a case-insensitive comparison sees it: two are alike when these are the same. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean holdsDigit(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static int weight(List<String> clause) {
        return clause.stream().mapToInt(l -> l.isEmpty() ? 0 : l.length()).min().orElse(0);
    }

    /** A construct the reading does not know. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Reads a pattern's text: each method returns the clauses what it read requires, none when nothing. */
    private static final class Reader {
        final String regex;
        int position;

        Reader(String regex) {
            this.regex = regex;
        }

        /** {@code a|b|c} up to a closing bracket or the end: one clause, a literal of each alternative. */
        List<List<String>> alternatives() throws Unsupported {
            List<List<List<String>>> each = new ArrayList<>();
            each.add(sequence());
            while (position < regex.length() && regex.charAt(position) == '|') {
                position++;
                each.add(sequence());
            }
            if (each.size() == 1) {
                return each.get(0);
            }
            Set<String> union = new LinkedHashSet<>();
            for (List<List<String>> alternative : each) {
                if (alternative.isEmpty()) {
                    return List.of();
                }
                union.addAll(alternative.stream().max(Comparator.comparingInt(LiteralGate::weight)
                        .thenComparing(c -> -c.size())).orElseThrow());
            }
            return List.of(List.copyOf(union));
        }

        /** Items one after another: every clause of each item that must be there. */
        private List<List<String>> sequence() throws Unsupported {
            List<List<String>> clauses = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (position < regex.length() && regex.charAt(position) != '|' && regex.charAt(position) != ')') {
                char c = regex.charAt(position);
                List<List<String>> item;
                int literal = -1;
                if (c == '(') {
                    item = group();
                } else if (c == '[') {
                    skipClass();
                    item = List.of();
                } else if (c == '\\') {
                    item = List.of();
                    char e = next(position + 1);
                    position += 2;
                    if (e == 'd') {
                        item = List.of(List.of(DIGIT));
                    } else if (e == 'Q') {
                        // a quotation (Pattern.quote): its characters stand for themselves, a quantifier after it
                        // for its last one
                        int end = regex.indexOf("\\E", position);
                        String quoted = regex.substring(position, end < 0 ? regex.length() : end);
                        position = end < 0 ? regex.length() : end + 2;
                        if (quoted.chars().anyMatch(q -> Character.isSurrogate((char) q))) {
                            throw new Unsupported();
                        }
                        if (!quoted.isEmpty()) {
                            run.append(quoted, 0, quoted.length() - 1);
                            literal = quoted.charAt(quoted.length() - 1);
                        }
                    } else if (e == 'p' || e == 'P') {
                        skipProperty();
                    } else if ("sSwWbBDhHvVRXzZAG".indexOf(e) >= 0) {
                        // a class or a boundary: nothing to read
                    } else if (!Character.isLetterOrDigit(e) && !Character.isSurrogate(e)) {
                        literal = e;
                    } else {
                        // a back reference, a code (x, u, t, n…): not read
                        throw new Unsupported();
                    }
                } else if (c == '.' || c == '^' || c == '$') {
                    position++;
                    item = List.of();
                } else if (Character.isSurrogate(c) || c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unsupported();
                } else {
                    position++;
                    item = List.of();
                    literal = c;
                }
                int min = quantifier();
                if (literal >= 0 && min == 1 && !quantified) {
                    run.append((char) literal);
                    continue;
                }
                flush(run, clauses);
                if (literal >= 0 && min >= 1) {
                    clauses.add(List.of(String.valueOf((char) literal)));
                } else if (min >= 1) {
                    clauses.addAll(item);
                }
            }
            flush(run, clauses);
            return clauses;
        }

        private static void flush(StringBuilder run, List<List<String>> clauses) {
            if (!run.isEmpty()) {
                clauses.add(List.of(run.toString()));
                run.setLength(0);
            }
        }

        /** Set by {@link #quantifier()}: whether the item before had one. */
        private boolean quantified;

        /** Reads a quantifier, if one follows: the fewest times the item before must be there. */
        private int quantifier() throws Unsupported {
            quantified = true;
            int min;
            char c = next(position);
            if (c == '?' || c == '*') {
                min = 0;
                position++;
            } else if (c == '+') {
                min = 1;
                position++;
            } else if (c == '{') {
                int close = regex.indexOf('}', position);
                if (close < 0) {
                    throw new Unsupported();
                }
                String bounds = regex.substring(position + 1, close);
                int comma = bounds.indexOf(',');
                try {
                    min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                position = close + 1;
            } else {
                quantified = false;
                return 1;
            }
            char mode = next(position);
            if (mode == '?' || mode == '+') {
                position++;
            }
            return min;
        }

        /** A group: its alternatives' clauses; a lookaround's or a flag setting's, none. */
        private List<List<String>> group() throws Unsupported {
            position++;
            boolean read = true;
            if (next(position) == '?') {
                char kind = next(position + 1);
                if (kind == ':' || kind == '>') {
                    position += 2;
                } else if (kind == '=' || kind == '!') {
                    position += 2;
                    read = false;
                } else if (kind == '<' && (next(position + 2) == '=' || next(position + 2) == '!')) {
                    position += 3;
                    read = false;
                } else if (kind == '<') {
                    int close = regex.indexOf('>', position);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    position = close + 1;
                } else {
                    // flags: (?i) sets them for what follows, (?i:…) for the group; case is ignored anyway
                    int i = position + 1;
                    while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
                        if (regex.charAt(i) == 'x') {
                            throw new Unsupported();
                        }
                        i++;
                    }
                    char end = next(i);
                    if (end == ')') {
                        position = i + 1;
                        return List.of();
                    } else if (end == ':') {
                        position = i + 1;
                    } else {
                        throw new Unsupported();
                    }
                }
            }
            List<List<String>> inside = alternatives();
            if (next(position) != ')') {
                throw new Unsupported();
            }
            position++;
            return read ? inside : List.of();
        }

        /** Skips {@code [...]}, classes within it and escapes included. */
        private void skipClass() throws Unsupported {
            int depth = 0;
            while (position < regex.length()) {
                char c = regex.charAt(position);
                if (c == '\\') {
                    char e = next(position + 1);
                    if (e == 'Q') {
                        throw new Unsupported();
                    }
                    position += 2;
                    if (e == 'p' || e == 'P') {
                        skipProperty();
                    }
                    continue;
                }
                if (c == '[') {
                    depth++;
                    position++;
                    if (next(position) == '^') {
                        position++;
                    }
                    if (next(position) == ']') {
                        // "[]…]": whether the ']' closes the class is not read
                        throw new Unsupported();
                    }
                    continue;
                }
                position++;
                if (c == ']' && --depth == 0) {
                    return;
                }
            }
            throw new Unsupported();
        }

        /** Skips the name of {@code \p} or {@code \P}: one letter, or a name in braces. */
        private void skipProperty() throws Unsupported {
            if (next(position) == '{') {
                int close = regex.indexOf('}', position);
                if (close < 0) {
                    throw new Unsupported();
                }
                position = close + 1;
            } else {
                position++;
            }
        }

        private char next(int i) {
            return i < regex.length() ? regex.charAt(i) : '\0';
        }
    }
}
