package org.polypress.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.model.Article;
import org.polypress.testing.ArticleDifferences;
import org.polypress.testing.PipelineStages;

/**
 * The seed article written as DOCX, ODT, RTF and PDF, through the pipeline's stages: each must be published
 * as the plain-text seed is.
 */
class StructuredDocumentPipelineTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(10_000_000, 1_000_000);

    @TempDir
    Path dir;

    @Test
    void docxIsRecognizedLikeThePlainTextSeed() throws Exception {
        Article docx = recognize("seed.docx", OfficeDocuments.docx(null));
        assertEquals(List.of(), ArticleDifferences.between(seed(), docx));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.source().mediaType());
    }

    @Test
    void docxCommentsAndTrackedDeletionsAreNotPublished() throws Exception {
        String text = EXTRACTOR.extract(write("seed.docx", OfficeDocuments.docx(null))).text();
        assertFalse(text.contains(OfficeDocuments.COMMENT), text);
        assertFalse(text.contains("Desk"), text);
        assertFalse(text.contains("the editor cut"), text);
    }

    @Test
    void docxWritesTheCorpusBlockShape() throws Exception {
        String text = EXTRACTOR.extract(write("seed.docx", OfficeDocuments.docx(null))).text();
        assertEquals(String.join("\n\n", OfficeDocuments.seedBlocks()), text.replace('\u00A0', ' '));
    }

    @Test
    void odtIsRecognizedLikeThePlainTextSeed() throws Exception {
        assertEquals(List.of(), ArticleDifferences.between(seed(), recognize("seed.odt", OfficeDocuments.odt(null))));
    }

    @Test
    void rtfGivesTheSeedsParagraphsAndHeadings() throws Exception {
        Article rtf = recognize("seed.rtf", OfficeDocuments.rtf());
        assertEquals(List.of(), ArticleDifferences.between(seed(), rtf));
    }

    @Test
    void pdfGivesTheSeedsParagraphsWithoutHeaderOrPageNumbers() throws Exception {
        Article pdf = recognize("seed.pdf", OfficeDocuments.pdf());
        assertEquals(List.of(), ArticleDifferences.between(seed(), pdf));
        String text = EXTRACTOR.extract(write("seed.pdf", OfficeDocuments.pdf())).text();
        assertFalse(text.contains(OfficeDocuments.RUNNING_HEADER), text);
        assertFalse(text.lines().anyMatch(line -> line.strip().matches("\\d+")), text);
    }

    @Test
    void pdfHyphenationAtALineEndIsUndone() throws Exception {
        String text = EXTRACTOR.extract(write("seed.pdf", OfficeDocuments.pdf())).text();
        assertTrue(text.contains("\"This infrastructure development"), text);
        assertFalse(text.contains("infra-"), text);
    }

    @Test
    void pdfWithoutATextLayerIsRefused() throws Exception {
        Path scan = write("scan.pdf", OfficeDocuments.imageOnlyPdf());
        PipelineException e = assertThrows(PipelineException.class, () -> PipelineStages.get().recognize(scan));
        assertEquals(Stage.INGEST, e.stage());
        assertEquals("The PDF has no text layer", e.reason());
    }

    @Test
    void documentMetadataStatesTheLanguage() throws Exception {
        assertEquals("de", EXTRACTOR.extract(write("seed.docx", OfficeDocuments.docx("de"))).statedLanguage());
        assertEquals("de", EXTRACTOR.extract(write("seed.odt", OfficeDocuments.odt("de"))).statedLanguage());
    }

    @Test
    void languageInTheFileNameWinsOverTheDocumentMetadata() throws Exception {
        assertEquals("fr", EXTRACTOR.extract(write("seed.fr.docx", OfficeDocuments.docx("de"))).statedLanguage());
    }

    private Article seed() throws PipelineException {
        return PipelineStages.get().recognize(OfficeDocuments.SEED);
    }

    private Article recognize(String name, byte[] bytes) throws Exception {
        return PipelineStages.get().recognize(write(name, bytes));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

}
