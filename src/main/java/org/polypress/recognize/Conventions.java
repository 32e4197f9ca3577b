package org.polypress.recognize;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.polypress.model.Role;

/**
 * One language's newsroom conventions, compiled: month names, date patterns, byline words, caption
 * credit patterns, credit-line patterns, agency datelines and heading limits.
 */
public record Conventions(
        String language,
        Map<String, Integer> months,
        Map<String, String> zones,
        List<Pattern> dates,
        Pattern dateLabel,
        List<String> bylinePrefixes,
        List<Pattern> bylineStrip,
        Pattern nameSeparator,
        List<Pattern> captionCredits,
        List<String> captionOpeners,
        List<NoteRule> notes,
        List<Pattern> datelines,
        int headingMaxWords,
        int headingMaxChars) {

    /** A credit line pattern and the role of the names it matches. */
    public record NoteRule(Role role, Pattern pattern) {
    }

    public Conventions {
        Objects.requireNonNull(language, "language");
        months = Map.copyOf(months);
        zones = Map.copyOf(zones);
        dates = List.copyOf(dates);
        Objects.requireNonNull(dateLabel, "dateLabel");
        bylinePrefixes = List.copyOf(bylinePrefixes);
        bylineStrip = List.copyOf(bylineStrip);
        Objects.requireNonNull(nameSeparator, "nameSeparator");
        captionCredits = List.copyOf(captionCredits);
        captionOpeners = List.copyOf(captionOpeners);
        notes = List.copyOf(notes);
        datelines = List.copyOf(datelines);
        if (headingMaxWords <= 0 || headingMaxChars <= 0) {
            throw new IllegalArgumentException(language + ": heading limits must be positive");
        }
    }

    /** Compiles a conventions file; {@code origin} names it in error messages. */
    static Conventions compile(ConventionsFile file, String origin) {
        Map<String, Integer> months = lowerKeys(orEmpty(file.months()));
        Map<String, String> zones = orEmpty(file.zones());
        Compiler compiler = new Compiler(origin, alternation("month", months.keySet(), true),
                alternation("zone", zones.keySet(), false));
        ConventionsFile.BylineSection byline = file.byline() == null
                ? new ConventionsFile.BylineSection(List.of(), List.of()) : file.byline();
        ConventionsFile.CaptionSection captions = file.captions() == null
                ? new ConventionsFile.CaptionSection(List.of(), List.of()) : file.captions();
        ConventionsFile.HeadingSection headings = file.headings() == null
                ? new ConventionsFile.HeadingSection(14, 120) : file.headings();
        List<NoteRule> notes = orEmpty(file.notes()).stream()
                .map(n -> new NoteRule(Role.ofCode(n.role()), compiler.compile(n.pattern())))
                .toList();
        return new Conventions(
                Objects.requireNonNull(file.language(), origin + ": language is missing"),
                months, zones,
                compiler.compileAll(file.dates()),
                dateLabel(orEmpty(file.dateLabels())),
                orEmpty(byline.prefixes()),
                compiler.compileAll(byline.strip()),
                separator(orEmpty(file.nameSeparators())),
                compiler.compileAll(captions.credits()),
                orEmpty(captions.openers()),
                notes,
                compiler.compileAll(file.datelines()),
                headings.maxWords(), headings.maxChars());
    }

    /** The month number for a month name as written, or 0. */
    public int month(String name) {
        return months.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    private static String alternation(String group, java.util.Set<String> words, boolean ignoreCase) {
        if (words.isEmpty()) {
            return "(?<" + group + ">(?!))";
        }
        String alternatives = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return "(?<" + group + ">" + (ignoreCase ? "(?iu:" : "(?:") + alternatives + "))";
    }

    /** The words that label a date ("Updated:"), as they stand right before it. */
    private static Pattern dateLabel(List<String> labels) {
        if (labels.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?iu)(?:" + labels.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\s*[:：]?\\s*$");
    }

    /**
     * One pattern for the ways names are joined; a separator written with spaces around it (" and ")
     * is a word and needs whitespace on both sides.
     */
    private static Pattern separator(List<String> separators) {
        if (separators.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(separators.stream()
                .map(s -> s.startsWith(" ") || s.endsWith(" ")
                        ? "\\s+" + Pattern.quote(s.strip()) + "\\s+" : Pattern.quote(s))
                .collect(Collectors.joining("|")), Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static Map<String, Integer> lowerKeys(Map<String, Integer> months) {
        Map<String, Integer> lower = new TreeMap<>();
        months.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** Expands the placeholders and compiles, naming the file in the error. */
    private record Compiler(String origin, String month, String zone) {
        Pattern compile(String regex) {
            String expanded = regex.replace("{MONTH}", month).replace("{ZONE}", zone);
            try {
                return Pattern.compile(expanded, Pattern.UNICODE_CHARACTER_CLASS);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ": bad pattern " + regex + ": " + e.getDescription(), e);
            }
        }

        List<Pattern> compileAll(List<String> regexes) {
            return orEmpty(regexes).stream().map(this::compile).toList();
        }
    }
}
