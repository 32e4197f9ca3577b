package org.polypress.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.util.Units;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A {@link FixtureArticle} written as a newsroom's DOCX, ODT, RTF, PDF and saved web page, built in the test so no
 * binary fixture is committed. Each builder styles a block by its role in the article (headline, subheading,
 * caption, text), so the seed and its Arabic and Chinese translations are written by the same code.
 */
public final class OfficeDocuments {

    public static final Path SEED = FixtureArticle.SEED.text();
    public static final String COMMENT = "Check the kilometre figures with the desk.";
    public static final String RUNNING_HEADER = "People's Daily Online - World";
    /** The word the PDF breaks with a hyphen at a line end, when the article uses it (the seed does, twice). */
    static final String BROKEN_WORD = "infrastructure";

    private OfficeDocuments() {
    }

    /** The seed's blocks, its no-break spaces as spaces (the normalizer does the same to every text). */
    public static List<String> seedBlocks() {
        return FixtureArticle.SEED.blocks();
    }

    /** The seed as a DOCX whose metadata states {@code language} (or none). */
    public static byte[] docx(String language) throws IOException {
        return docx(FixtureArticle.SEED, language);
    }

    /**
     * Title-styled headline, Heading 2 subheadings, each caption Caption-styled under an inline picture, an
     * empty paragraph, a comment on the first paragraph and a tracked deletion in it. The document's language
     * is {@code language} (or none) in its metadata and on its runs, as Word writes it: a right-to-left
     * article's paragraphs are {@code w:bidi} and its runs {@code w:rtl}, the language given as the runs'
     * complex-script language; a Chinese one as their East Asian language.
     */
    public static byte[] docx(FixtureArticle article, String language) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addStyles(doc);
            List<String> blocks = article.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                FixtureArticle.Role role = article.role(i);
                if (role == FixtureArticle.Role.CAPTION) {
                    directed(article, language, addPicture(doc));
                }
                XWPFParagraph p = doc.createParagraph();
                directed(article, language, p).setText(blocks.get(i));
                switch (role) {
                    case HEADLINE -> {
                        p.setStyle("Title");
                        doc.createParagraph();
                    }
                    case HEADING -> p.setStyle("Heading2");
                    case CAPTION -> p.setStyle("Caption");
                    case TEXT -> {
                        if (i == article.headline() + 2) {
                            comment(doc, p);
                            p.getCTP().addNewDel().addNewR().addNewDelText()
                                    .setStringValue(" A sentence the editor cut.");
                        }
                    }
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

    /** A new run of {@code p}, with the paragraph's direction and the run's language set as Word sets them. */
    private static XWPFRun directed(FixtureArticle article, String language, XWPFParagraph p) {
        XWPFRun run = p.getRuns().isEmpty() ? p.createRun() : p.getRuns().get(0);
        if (article.rightToLeft()) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
            run.getCTR().addNewRPr().addNewRtl();
        }
        if (language != null) {
            CTLanguage lang = (run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr()).addNewLang();
            if (article.rightToLeft()) {
                lang.setBidi(language);
            } else if (article.language().startsWith("zh") || article.language().startsWith("ja")) {
                lang.setEastAsia(language);
            } else {
                lang.setVal(language);
            }
        }
        return run;
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

    /** The picture in a paragraph of its own, as Word places an inline picture on its own line. */
    private static XWPFParagraph addPicture(XWPFDocument doc) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().addPicture(new ByteArrayInputStream(PICTURE), PictureType.PNG, "photo.png", Units.toEMU(80),
                Units.toEMU(80));
        return p;
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

    public static byte[] rtf() {
        return rtf(FixtureArticle.SEED);
    }

    /**
     * One {@code \par} per block, characters beyond ASCII as {@code \\uN?}; a right-to-left article's paragraphs
     * {@code \rtlpar} and their text {@code \rtlch} in an Arabic font, as Word saves them.
     */
    static byte[] rtf(FixtureArticle article) {
        boolean rtl = article.rightToLeft();
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}"
                + (rtl ? "{\\f1\\fbidi\\fcharset178 Arial;}" : "") + "}\\f0\\fs24\n");
        for (String block : article.blocks()) {
            rtf.append(rtl ? "{\\pard\\rtlpar{\\rtlch\\f1 " : "{\\pard ").append(rtfEscaped(block))
                    .append(rtl ? "}\\par}\n" : "\\par}\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String rtfEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c > 127) {
                out.append("\\u").append((short) c).append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static byte[] pdf() throws IOException {
        return pdf(FixtureArticle.SEED);
    }

    /**
     * The article on two pages, each with a running header and a page number; blocks wrapped into printed lines
     * ({@link PrintedLines}: shaped, in visual order and flush right for a right-to-left article), and
     * {@link #BROKEN_WORD} broken with a hyphen at the end of a line of the paragraph that first uses it.
     *
     * @throws PrintedLines.MissingFont when no font on this machine can print the article
     */
    static byte[] pdf(FixtureArticle article) throws IOException {
        List<String> blocks = article.blocks();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                PrintedLines printed = PrintedLines.forText(doc, String.join(" ", blocks) + RUNNING_HEADER,
                        article.rightToLeft(), Locale.forLanguageTag(article.language()))) {
            int half = blocks.size() / 2;
            boolean broken = false;
            for (int page = 1; page <= 2; page++) {
                PDPage pdPage = new PDPage();
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    printed.show(cs, 9, 760, RUNNING_HEADER);
                    printed.show(cs, 9, 40, String.valueOf(page));
                    float y = 730;
                    for (String block : page == 1 ? blocks.subList(0, half) : blocks.subList(half, blocks.size())) {
                        List<String> lines = printed.wrapped(block, 10, LINE_WIDTH);
                        if (!broken && block.contains(BROKEN_WORD + " ")) {
                            lines = breakWord(printed, block);
                            broken = true;
                        }
                        for (String line : lines) {
                            printed.show(cs, 10, y, line);
                            y -= 13;
                        }
                        y -= 13;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Points a printed line may take: about 85 characters of Helvetica at 10 points. */
    private static final float LINE_WIDTH = 430;

    /** The block in two lines broken inside {@link #BROKEN_WORD}, then wrapped as usual. */
    private static List<String> breakWord(PrintedLines printed, String block) throws IOException {
        int at = block.indexOf(BROKEN_WORD) + "infra".length();
        List<String> lines = new ArrayList<>(printed.wrapped(block.substring(0, at) + "-", 10, LINE_WIDTH));
        lines.addAll(printed.wrapped(block.substring(at), 10, LINE_WIDTH));
        return lines;
    }

    /** A scan: one page holding a picture and no text. */
    public static byte[] imageOnlyPdf() throws IOException {
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

    /** The seed as an ODT whose metadata states {@code language} (or none), without a picture. */
    public static byte[] odt(String language) throws IOException {
        return odt(FixtureArticle.SEED, language, null, null);
    }

    /** The seed as an ODT with {@code picture} above its caption. */
    public static byte[] odt(String language, byte[] picture, String pictureTitle) throws IOException {
        return odt(FixtureArticle.SEED, language, picture, pictureTitle);
    }

    /**
     * An ODT written as its parts (no ODF library is on the classpath): the headline as a Title-styled
     * paragraph, the subheadings as outline level 2 headings, each caption Caption-styled, with (when given) a
     * picture in a frame in its own paragraph right above it, as LibreOffice writes it: {@code Pictures/photo.png}
     * with an optional title (LibreOffice's "Text Alternative").
     */
    public static byte[] odt(FixtureArticle article, String language, byte[] picture, String pictureTitle)
            throws IOException {
        StringBuilder body = new StringBuilder();
        List<String> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            String text = xml(blocks.get(i));
            switch (article.role(i)) {
                case HEADLINE -> body.append("<text:p text:style-name=\"Title\">").append(text)
                        .append("</text:p><text:p/>");
                case HEADING -> body.append("<text:h text:outline-level=\"2\">").append(text).append("</text:h>");
                case CAPTION -> {
                    if (picture != null) {
                        body.append("<text:p><draw:frame draw:name=\"Image1\" svg:width=\"2cm\" svg:height=\"2cm\">"
                                + "<draw:image xlink:href=\"Pictures/photo.png\" xlink:type=\"simple\"/>"
                                + (pictureTitle == null ? "" : "<svg:title>" + xml(pictureTitle) + "</svg:title>")
                                + "</draw:frame></text:p>");
                    }
                    body.append("<text:p text:style-name=\"Caption\">").append(text).append("</text:p>");
                }
                case TEXT -> body.append("<text:p text:style-name=\"Text_20_body\">").append(text)
                        .append("</text:p>");
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

    /**
     * The article as a page saved from a news site: {@code <html lang dir>}, the site's navigation and footer
     * around an {@code <article>} holding the headline as {@code <h1>}, the subheadings as {@code <h2>}, each
     * caption a {@code <figcaption>} in a {@code <figure>} with {@code picture} (when given) as a {@code data:}
     * URI, every other block a {@code <p>}.
     */
    public static byte[] html(FixtureArticle article, String language, byte[] picture) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html");
        if (language != null) {
            page.append(" lang=\"").append(xml(language)).append("\"");
        }
        page.append(" dir=\"").append(article.rightToLeft() ? "rtl" : "ltr").append("\">\n<head><meta charset=\"utf-8\">")
                .append("<title>").append(xml(article.blocks().get(article.headline())))
                .append(" - People's Daily Online</title></head>\n<body>\n<header><a href=\"/\">People's Daily Online</a>")
                .append("<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li>")
                .append("<li><a href=\"/culture\">Culture</a></li><li><a href=\"/video\">Video</a></li></ul></nav>")
                .append("</header>\n<main><article>\n");
        List<String> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            String text = xml(blocks.get(i));
            switch (article.role(i)) {
                case HEADLINE -> page.append("<h1>").append(text).append("</h1>\n");
                case HEADING -> page.append("<h2>").append(text).append("</h2>\n");
                case CAPTION -> page.append("<figure>").append(picture == null ? "" : "<img src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(picture) + "\">").append("<figcaption>").append(text)
                        .append("</figcaption></figure>\n");
                case TEXT -> page.append("<p>").append(text).append("</p>\n");
            }
        }
        page.append("</article></main>\n<footer><nav><a href=\"/about\">About us</a> | <a href=\"/contact\">Contact us"
                + "</a></nav><p>Copyright by People's Daily Online. All rights reserved.</p></footer>\n</body></html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
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
