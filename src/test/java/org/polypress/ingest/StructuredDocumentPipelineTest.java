package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.model.Block;
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
        assertEquals(List.of(), differences(seed(), docx));
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
        assertEquals(List.of(), differences(seed(), recognize("seed.odt", OfficeDocuments.odt(null))));
    }

    @Test
    void rtfGivesTheSeedsParagraphsAndHeadings() throws Exception {
        Article rtf = recognize("seed.rtf", OfficeDocuments.rtf());
        assertEquals(List.of(), differences(seed(), rtf));
    }

    @Test
    void pdfGivesTheSeedsParagraphsWithoutHeaderOrPageNumbers() throws Exception {
        Article pdf = recognize("seed.pdf", OfficeDocuments.pdf());
        assertEquals(List.of(), differences(seed(), pdf));
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

    /** The fields that differ between the seed and the same article read from another format, with both values. */
    private static List<String> differences(Article expected, Article actual) {
        Map<String, Function<Article, Object>> fields = new LinkedHashMap<>();
        fields.put("title", Article::title);
        fields.put("language", Article::language);
        fields.put("byline", Article::byline);
        fields.put("published", Article::published);
        fields.put("dateline", Article::dateline);
        fields.put("headings", a -> blocks(a, Block.Heading.class));
        // the text seed has no picture; the DOCX's is checked in org.polypress.images
        fields.put("figures", a -> blocks(a, Block.Figure.class).stream()
                .map(f -> ((Block.Figure) f).caption() + " | " + ((Block.Figure) f).credit()).toList());
        fields.put("paragraphs", a -> blocks(a, Block.Paragraph.class));
        fields.put("body", a -> a.body().stream().map(Block::type).toList());
        fields.put("credits", Article::credits);
        fields.put("notes", Article::notes);
        List<String> differ = new ArrayList<>();
        fields.forEach((name, field) -> {
            if (!Objects.equals(field.apply(expected), field.apply(actual))) {
                differ.add(name + ": expected " + field.apply(expected) + " but was " + field.apply(actual));
            }
        });
        return differ;
    }

    private static List<Block> blocks(Article article, Class<? extends Block> type) {
        return article.body().stream().filter(type::isInstance).toList();
    }
}
