package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.model.Byline;

/**
 * Reads a byline such as {@code By Sheng Chuyi (People's Daily Online) 14:38, July 05, 2024} or
 * {@code By A and B | China Daily | Updated: 2024-07-05 14:38} into authors, publication and date.
 */
final class BylineParser {

    /** A byline longer than this is a sentence that happens to start with "By". */
    private static final int MAX_WORDS = 40;
    /**
     * A publication in brackets after the names: "Sheng Chuyi (People's Daily Online)", "盛初一（人民网）",
     * not "[x](y)".
     */
    private static final Pattern PARENTHETICAL = Pattern.compile("(?<=\\s)\\(([^()]+)\\)|（([^（）]+)）");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[|｜·•]\\s*");

    /** A parsed byline and the date it holds, if any. */
    record Parsed(Byline byline, DateRecognizer.Found date) {
    }

    private BylineParser() {
    }

    /**
     * A byline written as a whole-line pattern of the language ({@code 新华社记者 宋晨}, {@code 홍길동 기자}),
     * whose names may be absent ({@code 新华社记者} alone).
     */
    static Optional<Parsed> parsePattern(String text, Conventions conventions) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        for (Pattern pattern : conventions.bylinePatterns()) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                String names = DateRecognizer.group(m, "names");
                List<String> authors = names == null || names.isBlank() ? List.of() : NameList.split(names, conventions);
                if (!authors.isEmpty() && !NameList.plausible(authors)) {
                    continue;
                }
                String publication = DateRecognizer.group(m, "publication");
                return Optional.of(new Parsed(new Byline(text, authors,
                        publication == null || publication.isBlank() ? null : publication.strip()), null));
            }
        }
        return Optional.empty();
    }

    /** The byline in {@code text}, when it is one by the language's conventions. */
    static Optional<Parsed> parse(String text, Conventions conventions) {
        Optional<String> rest = afterPrefix(text, conventions);
        if (rest.isEmpty() || text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        String remaining = rest.get();
        DateRecognizer.Found date = DateRecognizer.find(remaining, conventions).orElse(null);
        if (date != null) {
            String before = stripLabel(remaining.substring(0, date.start()), conventions);
            remaining = before + " " + remaining.substring(date.end());
        }
        String publication = null;
        Matcher paren = PARENTHETICAL.matcher(remaining);
        if (paren.find()) {
            publication = (paren.group(1) != null ? paren.group(1) : paren.group(2)).strip();
            remaining = remaining.substring(0, paren.start()) + " " + remaining.substring(paren.end());
        }
        List<String> segments = new ArrayList<>();
        for (String segment : SEGMENT_SEPARATOR.split(remaining.strip())) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        if (publication == null && segments.size() > 1) {
            publication = segments.get(1);
        }
        List<String> authors = NameList.split(stripNonNames(segments.get(0), conventions), conventions);
        if (!NameList.plausible(authors)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(new Byline(text, authors, publication), date));
    }

    private static Optional<String> afterPrefix(String text, Conventions conventions) {
        for (String prefix : conventions.bylinePrefixes()) {
            if (text.length() > prefix.length() + 1 && text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String rest = text.substring(prefix.length());
                // "By Li", "Автор: Иванов", "作者：宋晨", and prefixes that end in their own mark ("文／")
                boolean separated = Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == ':'
                        || rest.charAt(0) == '：' || !Character.isLetter(prefix.codePointBefore(prefix.length()));
                String name = rest.replaceFirst("^[\\s:：]+", "");
                if (separated && !name.isEmpty() && startsLikeAName(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** A name starts with a capital letter, or with a letter of a script without case. */
    private static boolean startsLikeAName(String text) {
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || (Character.isLetter(cp) && !Character.isLowerCase(cp));
    }

    private static String stripLabel(String beforeDate, Conventions conventions) {
        String stripped = beforeDate.replaceFirst("[\\s|｜·•,]+$", "");
        Matcher m = conventions.dateLabel().matcher(stripped);
        return m.find() ? stripped.substring(0, m.start()) : stripped;
    }

    private static String stripNonNames(String names, Conventions conventions) {
        String stripped = names;
        for (Pattern strip : conventions.bylineStrip()) {
            stripped = strip.matcher(stripped).replaceFirst("");
        }
        return stripped;
    }
}
