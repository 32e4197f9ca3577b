package org.polypress.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.util.Units;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The seed article written as a newsroom's DOCX, ODT, RTF and PDF files, built in the test so no binary
 * fixture is committed. The seed's blocks: headline, byline, paragraphs, one photo caption, three
 * subheadings, two credit lines.
 */
public final class OfficeDocuments {

    public static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    static final Set<String> HEADINGS = Set.of("Kazakhstan-China relations reach new heights",
            "Belt and Road Initiative brings tangible benefits",
            "SCO Summit focuses on regional security and cooperation");
    static final String COMMENT = "Check the kilometre figures with the desk.";
    static final String RUNNING_HEADER = "People's Daily Online - World";
    /** The word the PDF breaks with a hyphen at a line end; the seed uses it elsewhere too. */
    static final String BROKEN_WORD = "infrastructure";

    private OfficeDocuments() {
    }

    /** The seed's blocks, its no-break spaces as spaces (the normalizer does the same to every text). */
    public static List<String> seedBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        for (String block : Files.readString(SEED).split("\n\\s*\n")) {
            blocks.add(block.replace('\u00A0', ' ').strip());
        }
        return blocks;
    }

    public static boolean isCaption(String block) {
        return block.endsWith("(Photo provided to People's Daily Online)");
    }

    /**
     * Title-styled headline, Heading 2 subheadings, the caption Caption-styled under an inline picture, an
     * empty paragraph, a comment on the first paragraph and a tracked deletion in it.
     */
    public static byte[] docx(String language) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addStyles(doc);
            List<String> blocks = seedBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                String block = blocks.get(i);
                if (isCaption(block)) {
                    addPicture(doc);
                }
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(block);
                if (i == 0) {
                    p.setStyle("Title");
                    doc.createParagraph();
                } else if (HEADINGS.contains(block)) {
                    p.setStyle("Heading2");
                } else if (isCaption(block)) {
                    p.setStyle("Caption");
                } else if (i == 2) {
                    comment(doc, p);
                    p.getCTP().addNewDel().addNewR().addNewDelText().setStringValue(" A sentence the editor cut.");
                }
            }
            if (language != null) {
                doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void addStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        String[][] ids = {{"Title", "Title"}, {"Heading2", "heading 2"}, {"Caption", "caption"}};
        for (String[] id : ids) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id[0]);
            style.addNewName().setVal(id[1]);
            style.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static void addPicture(XWPFDocument doc) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(PICTURE), PictureType.PNG,
                "photo.png", Units.toEMU(80), Units.toEMU(80));
    }

    /** The DOCX's picture: an 8×8 PNG. */
    public static final byte[] PICTURE = png(8, 8);

    /** A black PNG of this size. */
    public static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void comment(XWPFDocument doc, XWPFParagraph p) {
        XWPFComment comment = doc.createComments().createComment(BigInteger.ONE);
        comment.setAuthor("Desk");
        comment.createParagraph().createRun().setText(COMMENT);
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
        p.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
        p.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
    }

    /** One {@code \par} per block, characters beyond ASCII as {@code \\uN?}. */
    static byte[] rtf() throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n");
        for (String block : seedBlocks()) {
            rtf.append("{\\pard ").append(rtfEscaped(block)).append("\\par}\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String rtfEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c > 127) {
                out.append("\\u").append((int) c).append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The seed on two pages, each with a running header and a page number; blocks wrapped into printed lines,
     * {@link #BROKEN_WORD} broken with a hyphen at the end of a line of the paragraph that first uses it.
     */
    static byte[] pdf() throws IOException {
        List<String> blocks = seedBlocks();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int half = blocks.size() / 2;
            boolean broken = false;
            for (int page = 1; page <= 2; page++) {
                PDPage pdPage = new PDPage();
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    line(cs, font, 9, 760, RUNNING_HEADER);
                    line(cs, font, 9, 40, String.valueOf(page));
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(13);
                    cs.newLineAtOffset(72, 730);
                    for (String block : page == 1 ? blocks.subList(0, half) : blocks.subList(half, blocks.size())) {
                        List<String> lines = wrapped(block, 85);
                        if (!broken && block.contains(BROKEN_WORD + " ")) {
                            lines = breakWord(block);
                            broken = true;
                        }
                        for (String line : lines) {
                            cs.showText(line);
                            cs.newLine();
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDType1Font font, int size, int y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(72, y);
        cs.showText(text);
        cs.endText();
    }

    private static List<String> wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The block in two lines broken inside {@link #BROKEN_WORD}, then wrapped as usual. */
    private static List<String> breakWord(String block) {
        int at = block.indexOf(BROKEN_WORD) + "infra".length();
        List<String> lines = new ArrayList<>(wrapped(block.substring(0, at) + "-", 85));
        lines.addAll(wrapped(block.substring(at), 85));
        return lines;
    }

    /** A scan: one page holding a picture and no text. */
    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, scan), 72, 500);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * An ODT written as its parts (no ODF library is on the classpath): the headline as a Title-styled
     * paragraph, the subheadings as outline level 2 headings, the caption Caption-styled.
     */
    public static byte[] odt(String language) throws IOException {
        return odt(language, null, null);
    }

    /**
     * The ODT with a picture in a frame in its own paragraph right above the caption, as LibreOffice writes it:
     * {@code Pictures/photo.png} with an optional title (LibreOffice's "Text Alternative").
     */
    public static byte[] odt(String language, byte[] picture, String pictureTitle) throws IOException {
        StringBuilder body = new StringBuilder();
        List<String> blocks = seedBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            String text = xml(blocks.get(i));
            if (i == 0) {
                body.append("<text:p text:style-name=\"Title\">").append(text).append("</text:p><text:p/>");
            } else if (HEADINGS.contains(blocks.get(i))) {
                body.append("<text:h text:outline-level=\"2\">").append(text).append("</text:h>");
            } else if (isCaption(blocks.get(i))) {
                if (picture != null) {
                    body.append("<text:p><draw:frame draw:name=\"Image1\" svg:width=\"2cm\" svg:height=\"2cm\">"
                            + "<draw:image xlink:href=\"Pictures/photo.png\" xlink:type=\"simple\"/>"
                            + (pictureTitle == null ? "" : "<svg:title>" + xml(pictureTitle) + "</svg:title>")
                            + "</draw:frame></text:p>");
                }
                body.append("<text:p text:style-name=\"Caption\">").append(text).append("</text:p>");
            } else {
                body.append("<text:p text:style-name=\"Text_20_body\">").append(text).append("</text:p>");
            }
        }
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" office:version=\"1.2\"";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns
                + "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns + "><office:meta>"
                + (language == null ? "" : "<dc:language>" + language + "</dc:language>")
                + "</office:meta></office:document-meta>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest " + ns + ">"
                + "<manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + (picture == null ? "" : "<manifest:file-entry manifest:full-path=\"Pictures/photo.png\" "
                        + "manifest:media-type=\"image/png\"/>")
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            entry(zip, "META-INF/manifest.xml", manifest);
            entry(zip, "meta.xml", meta);
            entry(zip, "content.xml", content);
            if (picture != null) {
                zip.putNextEntry(new ZipEntry("Pictures/photo.png"));
                zip.write(picture);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The {@code mimetype} part comes first and uncompressed: that is how ODF readers detect the type. */
    private static void stored(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
