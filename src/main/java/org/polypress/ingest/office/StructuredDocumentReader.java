package org.polypress.ingest.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.mime.MediaType;
import org.polypress.ingest.SourceBlock;
import org.polypress.ingest.SourceBlock.Hint;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;

/**
 * Writes a DOCX, ODT, RTF or text PDF as the article text in the corpus shape the HTML reader writes too —
 * blocks separated by one blank line — from the paragraphs Tika's structured XHTML states
 * ({@link DocumentParagraphs}): the Title-styled paragraph, else the first {@code <h1>}, first as the
 * headline; each heading, paragraph and list item a block; consecutive Caption-styled paragraphs one block
 * (a caption and its credit as two lines). RTF and PDF paragraphs are rebuilt first
 * ({@link FlowingParagraphs}): their lines are printed lines, and a PDF repeats headers and page numbers.
 * Comments, tracked deletions and embedded files are not the article and are left out; the pictures a DOCX or
 * ODT shows are kept where they stand among the blocks (their bytes are collected by {@link EmbeddedPictures}).
 * PDF and RTF pictures are not read. A right-to-left PDF's lines that PDFBox put in the wrong order are put back
 * in reading order first ({@link RightToLeftLines}).
 */
public final class StructuredDocumentReader {

    public static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    public static final MediaType RTF = MediaType.application("rtf");
    public static final MediaType PDF = MediaType.application("pdf");
    public static final Set<MediaType> TYPES = Set.of(DOCX, ODT, RTF, PDF);

    private final FlowingParagraphs flowing = new FlowingParagraphs();

    /** A handler that collects the paragraphs while passing every event on to {@code handler}. */
    public DocumentParagraphs handler(ContentHandler handler) {
        return new DocumentParagraphs(handler);
    }

    /**
     * A fresh context for one document: DOCX through Tika's streaming extractor, which leaves tracked
     * deletions out (its DOM extractor writes them with the text); headers and footers left out; no OCR, so
     * a PDF without a text layer reads as no text, and is refused as such rather than guessed at; embedded
     * files (pictures, attachments) not parsed: the pictures' bytes are kept by {@code pictures}.
     */
    public ParseContext context(EmbeddedPictures pictures) {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        context.set(EmbeddedDocumentExtractor.class, pictures);
        return context;
    }

    /**
     * The article's blocks and the pictures among them.
     *
     * @param blocks   the blocks in reading order, the headline first, each with what the document's styles say
     * @param pictures each picture and the index of its picture block, in document order
     */
    public record Written(List<SourceBlock> blocks, List<Placed> pictures) {
    }

    /** A picture of the document and the index of its picture block among the blocks. */
    public record Placed(int block, DocumentParagraph.Picture picture) {
    }

    /** The article's blocks and pictures of the paragraphs read from {@code bytes}, a document of type {@code type}. */
    public Written write(List<DocumentParagraph> read, MediaType type, byte[] bytes) {
        List<DocumentParagraph> paragraphs = read;
        if (!DOCX.equals(type) && !ODT.equals(type)) {
            paragraphs = paragraphs.stream().filter(p -> p.role() != DocumentParagraph.Role.PICTURE).toList();
        }
        if (DOCX.equals(type)) {
            paragraphs = withoutComments(paragraphs, WordComments.paragraphs(bytes));
        }
        if (PDF.equals(type)) {
            paragraphs = RightToLeftLines.restored(paragraphs);
        }
        if (RTF.equals(type) || PDF.equals(type)) {
            paragraphs = flowing.rebuild(paragraphs);
        }
        List<Placed> pictures = new ArrayList<>();
        List<SourceBlock> blocks = blocks(headlineFirst(paragraphs), pictures);
        return new Written(blocks, pictures);
    }

    /** The comments come after the document's text: each is removed from the end. */
    private static List<DocumentParagraph> withoutComments(List<DocumentParagraph> paragraphs, List<String> comments) {
        List<DocumentParagraph> kept = new ArrayList<>(paragraphs);
        for (String comment : comments) {
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (kept.get(i).text().equals(comment)) {
                    kept.remove(i);
                    break;
                }
            }
        }
        return kept;
    }

    /** The headline moved first, where the recognizer looks for it; other {@code <h1>}s are headings. */
    private static List<DocumentParagraph> headlineFirst(List<DocumentParagraph> paragraphs) {
        int headline = headlineIndex(paragraphs);
        List<DocumentParagraph> ordered = new ArrayList<>(paragraphs);
        if (headline >= 0) {
            ordered.add(0, ordered.remove(headline));
        }
        return ordered;
    }

    /** The Title-styled paragraph, else the first {@code <h1>}; -1 when there is neither. */
    private static int headlineIndex(List<DocumentParagraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).role() == DocumentParagraph.Role.TITLE) {
                return i;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).role() == DocumentParagraph.Role.HEADING_1) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The blocks: the headline first (when the document styles one), headings and captions as their styles say,
     * consecutive Caption-styled paragraphs one caption block (a caption and its credit as two lines), pictures as
     * picture blocks.
     */
    private static List<SourceBlock> blocks(List<DocumentParagraph> paragraphs, List<Placed> pictures) {
        List<SourceBlock> blocks = new ArrayList<>();
        boolean headlineStyled = headlineIndex(paragraphs) == 0;
        boolean lastWasCaption = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            DocumentParagraph p = paragraphs.get(i);
            if (p.role() == DocumentParagraph.Role.PICTURE) {
                pictures.add(new Placed(blocks.size(), p.picture()));
                String alt = p.picture().alt() == null ? "" : p.picture().alt().strip();
                blocks.add(new SourceBlock(Hint.PICTURE, 0, alt.isEmpty() ? List.of() : List.of(alt)));
                lastWasCaption = false;
                continue;
            }
            boolean caption = p.role() == DocumentParagraph.Role.CAPTION;
            if (caption && lastWasCaption) {
                SourceBlock previous = blocks.remove(blocks.size() - 1);
                List<String> lines = new ArrayList<>(previous.lines());
                lines.addAll(p.lines());
                blocks.add(previous.withLines(lines));
            } else if (i == 0 && headlineStyled) {
                blocks.add(new SourceBlock(Hint.HEADLINE, 0, p.lines()));
            } else if (p.role() == DocumentParagraph.Role.HEADING || p.role() == DocumentParagraph.Role.HEADING_1
                    || p.role() == DocumentParagraph.Role.TITLE) {
                blocks.add(new SourceBlock(Hint.HEADING, 2, p.lines()));
            } else {
                blocks.add(new SourceBlock(caption ? Hint.CAPTION : Hint.NONE, 0, p.lines()));
            }
            lastWasCaption = caption;
        }
        return blocks;
    }
}
