package org.polypress.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.testing.Zips;

/**
 * The dangerous and the large inputs of the hostile-input suite, made in the test rather than committed: each
 * generator named in {@code bad-inputs/cases.yaml} writes one file. Everything is deterministic (fixed seeds),
 * so a failure reproduces.
 */
final class HostileFiles {

    /** A short article of our own, the text the office formats below carry. */
    static final List<String> ARTICLE = List.of(
            "Harbour ferry returns after winter repairs",
            "By Mara Quell",
            "The harbour ferry resumed its crossings on Monday after three months of repairs to its hull and engines.",
            "Passengers waited on the quay from early morning, and the first crossing left on time at seven.",
            "The operator said the timetable would stay as it was last summer, with an extra evening crossing on"
                    + " Fridays.");

    /** What a hostile file names as its secret: it must appear in no rendition and no log line. */
    static final String SECRET = "POLYPRESS-SECRET-7f3a9c";

    private HostileFiles() {
    }

    /** A generator: writes the case's file at {@code target}; {@code secret} is the local file an XXE points at. */
    interface Generator {
        void write(Path target, Path secret) throws Exception;
    }

    static final Map<String, Generator> GENERATORS = new LinkedHashMap<>();

    static {
        GENERATORS.put("nul-bytes", (t, s) -> Files.write(t, new byte[4096]));
        GENERATORS.put("random-bytes", (t, s) -> Files.write(t, random(64 * 1024, t.getFileName().toString())));
        GENERATORS.put("truncated-docx", (t, s) -> Files.write(t, half(OfficeDocuments.docx("en"))));
        GENERATORS.put("truncated-bundle", (t, s) -> Files.write(t, half(Zips.zip(Map.of("story.txt", text()
                .getBytes(StandardCharsets.UTF_8), "photo.png", OfficeDocuments.png(40, 40))))));
        GENERATORS.put("truncated-pdf", (t, s) -> Files.write(t, Arrays.copyOf(pdf(ARTICLE, null), pdf(ARTICLE, null)
                .length * 2 / 3)));
        GENERATORS.put("encrypted-pdf", (t, s) -> Files.write(t, pdf(ARTICLE, "reader-password")));
        GENERATORS.put("password-docx", (t, s) -> Files.write(t, passwordProtected(OfficeDocuments.docx("en"))));
        GENERATORS.put("zip-bomb-docx", (t, s) -> Files.write(t, docxBomb(OfficeDocuments.docx("en"), HostileFiles.BOMB_BYTES)));
        GENERATORS.put("zip-bomb-docx-unused-part", (t, s) -> Files.write(t, withHugePart(OfficeDocuments.docx("en"),
                "word/media/unused.png", HostileFiles.BOMB_BYTES)));
        GENERATORS.put("zip-bomb-bundle", (t, s) -> Files.write(t, ZipBomb.zip(Map.of("story.txt",
                text().getBytes(StandardCharsets.UTF_8)), "photo.png", new byte[0], (byte) 0, HostileFiles.BOMB_BYTES, new byte[0])));
        GENERATORS.put("nested-zip", (t, s) -> Files.write(t, nested(50)));
        GENERATORS.put("billion-laughs-html", (t, s) -> Files.writeString(t, laughsPage(false)));
        GENERATORS.put("billion-laughs-xhtml", (t, s) -> Files.writeString(t, laughsPage(true)));
        GENERATORS.put("xxe-html", (t, s) -> Files.writeString(t, xxePage(s, false)));
        GENERATORS.put("xxe-xhtml", (t, s) -> Files.writeString(t, xxePage(s, true)));
        GENERATORS.put("billion-laughs-docx", (t, s) -> Files.write(t, docxWithDoctype(HostileFiles.LAUGHS, "&lol9;")));
        GENERATORS.put("xxe-docx", (t, s) -> Files.write(t, docxWithDoctype(xxeSubset(s), "&xxe;")));
        GENERATORS.put("billion-laughs-odt", (t, s) -> Files.write(t, odtWithDoctype(HostileFiles.LAUGHS, "&lol9;")));
        GENERATORS.put("xxe-odt", (t, s) -> Files.write(t, odtWithDoctype(xxeSubset(s), "&xxe;")));
        GENERATORS.put("deep-html", (t, s) -> Files.writeString(t, deepPage(10_000)));
        GENERATORS.put("single-line-20mb", (t, s) -> singleLine(t, 20L << 20));
        GENERATORS.put("paragraphs-100000", (t, s) -> paragraphs(t, 100_000));
        GENERATORS.put("over-size-limit", (t, s) -> sparse(t, 64L << 30));
        GENERATORS.put("invalid-utf8", (t, s) -> Files.write(t, invalidUtf8()));
        GENERATORS.put("long-headline-page", (t, s) -> Files.writeString(t, "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>" + longHeadline() + "</title></head><body><article><h1>"
                + longHeadline() + "</h1><p>" + String.join("</p><p>", ARTICLE.subList(1, ARTICLE.size()))
                + "</p></article></body></html>\n"));
        GENERATORS.put("slow-pdf", (t, s) -> Files.write(t, longPdf(1500)));
        GENERATORS.put("utf16le-no-bom", (t, s) -> Files.write(t, text().getBytes(StandardCharsets.UTF_16LE)));
        GENERATORS.put("utf16be-no-bom", (t, s) -> Files.write(t, text().getBytes(StandardCharsets.UTF_16BE)));
        GENERATORS.put("mixed-line-ends", (t, s) -> Files.writeString(t, mixedLineEnds()));
        GENERATORS.put("good-article", (t, s) -> Files.writeString(t, good(t.getFileName().toString())));
        GENERATORS.put("long-headline", (t, s) -> Files.writeString(t, longHeadline() + "\n\n" + String.join("\n\n",
                ARTICLE.subList(1, ARTICLE.size())) + "\n"));
        GENERATORS.put("symlink-outside", (t, s) -> Files.createSymbolicLink(t, s));
        // text made against the recognizer's patterns: each block sits between the headline and the story
        GENERATORS.put("brackets-line", (t, s) -> Files.writeString(t, around(repeat("([{<\"'", 40_000))));
        GENERATORS.put("byline-words", (t, s) -> Files.writeString(t, around(repeat("By and by with by ", 20_000))));
        GENERATORS.put("caption-lines", (t, s) -> Files.writeString(t, around(lines(5_000,
                i -> i % 2 == 0 ? "The quay at dawn, " + i : "(Photo: Jane Doe / Reuters)"))));
        GENERATORS.put("cjk-paragraph", (t, s) -> Files.writeString(t, around(repeat("港口渡轮冬季维修后恢复航行乘客", 130_000))));
        GENERATORS.put("bidi-marks", (t, s) -> Files.writeString(t, around(repeat("\u200F\u202Eferry\u202C\u200E\u2067 ", 20_000))));
        GENERATORS.put("date-lines", (t, s) -> Files.writeString(t, around(lines(10_000,
                i -> (1 + i % 28) + " March 2024 10:" + (10 + i % 50) + " GMT"))));
        GENERATORS.put("short-lines", (t, s) -> Files.writeString(t, around(lines(50_000, i -> "A."))));
        GENERATORS.put("markdown-line", (t, s) -> Files.writeString(t, around(repeat("#*_`>|[]()!-+", 10_000))));
        GENERATORS.put("dash-line", (t, s) -> Files.writeString(t, around(repeat("—–-", 50_000))));
        GENERATORS.put("editor-lines", (t, s) -> Files.writeString(t, around(lines(20_000,
                i -> "(Editor: Jane Doe, Web editor: John Roe)"))));
        GENERATORS.put("emoji-paragraph", (t, s) -> Files.writeString(t, around(repeat("🚢⚓🌊 ", 50_000))));
        GENERATORS.put("tatweel-paragraph", (t, s) -> Files.writeString(t, around(repeat("عـــــــــــــــادت ", 30_000))));
        GENERATORS.put("title-lines", (t, s) -> Files.writeString(t, around(lines(10_000,
                i -> "Ferry Plans For The Harbour " + i).replace("\n", "\n\n"))));
        GENERATORS.put("nested-quotes", (t, s) -> Files.writeString(t, around(repeat("«“‘", 20_000) + "ferry"
                + repeat("’”»", 20_000))));
        GENERATORS.put("figures-page", (t, s) -> Files.writeString(t, "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>" + ARTICLE.get(0) + "</title></head><body><article><h1>"
                + ARTICLE.get(0) + "</h1>" + lines(10_000, i -> "<figure><img src=\"p" + i
                        + ".jpg\" alt=\"\"><figcaption>The quay " + i + ". Photo: Jane Doe</figcaption></figure>")
                + "<p>" + String.join("</p><p>", ARTICLE.subList(1, ARTICLE.size())) + "</p></article></body></html>\n"));
        GENERATORS.put("huge-attribute-page", (t, s) -> Files.writeString(t, "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>" + ARTICLE.get(0) + "</title></head><body><article><h1>"
                + ARTICLE.get(0) + "</h1><p title=\"" + repeat("&quot;'<", 300_000) + "\">"
                + String.join("</p><p>", ARTICLE.subList(1, ARTICLE.size())) + "</p></article></body></html>\n"));
        GENERATORS.put("sub-folder", (t, s) -> Files.writeString(Files.createDirectory(t).resolve("inside.txt"),
                good("inside")));
    }

