package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LiteralGateTest {

    private static LiteralGate gate(String regex) {
        return LiteralGate.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }

    @Test
    void textWithoutTheWordsOrFiguresOfEveryMatchIsRefused() {
        LiteralGate ago = gate("(?i)\\b(?:\\d+|an?|one)\\s+(?:minute|hour|day)s?\\s+ago\\b");
        assertTrue(ago.admits("Updated 3 HOURS AGO"));
        assertFalse(ago.admits("Updated 3 hours before"));
        assertFalse(ago.admits("Five hours from now"));
        LiteralGate today = gate("(?i)\\b(?:heute|gestern)\\s*,?\\s*(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?");
        assertTrue(today.admits("Gestern, 18:05 Uhr"));
        assertFalse(today.admits("Gestern um acht"));
        assertFalse(today.admits("Am 18:05 Uhr"));
        // a digit of any script is a digit, as \d reads it with Unicode classes
        assertTrue(gate("\\d+\\s*(?:分|時間|日)前").admits("３時間前"));
    }

    @Test
    void optionalPartsAndLookaroundsAreNotRequired() {
        LiteralGate gate = gate("(?i)vor\\s+(?:\\d+|einer?)\\s+(?:minuten?|min\\.|stunden?|std\\.|tagen?)");
        assertTrue(gate.admits("VOR 2 STD."));
        assertTrue(gate.admits("vor einer Stunde")); // "eine" and "stunde" are all that is required of those words
        assertFalse(gate.admits("vor einem Tag"));
        assertTrue(gate("(?<=x)abc(?!y)").admits("abcy"));
        assertTrue(gate("colou?r").admits("color"));
        assertTrue(gate("a(?:b|)c").admits("ac"));
        // a quotation's characters stand for themselves, a quantifier after it for the last one
        assertEquals(List.of(List.of("julijul")), gate("\\Qjuli\\E\\Qjul.\\E?").clauses());
        assertEquals(List.of(List.of("mai", "may")), gate("(?<month>(?iu:(?=[mM])(?:\\Qmai\\E|\\Qmay\\E)))\\s").clauses());
    }

    @Test
    void patternWhoseTextCannotBeReadAdmitsEverything() {
        for (String regex : List.of("(a)\\1", "(?<x>a)\\k<x>", "(?x) v o r", "[]a]b", "\\tvor", "\\x41bc")) {
            assertEquals(List.of(), gate(regex).clauses(), regex);
        }
    }

    @Test
    void everyDatePatternMatchingALineOfTheCorporaIsAdmittedByItsGate() throws IOException {
        List<Path> texts = corpusTexts();
        assumeTrue(!texts.isEmpty(), "the corpora are not beside the project");
        ConventionsLibrary library = ConventionsLibrary.load(Path.of("src/main/resources/conventions"));
        List<Pattern> relative = new ArrayList<>();
        for (String language : library.languages()) {
            library.forLanguage(language).relativeDates().stream()
                    .filter(p -> relative.stream().noneMatch(o -> o.pattern().equals(p.pattern())))
                    .forEach(relative::add);
        }
        List<LiteralGate> gates = relative.stream().map(LiteralGate::of).toList();
        int matched = 0;
        int refused = 0;
        for (Path file : texts) {
            String language = file.getParent().getFileName().toString();
            Conventions own = library.forLanguage(language);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                for (String piece : pieces(line)) {
                    for (int i = 0; i < relative.size(); i++) {
                        boolean matches = relative.get(i).matcher(piece).find();
                        boolean admitted = gates.get(i).admits(piece);
                        assertTrue(admitted || !matches, relative.get(i) + " in " + file + ": " + piece);
                        matched += matches ? 1 : 0;
                        refused += admitted ? 0 : 1;
                    }
                    for (Pattern date : own.dates()) {
                        assertTrue(LiteralGate.of(date).admits(piece) || !date.matcher(piece).find(),
                                date + " in " + file + ": " + piece);
                    }
                    assertEquals(DateRecognizer.relative(piece, own, false), DateRecognizer.relative(piece, own, true),
                            file + ": " + piece);
                    assertEquals(DateRecognizer.find(piece, own, false), DateRecognizer.find(piece, own, true),
                            file + ": " + piece);
                }
            }
        }
        assertTrue(matched > 0, "no relative date in the corpora");
        assertTrue(refused > 0, "no gate refused a line");
    }

    @Test
    void captionCreditsAreReadAlikeWithAndWithoutTheGates() throws IOException {
        List<Path> texts = corpusTexts();
        assumeTrue(!texts.isEmpty(), "the corpora are not beside the project");
        ConventionsLibrary library = ConventionsLibrary.load(Path.of("src/main/resources/conventions"));
        int found = 0;
        for (Path file : texts) {
            Conventions own = library.forLanguage(file.getParent().getFileName().toString());
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.length() > 800) {
                    continue;
                }
                var gated = CaptionParser.creditClosing(line, own, true);
                assertEquals(CaptionParser.creditClosing(line, own, false), gated, file + ": " + line);
                found += gated.isPresent() ? 1 : 0;
                if (line.length() <= 130) {
                    assertEquals(CaptionParser.creditAlone(line, own, false), CaptionParser.creditAlone(line, own, true),
                            file + ": " + line);
                }
            }
        }
        assertTrue(found > 0, "no caption credit in the corpora");
    }

    /** A line, and each part of it between the signs a date line's parts stand between. */
    private static List<String> pieces(String line) {
        List<String> pieces = new ArrayList<>();
        pieces.add(line);
        for (String part : line.split("[|•·—–]")) {
            if (!part.isBlank() && part.length() < line.length()) {
                pieces.add(part.strip());
            }
        }
        return pieces;
    }

    private static List<Path> corpusTexts() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("../shared/corpus"), Path.of("../shared/corpus-web"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root, 2)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        return texts;
    }
}
