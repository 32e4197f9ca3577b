package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.Stage;

class ArticleExtractorTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(1_000_000, 1_000_000);

    @TempDir
    Path dir;

    @Test
    void plainTextIsDetectedWithItsCharsetAndHashed() throws Exception {
        Extraction extraction = EXTRACTOR.extract(SEED);
        assertEquals("text/plain", extraction.source().mediaType());
        assertEquals("UTF-8", extraction.source().charset());
        // its only characters beyond ASCII are three no-break spaces: so few that a legacy text could hold them
        assertEquals(80, extraction.source().charsetConfidence());
        assertEquals(List.of(), extraction.source().warnings());
        assertEquals(Files.size(SEED), extraction.source().bytes());
        assertEquals("93e398a31a53fef98c14b7cfa87a7e3ba992911bad9749c412e95c7ef8834a77", extraction.source().sha256());
        assertTrue(extraction.text().contains("(Web editor: Hongyu, Wu Chengliang)"));
        assertNull(extraction.statedLanguage());
    }

    @Test
    void westernEuropeanLegacyEncodingIsDecodedAndRecorded() throws Exception {
        Path file = dir.resolve("legacy.txt");
        String text = "Le traversier a repris son horaire normal lundi matin, trois jours après la tempête qui avait "
                + "forcé l'arrêt de toutes les traversées, a indiqué la société d'exploitation.\n\nÀ bord du premier "
                + "bateau, des élèves, des ouvriers et des retraités rentraient chez eux.";
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        Extraction extraction = EXTRACTOR.extract(file);
        assertEquals(text, extraction.text().strip());
        assertTrue(extraction.source().charset().matches("(?i)windows-1252|ISO-8859-1|ISO-8859-15"),
                extraction.source().charset());
    }

    @Test
    void languageInTheFileNameIsStated() throws Exception {
        Path file = dir.resolve("story.fr.txt");
        Files.writeString(file, "Le traversier a repris son horaire normal lundi matin.", StandardCharsets.UTF_8);
        assertEquals("fr", EXTRACTOR.extract(file).statedLanguage());
        Path notALanguage = dir.resolve("story.new.txt");
        Files.writeString(notALanguage, "The ferry resumed its timetable on Monday.", StandardCharsets.UTF_8);
        assertNull(EXTRACTOR.extract(notALanguage).statedLanguage());
    }

    @Test
    void emptyFileIsRefusedAtIngest() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(file));
        assertEquals(Stage.INGEST, e.stage());
        assertEquals("The file is empty", e.reason());
    }

    @Test
    void randomBytesNamedTxtAreNotText() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("noise.txt"), bytes);
        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(file));
        assertEquals("The file does not hold readable text", e.reason());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        ArticleExtractor small = new ArticleExtractor(100, 1000);
        PipelineException e = assertThrows(PipelineException.class, () -> small.extract(SEED));
        assertEquals("The file is too large", e.reason());
    }

    @Test
    void textOverTheCharacterLimitIsRefused() throws Exception {
        ArticleExtractor small = new ArticleExtractor(1_000_000, 100);
        PipelineException e = assertThrows(PipelineException.class, () -> small.extract(SEED));
        assertEquals("The text is too long", e.reason());
    }

    @Test
    void aFileDeletedBeforeItIsReadIsSaidToHaveDisappeared() {
        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(dir.resolve("gone.txt")));
        assertEquals("The file disappeared before it could be read", e.reason());
    }

    @Test
    void aSymbolicLinkIsRefusedWithoutReadingWhatItPointsTo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), SEED.toAbsolutePath());
        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(link));
        assertEquals("The file is a symbolic link, which Polypress never follows", e.reason());
    }

    @Test
    void aFolderIsNotAFileThatHoldsAnArticle() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(folder));
        assertEquals("This is not a file that holds an article", e.reason());
    }

    @Test
    void aTxtNameDoesNotMakeAWebPageOrAnRtfDocumentPlainText() throws Exception {
        // prose named .txt skips Tika's magic; markup or a document signature at its start must not
        Path page = Files.writeString(dir.resolve("saved-page.txt"), "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<title>Ferry resumes</title></head><body><h1>Ferry resumes</h1><p>The island ferry sails again.</p>"
                + "</body></html>\n");
        assertEquals("text/html", EXTRACTOR.extract(page).source().mediaType());
        Path rtf = Files.write(dir.resolve("exported.txt"), OfficeDocuments.rtf());
        assertEquals("application/rtf", EXTRACTOR.extract(rtf).source().mediaType());
        assertEquals("text/plain", EXTRACTOR.extract(SEED).source().mediaType());
    }
}
