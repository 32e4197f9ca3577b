package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionsLibraryTest {

    @TempDir
    Path dir;

    @Test
    void everyConventionsFileInTheSourceTreeCompiles() throws Exception {
        ConventionsLibrary library = ConventionsLibrary.load(Path.of("src/main/resources/conventions"));
        assertTrue(library.languages().contains("en"));
        assertEquals("und", library.forLanguage("sw").language(), "a language without a file gets the fallback");
        assertEquals("en", library.forLanguage("en-GB").language());
    }

    @Test
    void aCreditPatternIsSearchedOnceOnlyWhenItsFirstSignCannotBeLeftOut() {
        java.util.function.Predicate<String> once =
                regex -> CaptionParser.opensWithSign(java.util.regex.Pattern.compile(regex));
        assertTrue(once.test("\\((?<credit>©\\s*(?<who>[^()]+?))\\)$"));
        assertTrue(once.test("\\s\\|\\s(?<credit>(?<who>[^|/]{2,60}/[^|]{2,60}))$"));
        assertTrue(once.test("（(?<credit>(?<who>[^（）]+?)提供)）$"));
        assertTrue(!once.test("\\s*(?<credit>(?<who>AP))$"), "a space that may be left out");
        assertTrue(!once.test("\\(?(?<credit>(?<who>AP))\\)?$"), "a bracket that may be left out");
        assertTrue(!once.test("(?<=[.!?])\\s+(?<credit>(?<who>\\p{Lu}{2,}))$"), "a lookbehind first");
        assertTrue(!once.test("\\p{Lu}(?<credit>(?<who>.+))$"), "a class of letters first");
        Conventions en = ConventionsLibrary.load().forLanguage("en");
        CaptionParser.Parsed bracketed = CaptionParser.parse(
                java.util.List.of("Workers repair the bridge on Monday. (Photo: Jane Doe/AFP)"), en).orElseThrow();
        assertEquals("Photo: Jane Doe/AFP", bracketed.figure().credit());
        assertEquals("Workers repair the bridge on Monday.", bracketed.figure().caption());
    }

    @Test
    void monthNamesAreFoundWhateverTheirCaseAfterTheirFirstLettersScreenThem() {
        Conventions en = ConventionsLibrary.load().forLanguage("en");
        assertEquals("2024-07-05", DateRecognizer.find("JULY 5, 2024", en).orElseThrow().date().toString());
        assertEquals("2024-07-05", DateRecognizer.find("posted july 5, 2024", en).orElseThrow().date().toString());
        Conventions ru = ConventionsLibrary.load().forLanguage("ru");
        assertEquals("2024-07-05", DateRecognizer.find("5 ИЮЛЯ 2024", ru).orElseThrow().date().toString());
    }

    @Test
    void everyDatePatternHoldsAFigureSoATextWithoutOneIsNotSearched() throws Exception {
        ConventionsLibrary library = ConventionsLibrary.load(Path.of("src/main/resources/conventions"));
        for (String language : library.languages()) {
            for (java.util.regex.Pattern date : library.forLanguage(language).dates()) {
                String source = date.pattern();
                assertTrue(source.contains("\\d") || source.contains("\\p{N") || source.contains("[0-9"),
                        language + ": a date pattern without a figure: " + source);
            }
        }
        Conventions en = library.forLanguage("en");
        assertTrue(DateRecognizer.find("on the third of March", en).isEmpty());
        assertEquals("2025-03-03", DateRecognizer.find("on March 3, 2025", en).orElseThrow().date().toString());
    }

    @Test
    void aLanguageWithoutAFileReadsTheEnglishDatesItsSitesPrint() throws Exception {
        Conventions sw = ConventionsLibrary.load().forLanguage("sw");
        assertEquals("und", sw.language());
        assertEquals("2024-12-23", DateRecognizer.find("December 23, 2024", sw).orElseThrow().date().toString());
        assertEquals("2024-11-05", DateRecognizer.find("by Jane Doe | 5 November 2024", sw).orElseThrow().date().toString());
        assertEquals("2025-04-05", DateRecognizer.find("05.04.2025", sw).orElseThrow().date().toString(), "und's own dates");
        Conventions de = ConventionsLibrary.load().forLanguage("de");
        assertTrue(DateRecognizer.find("December 23, 2024", de).isEmpty(), "a language with a file keeps its own");
    }

    @Test
    void classPathLibraryHasEnglish() {
        Conventions en = ConventionsLibrary.load().forLanguage("en");
        assertEquals(7, en.month("Jul."));
        assertEquals(9, en.month("Sept"));
    }

    @Test
    void addingALanguageIsAddingAFile() throws Exception {
        Files.copy(Path.of("src/main/resources/conventions/und.yaml"), dir.resolve("und.yaml"));
        // und.yaml reads dates as en.yaml does: a folder of its own needs that file too
        Files.copy(Path.of("src/main/resources/conventions/en.yaml"), dir.resolve("en.yaml"));
        Files.writeString(dir.resolve("eo.yaml"), Files.readString(dir.resolve("und.yaml"))
                .replace("language: und", "language: eo").replace("prefixes: []", "prefixes: ['De']"));
        ConventionsLibrary library = ConventionsLibrary.load(dir);
        assertTrue(library.languages().contains("eo"));
        assertEquals(java.util.List.of("De"), library.forLanguage("eo").bylinePrefixes());
    }

    @Test
    void badPatternNamesItsFile() throws Exception {
        Files.copy(Path.of("src/main/resources/conventions/und.yaml"), dir.resolve("und.yaml"));
        Files.writeString(dir.resolve("xx.yaml"), Files.readString(dir.resolve("und.yaml"))
                .replace("language: und", "language: xx").replace("datelines: []", "datelines: ['(unclosed']"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConventionsLibrary.load(dir));
        assertTrue(e.getMessage().contains("xx.yaml"), e.getMessage());
    }

    @Test
    void anOperatorsFolderAddsALanguageAndReplacesABuiltInFileOfTheSameName() throws Exception {
        String und = Files.readString(Path.of("src/main/resources/conventions/und.yaml"));
        Files.writeString(dir.resolve("eo.yaml"), und.replace("language: und", "language: eo"));
        String lt = Files.readString(Path.of("src/main/resources/conventions/lt.yaml"));
        Files.writeString(dir.resolve("lt.yaml"), lt.replaceFirst("(?m)^zone: .*$", "zone: Pacific/Auckland"));
        Files.createDirectories(dir.resolve("built-in"));
        Files.writeString(dir.resolve("built-in/xx.yaml"), "language: xx\n");
        Files.writeString(dir.resolve("notes.txt"), "not a conventions file");

        ConventionsLibrary library = ConventionsLibrary.withOperatorFolder(dir);

        assertTrue(library.languages().contains("eo"), library.languages().toString());
        assertEquals(java.time.ZoneId.of("Pacific/Auckland"), library.forLanguage("lt").zone());
        assertTrue(library.languages().containsAll(ConventionsLibrary.load().languages()), "the built-ins stay");
        assertTrue(!library.languages().contains("xx"), "files in a subfolder are not read");
        assertEquals(ConventionsLibrary.load().languages(), ConventionsLibrary.withOperatorFolder(
                dir.resolve("absent")).languages(), "no folder: the built-ins alone");
    }

    @Test
    void anOperatorsFileThatCannotBeReadNamesItselfAndStopsTheLoad() throws Exception {
        Files.writeString(dir.resolve("eo.yaml"), "language: eo\nmonths: [not, a, map\n");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> ConventionsLibrary.withOperatorFolder(dir));
        assertTrue(e.getCause().getMessage().contains(dir.resolve("eo.yaml").toUri().toString()), e.getCause().getMessage());
    }
}
