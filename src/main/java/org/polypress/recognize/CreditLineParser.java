package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.polypress.model.Credit;

/**
 * Recognizes credit lines: {@code (Tuo Zhouyu, as an intern, also contributed to this article.)},
 * {@code (Web editor: Hongyu, Wu Chengliang)}, {@code Source: Xinhua}, {@code Reporting by A; Editing by B}.
 * A line is a credit line only when all of it is: each part (split at ";") matches one of the
 * language's patterns and names only plausible names.
 */
final class CreditLineParser {

    /** Longer than this, a line is running text that mentions an editor, not a credit line. */
    private static final int MAX_CHARS = 300;
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[;；]");

    private CreditLineParser() {
    }

    /** The credits of {@code line}, each carrying the line as written as its note. */
    static Optional<List<Credit>> parse(String line, Conventions conventions) {
        if (line.length() > MAX_CHARS || conventions.notes().isEmpty()) {
            return Optional.empty();
        }
        List<Credit> credits = new ArrayList<>();
        for (String part : PARTS.split(unbracket(line))) {
            if (part.isBlank()) {
                continue;
            }
            Optional<List<Credit>> partCredits = parsePart(part.strip(), line, conventions);
            if (partCredits.isEmpty()) {
                return Optional.empty();
            }
            credits.addAll(partCredits.get());
        }
        return credits.isEmpty() ? Optional.empty() : Optional.of(credits);
    }

    private static Optional<List<Credit>> parsePart(String part, String line, Conventions conventions) {
        for (Conventions.NoteRule rule : conventions.notes()) {
            Matcher m = rule.pattern().matcher(part);
            if (m.matches()) {
                List<String> names = NameList.split(m.group("names"), conventions);
                if (!NameList.plausible(names)) {
                    continue;
                }
                return Optional.of(names.stream().map(n -> new Credit(n, rule.role(), line)).toList());
            }
        }
        return Optional.empty();
    }

    /** The line without one pair of brackets around all of it. */
    static String unbracket(String line) {
        String s = line.strip();
        if (s.length() > 2 && (s.startsWith("(") && s.endsWith(")") || s.startsWith("（") && s.endsWith("）"))) {
            String inner = s.substring(1, s.length() - 1);
            // "(a) and (b)" is not one bracketed line
            if (inner.indexOf(')') < 0 && inner.indexOf('）') < 0) {
                return inner.strip();
            }
        }
        return s;
    }
}
