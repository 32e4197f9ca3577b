package org.polypress.recognize;

import java.time.ZoneId;
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
        ZoneId zone,
        Map<String, Integer> months,
        Map<String, Integer> solarHijriMonths,
        Map<String, String> zones,
        Map<String, String> meridiem,
        List<Pattern> dates,
        List<LiteralGate> dateGates,
        List<Pattern> relativeDates,
        List<LiteralGate> relativeDateGates,
        Pattern dateLabel,
        Pattern modifiedLabel,
        List<String> bylinePrefixes,
        List<Pattern> bylinePatterns,
        List<Pattern> bylineStrip,
        Pattern name,
        Pattern nameSeparator,
        List<CaptionCredit> captionCredits,
        List<NoteRule> captionCreditLines,
        List<String> captionOpeners,
        List<NoteRule> notes,
        List<NoteRule> trailingCredits,
        List<String> endMarkers,
        List<String> pageControls,
        List<Pattern> datelines,
        int headingMaxWords,
        int headingMaxChars,
        java.util.Set<String> agencies,
        Pattern furniture,
        List<String> captionLabels,
        List<String> kickers,
        java.util.Set<String> staffTitles,
        List<String> relatedLabels,
        List<String> captionMarks,
        Pattern editorNotes) {

    /** The small words of surnames: "Monique de Cleur", "Ursula von der Leyen", "Ahmed bin Ali". */
    static final java.util.Set<String> PARTICLE_WORDS = java.util.Set.of("de", "da", "di", "do", "del", "della", "dei",
            "dos", "das", "du", "van", "von", "der", "den", "ten", "ter", "zu", "la", "le", "bin", "ibn", "al", "el",
            "af", "y");

    /** Up to two of the small words of surnames before a name's next word, as a pattern. */
    static final String NAME_PARTICLES = "(?:(?:" + PARTICLE_WORDS.stream().sorted().collect(Collectors.joining("|"))
            + ")\\s+){0,2}";

    /**
     * A name standing alone, in scripts with capitals: two to four capitalized words or initials, the small words
     * of surnames between them, an agency in brackets allowed after it ("Florion Goga (REUTERS)").
     */
    static final String DEFAULT_NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?:\\s+" + NAME_PARTICLES
            + "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?){1,3}(?:\\s+\\([\\p{Lu} .&-]{2,20}\\))?";

    /** A line of the page's controls is a line: a share bar naming every network stays under this. */
    private static final int MAX_CONTROLS_CHARS = 400;
    /** Matches nothing: the furniture of conventions that list none. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    /** What stands between a page's controls: "Print | Share", "打印 · 分享". */
    private static final Pattern CONTROL_SEPARATORS = Pattern.compile("[\\s|·•/,:;]*");

    /** A credit line pattern and the role of the names it matches. */
    public record NoteRule(Role role, Pattern pattern) {
    }

    public Conventions {
        Objects.requireNonNull(language, "language");
        months = Map.copyOf(months);
        solarHijriMonths = Map.copyOf(solarHijriMonths);
        zones = Map.copyOf(zones);
        meridiem = Map.copyOf(meridiem);
        dates = List.copyOf(dates);
        dateGates = List.copyOf(dateGates);
        if (dateGates.size() != dates.size()) {
            throw new IllegalArgumentException(language + ": one gate for each date pattern");
        }
        relativeDates = List.copyOf(relativeDates);
        relativeDateGates = List.copyOf(relativeDateGates);
        if (relativeDateGates.size() != relativeDates.size()) {
            throw new IllegalArgumentException(language + ": one gate for each relative-date pattern");
        }
        bylinePatterns = List.copyOf(bylinePatterns);
        Objects.requireNonNull(name, "name");
        captionCreditLines = List.copyOf(captionCreditLines);
        trailingCredits = List.copyOf(trailingCredits);
        endMarkers = List.copyOf(endMarkers);
        // longest first: "大字号" is taken whole before "字号" could leave "大" behind
        pageControls = pageControls.stream().map(c -> c.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Objects.requireNonNull(dateLabel, "dateLabel");
        Objects.requireNonNull(modifiedLabel, "modifiedLabel");
        bylinePrefixes = List.copyOf(bylinePrefixes);
        bylineStrip = List.copyOf(bylineStrip);
        Objects.requireNonNull(nameSeparator, "nameSeparator");
        captionCredits = List.copyOf(captionCredits);
        captionOpeners = List.copyOf(captionOpeners);
        notes = List.copyOf(notes);
        datelines = List.copyOf(datelines);
        agencies = agencies.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(furniture, "furniture");
        Objects.requireNonNull(editorNotes, "editorNotes");
        captionLabels = List.copyOf(captionLabels);
        captionMarks = List.copyOf(captionMarks);
        kickers = kickers.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        relatedLabels = relatedLabels.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        staffTitles = staffTitles.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (headingMaxWords <= 0 || headingMaxChars <= 0) {
            throw new IllegalArgumentException(language + ": heading limits must be positive");
        }
    }

    /** Compiles a conventions file; {@code origin} names it in error messages. */
    static Conventions compile(ConventionsFile file, String origin) {
        Map<String, Integer> months = lowerKeys(orEmpty(file.months()));
        Map<String, Integer> solarHijriMonths = lowerKeys(orEmpty(file.solarHijriMonths()));
        Map<String, String> zones = orEmpty(file.zones());
        Compiler compiler = new Compiler(origin, alternation("month", months.keySet(), true),
                alternation("solarMonth", solarHijriMonths.keySet(), true), alternation("zone", zones.keySet(), false));
        ConventionsFile.BylineSection byline = file.byline() == null
                ? new ConventionsFile.BylineSection(List.of(), List.of(), List.of(), null, List.of()) : file.byline();
        ConventionsFile.CaptionSection captions = file.captions() == null
                ? new ConventionsFile.CaptionSection(List.of(), List.of(), List.of(), List.of(), List.of()) : file.captions();
        ConventionsFile.HeadingSection headings = file.headings() == null
                ? new ConventionsFile.HeadingSection(14, 120) : file.headings();
        return new Conventions(
                Objects.requireNonNull(file.language(), origin + ": language is missing"),
                file.zone() == null ? null : ZoneId.of(file.zone()),
                months, solarHijriMonths, zones, lowerStringKeys(orEmpty(file.meridiem())),
                compiler.compileAll(file.dates()),
                gates(compiler.compileAll(file.dates())),
                compiler.compileAll(file.relativeDates()),
                gates(compiler.compileAll(file.relativeDates())),
                dateLabel(orEmpty(file.dateLabels())),
                modifiedLabel(orEmpty(file.modifiedLabels())),
                orEmpty(byline.prefixes()),
                compiler.compileAll(byline.patterns()),
                compiler.compileAll(byline.strip()),
                compiler.compile(byline.name() == null ? DEFAULT_NAME
                        : byline.name().replace("{PARTICLES}", NAME_PARTICLES)),
                separator(orEmpty(file.nameSeparators())),
                requireGroup(compiler.compileAll(captions.credits()), "credit", origin + " captions.credits").stream()
                        .map(CaptionCredit::of).toList(),
                requireGroups(rules(captions.creditLines(), compiler), "who", origin + " captions.creditLines"),
                orEmpty(captions.openers()),
                requireGroups(rules(file.notes(), compiler), "names", origin + " notes"),
                requireGroups(rules(file.trailingCredits(), compiler), "names", origin + " trailingCredits"),
                orEmpty(file.endMarkers()),
                orEmpty(file.pageControls()),
                compiler.compileAll(file.datelines()),
                headings.maxWords(), headings.maxChars(),
                java.util.Set.copyOf(orEmpty(file.agencies())),
                anyOf(compiler.compileAll(file.furniture())),
                orEmpty(captions.labels()),
                orEmpty(file.kickers()),
                java.util.Set.copyOf(orEmpty(byline.titles())),
                orEmpty(file.relatedLabels()),
                orEmpty(captions.marks()),
                anyOf(compiler.compileAll(file.editorNotes())));
    }

    /**
     * These conventions with what every newsroom shares ({@code und.yaml}) added: the agencies that credit pictures
     * and stories everywhere, the furniture every site prints (share buttons named after the networks), ISO dates,
     * rights lines.
     */
    Conventions sharing(Conventions shared) {
        if (shared == this) {
            return this;
        }
        java.util.Set<String> allAgencies = new java.util.HashSet<>(agencies);
        allAgencies.addAll(shared.agencies());
        Pattern allFurniture = anyOf(List.of(furniture, shared.furniture()));
        List<String> allControls = new java.util.ArrayList<>(pageControls);
        shared.pageControls().stream().filter(c -> !pageControls.contains(c)).forEach(allControls::add);
        List<Pattern> allDates = union(dates, shared.dates());
        List<CaptionCredit> allCredits = unionOfCredits(captionCredits, shared.captionCredits());
        List<String> allMarks = new java.util.ArrayList<>(captionMarks);
        shared.captionMarks().stream().filter(m -> !captionMarks.contains(m)).forEach(allMarks::add);
        // rights lines ("© 2025 …. All rights reserved.") are written alike everywhere
        List<NoteRule> allNotes = new java.util.ArrayList<>(notes);
        shared.notes().stream().filter(r -> notes.stream()
                .noneMatch(o -> o.pattern().pattern().equals(r.pattern().pattern()))).forEach(allNotes::add);
        List<NoteRule> allCreditLines = new java.util.ArrayList<>(captionCreditLines);
        shared.captionCreditLines().stream().filter(r -> captionCreditLines.stream()
                .noneMatch(o -> o.pattern().pattern().equals(r.pattern().pattern()))).forEach(allCreditLines::add);
        return new Conventions(language, zone, months, solarHijriMonths, zones, meridiem, allDates, gates(allDates), relativeDates,
                relativeDateGates, dateLabel, modifiedLabel, bylinePrefixes, bylinePatterns, bylineStrip, name, nameSeparator, allCredits,
                allCreditLines, captionOpeners, allNotes, trailingCredits, endMarkers, allControls, datelines,
                headingMaxWords, headingMaxChars, allAgencies, allFurniture, captionLabels, kickers, staffTitles,
                relatedLabels, allMarks, anyOf(List.of(editorNotes, shared.editorNotes())));
    }

    /**
     * These conventions reading dates as {@code other} writes them: its month names, a.m./p.m., zone names, date
     * patterns (ours among them) and date labels; everything else ours.
     */
    Conventions readingDatesAs(Conventions other) {
        Map<String, String> allZones = new java.util.LinkedHashMap<>(zones);
        other.zones().forEach(allZones::putIfAbsent);
        return new Conventions(language, zone, other.months(), other.solarHijriMonths(), Map.copyOf(allZones),
                other.meridiem(), union(other.dates(), dates), gates(union(other.dates(), dates)),
                union(other.relativeDates(), relativeDates),
                gates(union(other.relativeDates(), relativeDates)), other.dateLabel(), other.modifiedLabel(), bylinePrefixes, bylinePatterns, bylineStrip, name,
                nameSeparator, captionCredits, captionCreditLines, captionOpeners, notes, trailingCredits, endMarkers,
                pageControls, datelines, headingMaxWords, headingMaxChars, agencies, furniture, captionLabels, kickers,
                staffTitles, relatedLabels, captionMarks, editorNotes);
    }

    /**
     * What a text must hold for each pattern to match in it, read once here: a relative-date pattern opens with
     * {@code \b}, which a search tries at every place of every short block without a date; a date pattern needs a
     * month's name, which a block with figures but no month lacks.
     */
    private static List<LiteralGate> gates(List<Pattern> patterns) {
        return patterns.stream().map(LiteralGate::of).toList();
    }

    /** {@code own} and the patterns of {@code shared} it lacks, in that order. */
    private static List<Pattern> union(List<Pattern> own, List<Pattern> shared) {
        List<Pattern> all = new java.util.ArrayList<>(own);
        shared.stream().filter(p -> own.stream().noneMatch(o -> o.pattern().equals(p.pattern()))).forEach(all::add);
        return all;
    }

    /** {@code own} and the credits of {@code shared} whose pattern it lacks, in that order. */
    private static List<CaptionCredit> unionOfCredits(List<CaptionCredit> own, List<CaptionCredit> shared) {
        List<CaptionCredit> all = new java.util.ArrayList<>(own);
        shared.stream().filter(c -> own.stream().noneMatch(o -> o.pattern().pattern().equals(c.pattern().pattern())))
                .forEach(all::add);
        return all;
    }

    /**
     * Whether a block is a note of the editors on the article itself, naming no one: where it first appeared, that
     * it is a translation, what was corrected ("This article was originally published in …", "Dieser Artikel ist
     * eine Übersetzung …"). It is kept among the notes, not the text.
     */
    public boolean isEditorNote(String block) {
        return editorNotes.matcher(block.strip()).matches();
    }

    /**
     * Whether a block is the page's furniture, not the article's: only its controls ("Print | Share"), only symbols
     * ("•", "***"), or a whole line the language's sites print around every article ("5 min read", "Advertisement").
     */
    public boolean isFurniture(String block) {
        if (block.codePoints().noneMatch(Character::isLetterOrDigit) || isPageControls(block)) {
            return true;
        }
        return furniture.matcher(block).matches();
    }

    /**
     * Whole-line patterns as one alternation, built once: a block is tried once, not once per pattern; none matches
     * nothing.
     */
    private static Pattern anyOf(List<Pattern> patterns) {
        return patterns.isEmpty() ? NOTHING : Pattern.compile(patterns.stream().map(p -> "(?:" + p.pattern() + ")")
                .collect(Collectors.joining("|")), Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * Whether {@code word} is (or, in a compound, ends with) one of the words of a staff title the language prints
     * after a byline's name ("Correspondent", "Redakteurin", "Wirtschaftsredakteur").
     */
    public boolean isStaffTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        if (w.isEmpty()) {
            return false;
        }
        for (String title : staffTitles) {
            if (w.equals(title) || title.length() >= 6 && w.endsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code block} is a label that announces links to other stories ("Read more:", "Auch interessant",
     * "Lire aussi :"), alone or with the first link after it ("Read more: Storm closes schools").
     */
    public boolean isRelatedLabel(String block) {
        String text = block.strip().toLowerCase(Locale.ROOT);
        for (String label : relatedLabels) {
            if (label.endsWith("…")) {
                // "Most read in …": the label and a section's name of up to three words ("Most read in Football")
                String opening = label.substring(0, label.length() - 1);
                if (text.startsWith(opening) && text.length() > opening.length()
                        && text.substring(opening.length()).strip().split("\\s+").length <= 3) {
                    return true;
                }
                continue;
            }
            if (text.equals(label) || text.startsWith(label) && (text.length() == label.length()
                    || ":：".indexOf(text.charAt(label.length())) >= 0 || label.endsWith(":"))) {
                return true;
            }
            if (text.startsWith(label) && extendsLabel(label, text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} is a label of several words said on with a few more ("Read more about the budget",
     * "Lesen Sie hier mehr aus der Finanzwelt", "Mehr zum Thema Klima"): a label names a topic, it closes no
     * sentence. A one-word label ("Watch", "Related") said on is a heading or a sentence of the story's own.
     */
    private static boolean extendsLabel(String label, String text) {
        if (label.indexOf(' ') < 0 || label.endsWith(":") || text.length() == label.length()
                || !Character.isWhitespace(text.charAt(label.length()))) {
            return false;
        }
        String rest = text.substring(label.length()).strip();
        return !rest.isEmpty() && rest.split("\\s+").length <= MAX_LABEL_EXTENSION_WORDS
                && ".!?。！？…\"”»".indexOf(rest.charAt(rest.length() - 1)) < 0;
    }

    /** How many words a label of several words may be said on with ("aus der Finanzwelt"). */
    private static final int MAX_LABEL_EXTENSION_WORDS = 4;

    /**
     * Whether {@code text} points at a person's place in a picture ("Jane Doe (left) with …", "(l.)", "(à gauche)"),
     * as only a photo caption does.
     */
    public boolean hasCaptionMark(String text) {
        for (String mark : captionMarks) {
            if (text.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code label} is one of the language's section labels set above headlines ("Opinion", "Analyse"). */
    public boolean isKicker(String label) {
        return kickers.contains(label.strip().replaceFirst("[:：|]$", "").strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is an agency that credits pictures or stories ("AFP", "Getty Images"). */
    public boolean isAgency(String name) {
        return agencies.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A pattern without the group its key reads would fail on every article: refuse it at start-up. */
    private static List<Pattern> requireGroup(List<Pattern> patterns, String group, String where) {
        for (Pattern pattern : patterns) {
            if (!pattern.pattern().contains("(?<" + group + ">")) {
                throw new IllegalArgumentException(where + ": pattern has no group '" + group + "': " + pattern);
            }
        }
        return patterns;
    }

    private static List<NoteRule> requireGroups(List<NoteRule> rules, String group, String where) {
        requireGroup(rules.stream().map(NoteRule::pattern).toList(), group, where);
        return rules;
    }

    private static List<NoteRule> rules(List<ConventionsFile.NoteSection> sections, Compiler compiler) {
        return orEmpty(sections).stream()
                .map(n -> new NoteRule(Role.ofCode(n.role()), compiler.compile(n.pattern())))
                .toList();
    }

    /**
     * Whether a block is only a page's controls, copied or extracted with the article ("小字号", "Print | Share"):
     * with every control's label and the separators between them taken out, nothing is left.
     */
    public boolean isPageControls(String block) {
        if (pageControls.isEmpty() || block.length() > MAX_CONTROLS_CHARS) {
            return false;
        }
        String rest = block.toLowerCase(Locale.ROOT);
        boolean found = false;
        for (String label : pageControls) {
            if (rest.contains(label)) {
                found = true;
                rest = rest.replace(label, " ");
            }
        }
        return found && CONTROL_SEPARATORS.matcher(rest).matches();
    }

    /** The month number for a month name as written, or 0. */
    public int month(String name) {
        return months.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** The Solar Hijri month number (فروردین is 1) for a month name as written, or 0. */
    public int solarHijriMonth(String name) {
        return solarHijriMonths.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static String alternation(String group, java.util.Set<String> words, boolean ignoreCase) {
        if (words.isEmpty()) {
            return "(?<" + group + ">(?!))";
        }
        String alternatives = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // a search tries the alternation at every position of a text: the class of the words' first letters turns
        // most positions away with one comparison instead of one per word
        String firstLetters = words.stream().map(w -> w.substring(0, Character.charCount(w.codePointAt(0))))
                .distinct().sorted().map(Conventions::inClass).collect(Collectors.joining());
        return "(?<" + group + ">" + (ignoreCase ? "(?iu:" : "(?:") + "(?=[" + firstLetters + "])(?:" + alternatives
                + ")))";
    }

    /** A character as it stands in a character class, escaped when it is not a letter or a digit. */
    private static String inClass(String character) {
        return Character.isLetterOrDigit(character.codePointAt(0)) ? character : "\\" + character;
    }

    /** The words that label a date ("Updated:"), as they stand right before it. */
    private static Pattern dateLabel(List<String> labels) {
        if (labels.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?iu)(?:" + labels.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")\\s*[:：]?\\s*$");
    }

    /** The words that open a line dating the article's last change ("Updated: …", "mis à jour le …"). */
    private static Pattern modifiedLabel(List<String> labels) {
        if (labels.isEmpty()) {
            return NOTHING;
        }
        return Pattern.compile("(?iu)^\\W{0,2}(?:" + labels.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
    }

    /** Whether {@code block} dates the article's last change: it opens with one of the language's words for it. */
    public boolean isModifiedLine(String block) {
        return modifiedLabel.matcher(block.strip()).find();
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
                .map(s -> s.isBlank() ? "\\s+" : s.startsWith(" ") || s.endsWith(" ")
                        ? "\\s+" + Pattern.quote(s.strip()) + "\\s+" : Pattern.quote(s))
                .collect(Collectors.joining("|")), Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static Map<String, String> lowerStringKeys(Map<String, String> map) {
        Map<String, String> lower = new TreeMap<>();
        map.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    /** Whether {@code ampm} as written (a.m., 午後, 오후…) is after noon; false when it is not known. */
    public boolean afterNoon(String ampm) {
        String key = ampm.toLowerCase(Locale.ROOT);
        String value = meridiem.get(key);
        if (value == null) {
            value = meridiem.get(key.replace(".", ""));
        }
        return value != null ? "pm".equals(value) : key.startsWith("p");
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
    private record Compiler(String origin, String month, String solarMonth, String zone) {
        Pattern compile(String regex) {
            String expanded = regex.replace("{MONTH}", month).replace("{SOLAR_MONTH}", solarMonth)
                    .replace("{ZONE}", zone);
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
