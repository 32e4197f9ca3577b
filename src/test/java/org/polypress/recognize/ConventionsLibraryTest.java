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
    void classPathLibraryHasEnglish() {
        Conventions en = ConventionsLibrary.load().forLanguage("en");
        assertEquals(7, en.month("Jul."));
        assertEquals(9, en.month("Sept"));
    }

    @Test
    void addingALanguageIsAddingAFile() throws Exception {
        Files.copy(Path.of("src/main/resources/conventions/und.yaml"), dir.resolve("und.yaml"));
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
}