    /** A good article whose bytes are its own: its name is one of its lines. */
    static String good(String name) {
        return "Market stalls return to the old square\n\nBy Ilse Varga\n\nThe weekly market came back to the old"
                + " square on Saturday, with forty stalls selling bread, cheese and vegetables from the valley.\n\n"
                + "The council closed the square in spring to replace its paving stones, and traders had moved to a"
                + " car park at the edge of town.\n\nThis copy was filed as " + name.replaceAll("[^A-Za-z0-9-]", "-")
                + ".\n";
    }

    /** The article's headline, {@code block} as its own paragraph, then the rest of the article. */
    static String around(String block) {
        return ARTICLE.get(0) + "\n\n" + block + "\n\n" + String.join("\n\n", ARTICLE.subList(1, ARTICLE.size())) + "\n";
    }

    private static String repeat(String unit, int times) {
        return unit.repeat(times);
    }

    /** {@code count} lines, the {@code i}-th as {@code line} makes it. */
    private static String lines(int count, java.util.function.IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.toString().strip();
    }

    /** {@link #ARTICLE} as plain text, blocks separated by blank lines. */
    static String text() {
        return String.join("\n\n", ARTICLE) + "\n";
    }

    /** A headline run on to exactly 10,000 characters, with no line break. */
    static String longHeadline() {
        StringBuilder headline = new StringBuilder("Council approves");
        String[] words = {"the", "harbour", "plan", "and", "its", "ferry", "timetable", "after", "a", "long", "debate"};
        for (int i = 0; headline.length() < 10_000; i++) {
            headline.append(' ').append(words[i % words.length]);
        }
        return headline.substring(0, 10_000).strip();
    }

    static byte[] random(int size, String seed) {
        byte[] bytes = new byte[size];
        new Random(seed.hashCode()).nextBytes(bytes);
        return bytes;
    }

    static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** What a bomb inflates to: past a gigabyte. */
    static final long BOMB_BYTES = (1L << 30) + (64L << 20);

    /** {@code docx} whose document part is padded with a gigabyte of spaces inside its body. */
    static byte[] docxBomb(byte[] docx, long size) throws IOException {
        Map<String, byte[]> parts = unzip(docx);
        String document = new String(parts.remove("word/document.xml"), StandardCharsets.UTF_8);
        int body = document.indexOf("<w:body>") + "<w:body>".length();
        return ZipBomb.zip(parts, "word/document.xml", document.substring(0, body).getBytes(StandardCharsets.UTF_8),
                (byte) ' ', size, document.substring(body).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code docx} with one more part, of {@code size} zero bytes, that nothing in the document refers to. */
    static byte[] withHugePart(byte[] docx, String name, long size) throws IOException {
        return ZipBomb.zip(unzip(docx), name, new byte[0], (byte) 0, size, new byte[0]);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** A bundle holding a zip holding a zip … {@code depth} deep, the article at the bottom. */
    static byte[] nested(int depth) throws IOException {
        byte[] inner = Zips.zip(Map.of("story.txt", text().getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < depth; i++) {
            inner = Zips.zip(Map.of("level" + i + ".zip", inner));
        }
        return inner;
    }

    /** A text PDF of {@code blocks}, one line each (wrapped at 90 characters), encrypted when a password is given. */
    static byte[] pdf(List<String> blocks, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                float y = 740;
                for (String block : blocks) {
                    for (String line : wrap(block, 90)) {
                        cs.beginText();
                        cs.newLineAtOffset(60, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 13;
                    }
                    y -= 13;
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-password", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
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

    /** {@code docx} encrypted with a password, as Word saves a protected document (an OLE2 container). */
    static byte[] passwordProtected(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("reader-password");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Ten levels of ten references: expanded, one entity would be a billion "lol"s. */
    static final String LAUGHS = "<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">";

    static String xxeSubset(Path secret) {
        return "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">";
    }

    private static String laughsPage(boolean xhtml) {
        return page(xhtml, LAUGHS, "&lol9;");
    }

    private static String xxePage(Path secret, boolean xhtml) {
        return page(xhtml, xxeSubset(secret), "&xxe;");
    }

    /** A page with an internal DTD subset; the entity reference stands in the second paragraph. */
    private static String page(boolean xhtml, String subset, String reference) {
        String root = xhtml ? "html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"" : "html";
        return (xhtml ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "") + "<!DOCTYPE " + root + " [" + subset
                + "]>\n<html" + (xhtml ? " xmlns=\"http://www.w3.org/1999/xhtml\"" : "") + " lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"/><title>" + ARTICLE.get(0) + "</title></head><body><article><h1>"
                + ARTICLE.get(0) + "</h1><p>" + ARTICLE.get(1) + "</p><p>" + ARTICLE.get(2) + " " + reference
                + "</p><p>" + ARTICLE.get(3) + "</p><p>" + ARTICLE.get(4) + "</p></article></body></html>\n";
    }

    /** A page whose article sits in {@code depth} nested {@code <div>}s. */
    private static String deepPage(int depth) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + ARTICLE.get(0) + "</title></head><body>");
        page.append("<div>".repeat(depth));
        page.append("<h1>").append(ARTICLE.get(0)).append("</h1>");
        for (String block : ARTICLE.subList(1, ARTICLE.size())) {
            page.append("<p>").append(block).append("</p>");
        }
        page.append("</div>".repeat(depth)).append("</body></html>\n");
        return page.toString();
    }

    /** A minimal DOCX whose document part declares {@code subset} and refers to an entity in its second paragraph. */
    static byte[] docxWithDoctype(String subset, String reference) throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < ARTICLE.size(); i++) {
            body.append("<w:p><w:r><w:t>").append(ARTICLE.get(i)).append(i == 2 ? " " + reference : "")
                    .append("</w:t></w:r></w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE w:document ["
                + subset + "]>\n<w:document xmlns:w=\"" + w + "\"><w:body>" + body + "</w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", rels.getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
        return ordered(parts);
    }

    /** A minimal ODT whose content part declares {@code subset} and refers to an entity in its second paragraph. */
    static byte[] odtWithDoctype(String subset, String reference) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < ARTICLE.size(); i++) {
            body.append("<text:p>").append(ARTICLE.get(i)).append(i == 2 ? " " + reference : "").append("</text:p>");
        }
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" office:version=\"1.2\"";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE office:document-content [" + subset
                + "]>\n<office:document-content " + ns + "><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest " + ns + ">"
                + "<manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        parts.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        parts.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        return ordered(parts);
    }

    /** A zip of {@code parts} in the given order; {@code mimetype} stored, as ODF readers detect it. */
    private static byte[] ordered(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if ("mimetype".equals(part.getKey())) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The article's headline, then one line of {@code size} bytes of words and no line break. */
    private static void singleLine(Path target, long size) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write((ARTICLE.get(0) + "\n\n").getBytes(StandardCharsets.UTF_8));
            byte[] words = "the ferry crossed the harbour again ".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < size; written += words.length) {
                out.write(words);
            }
        }
    }

    /** The article's headline, then {@code count} paragraphs of one word each. */
    private static void paragraphs(Path target, int count) throws IOException {
        StringBuilder text = new StringBuilder(ARTICLE.get(0)).append("\n\n");
        for (int i = 0; i < count; i++) {
            text.append("word").append(i).append("\n\n");
        }
        Files.writeString(target, text);
    }

    /** A sparse file of {@code size} bytes: read whole, it would take minutes. */
    private static void sparse(Path target, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
            file.setLength(size);
        }
    }

    /** A Russian article of ours in UTF-8, with three broken sequences: a lone continuation byte, a cut one, an overlong. */
    static final String RUSSIAN = "Паром в гавани снова ходит после зимнего ремонта\n\nАвтор: Мара Квелл\n\n"
            + "Паром возобновил рейсы в понедельник после трёх месяцев ремонта корпуса и двигателей.\n\n"
            + "Пассажиры ждали на причале с раннего утра, и первый рейс ушёл вовремя, в семь часов.\n\n"
            + "Перевозчик сообщил, что расписание останется прежним, а по пятницам добавится вечерний рейс.\n\n"
            + "Ремонт обошёлся городу дороже, чем планировали: в корпусе нашли трещины, которые пришлось заваривать"
            + " в сухом доке, а один из двигателей заменили целиком.\n\n"
            + "Жители острова говорят, что зимой им приходилось ездить в город на автобусе в обход залива, и дорога"
            + " занимала почти два часа вместо двадцати минут на пароме.\n\n"
            + "Капитан парома пообещал, что летом судно будет делать на два рейса больше, чем в прошлом году.\n";

    private static byte[] invalidUtf8() {
        byte[] bytes = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        int at = RUSSIAN.substring(0, RUSSIAN.indexOf("Пассажиры")).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(new byte[] {(byte) 0x80, ' ', (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xC0, (byte) 0xAF, ' '});
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** A PDF of {@code pages} pages of text: Tika takes seconds to read it. */
    static byte[] longPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(font, 10);
                    float y = 740;
                    for (int line = 0; line < 50; line++) {
                        cs.beginText();
                        cs.newLineAtOffset(60, y);
                        String[] words = {"ferry", "harbour", "quay", "crossing", "timetable", "engine", "hull"};
                        cs.showText("The " + words[(p + line) % words.length] + " and the "
                                + words[(p * 3 + line * 5) % words.length] + " were checked " + (p * 50 + line)
                                + " times before the crossing.");
                        cs.endText();
                        y -= 13;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The article with its line ends mixed: CR after some lines, LF after others, CRLF after the rest. */
    private static String mixedLineEnds() {
        String[] ends = {"\r\r", "\n\n", "\r\n\r\n", "\n\r\n"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ARTICLE.size(); i++) {
            text.append(ARTICLE.get(i)).append(ends[i % ends.length]);
        }
        return text.toString();
    }
}
