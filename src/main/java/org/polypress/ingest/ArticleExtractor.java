package org.polypress.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Source;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a dropped file: Apache Tika detects its media type; plain text is decoded by Polypress
 * ({@link PlainTextReader}), which decides the encoding and reports what it could not decode; a web page
 * ({@code text/html}, {@code application/xhtml+xml}) is read by {@link HtmlArticleReader}, which keeps the
 * article and leaves the site's navigation, advertising and comments out; a DOCX, ODT, RTF or PDF is written
 * from the paragraphs Tika's structured XHTML states ({@link StructuredDocumentReader}); every other
 * format is extracted by Tika, which reads the encoding the format declares. One instance serves every
 * file: Tika's parser is built once and is thread-safe; each document gets a fresh {@link Metadata} and
 * {@link ParseContext}.
 */
public final class ArticleExtractor {

    private final AutoDetectParser parser;
    /** Web pages, read by {@link HtmlArticleReader}; XHTML is HTML written as XML. */
    private static final Set<MediaType> HTML_TYPES = Set.of(MediaType.TEXT_HTML,
            MediaType.application("xhtml+xml"));

    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final StructuredDocumentReader documents = new StructuredDocumentReader();
    private final long maxBytes;
    private final int maxChars;

    /**
     * @param maxBytes largest file accepted; larger ones are refused before they are read
     * @param maxChars most characters of text extracted from one file
     */
    public ArticleExtractor(long maxBytes, int maxChars) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.parser = new AutoDetectParser();
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    /** Extracts the file at {@code file}, which must be a regular file. */
    public Extraction extract(Path file) throws PipelineException {
        String fileName = file.getFileName().toString();
        byte[] bytes = readBounded(file);
        if (bytes.length == 0) {
            throw new PipelineException(Stage.INGEST, "The file is empty", fileName + " has 0 bytes");
        }
        MediaType detected = detect(bytes, fileName);
        if (MediaType.TEXT_PLAIN.equals(detected)) {
            return extractPlainText(bytes, fileName);
        }
        if (HTML_TYPES.contains(detected)) {
            return extractHtml(bytes, fileName, detected);
        }
        if (StructuredDocumentReader.TYPES.contains(detected)) {
            return extractDocument(bytes, fileName, detected);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        parse(bytes, metadata, fileName, handler, new ParseContext());
        String text = handler.toString();
        requireReadable(text, "read as " + metadata.get(Metadata.CONTENT_TYPE));
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String mediaType = type == null ? "application/octet-stream" : type.getBaseType().toString();
        Source source = new Source(fileName, mediaType, charsetOf(metadata, type), null, sha256(bytes), bytes.length,
                List.of());
        return new Extraction(text, source, statedLanguage(fileName, metadata), metadata.get(TikaCoreProperties.TITLE));
    }

    /** The base media type Tika's detector (magic bytes, then the file name) gives the file, or null. */
    private MediaType detect(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, metadata).getBaseType();
        } catch (IOException e) {
            // unreachable for bytes in memory; Tika's own parse reports whatever is wrong
            return null;
        }
    }

    /**
     * A web page: the article is read out of it ({@link HtmlArticleReader}), not every text of the page. The
     * file name's language wins over the page's {@code lang}, as for every format.
     */
    private Extraction extractHtml(byte[] bytes, String fileName, MediaType type) throws PipelineException {
        HtmlArticle article = html.read(bytes);
        if (article.text().length() > maxChars) {
            throw new PipelineException(Stage.INGEST, "The text is too long",
                    "more than " + maxChars + " characters (polypress.max-chars)");
        }
        requireReadable(article.text(), "read as " + type + " in " + article.charset());
        if (article.text().isBlank()) {
            throw new PipelineException(Stage.INGEST, "The page holds no article text",
                    "no headline, paragraph or caption was found in " + fileName);
        }
        String fromName = statedLanguage(fileName, new Metadata());
        String stated = fromName != null ? fromName : article.statedLanguage();
        Source source = new Source(fileName, MediaType.TEXT_HTML.toString(), article.charset(),
                article.charsetConfidence(), sha256(bytes),
                bytes.length, article.warnings());
        return new Extraction(article.text(), source, stated, article.statedTitle(), article.stated());
    }

    /**
     * A DOCX, ODT, RTF or PDF: written from the paragraphs its markup states ({@link StructuredDocumentReader}),
     * so a headline, a subheading and a caption stay blocks of their own. A PDF without a text layer (a scan)
     * is refused: published, it would be an empty article.
     */
    private Extraction extractDocument(byte[] bytes, String fileName, MediaType type) throws PipelineException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        DocumentParagraphs handler = documents.handler(new BodyContentHandler(maxChars));
        parse(bytes, metadata, fileName, handler, documents.context());
        String text = documents.text(handler.paragraphs(), type, bytes);
        if (text.isBlank() && StructuredDocumentReader.PDF.equals(type)) {
            throw new PipelineException(Stage.INGEST, "The PDF has no text layer",
                    fileName + " holds no text, only images (a scan?); run OCR on it and drop it again");
        }
        requireReadable(text, "read as " + type);
        Source source = new Source(fileName, type.toString(), charsetOf(metadata, type), null, sha256(bytes),
                bytes.length, List.of());
        return new Extraction(text, source, statedLanguage(fileName, metadata), metadata.get(TikaCoreProperties.TITLE));
    }

    private Extraction extractPlainText(byte[] bytes, String fileName) throws PipelineException {
        String stated = statedLanguage(fileName, new Metadata());
        PlainText plain = plainText.read(bytes, stated);
        if (plain.text().length() > maxChars) {
            throw new PipelineException(Stage.INGEST, "The text is too long",
                    "more than " + maxChars + " characters (polypress.max-chars)");
        }
        List<String> readAs = new ArrayList<>();
        readAs.add("read as text/plain in " + plain.charset());
        readAs.addAll(plain.warnings());
        requireReadable(plain.text(), String.join("; ", readAs));
        Source source = new Source(fileName, MediaType.TEXT_PLAIN.toString(), plain.charset(),
                plain.charsetConfidence(), sha256(bytes), bytes.length, plain.warnings());
        return new Extraction(plain.text(), source, stated, null);
    }

    private byte[] readBounded(Path file) throws PipelineException {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new PipelineException(Stage.INGEST, "Not a regular file", file.toString());
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new PipelineException(Stage.INGEST, "The file is too large",
                        size + " bytes; the limit is " + maxBytes + " bytes (polypress.max-bytes)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PipelineException(Stage.INGEST, "The file could not be read", e.toString(), e);
        }
    }

    /** Parses {@code bytes} into {@code handler}; Tika's checked exceptions become one refusal with a reason. */
    private void parse(byte[] bytes, Metadata metadata, String fileName, ContentHandler handler, ParseContext context)
            throws PipelineException {
        // try-with-resources: the caller owns the stream and always closes it
        try (InputStream in = TikaInputStream.get(bytes, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new PipelineException(Stage.INGEST, "The document is encrypted or password-protected",
                    e.getMessage(), e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new PipelineException(Stage.INGEST, "The text is too long",
                        "more than " + maxChars + " characters (polypress.max-chars)", e);
            }
            throw new PipelineException(Stage.INGEST, "The document is malformed", describe(e), e);
        } catch (TikaException e) {
            throw new PipelineException(Stage.INGEST, "The document could not be read as "
                    + detectedType(metadata, fileName), describe(e), e);
        } catch (IOException | RuntimeException e) {
            throw new PipelineException(Stage.INGEST, "The document could not be read", describe(e), e);
        }
    }

    /**
     * Refuses text that is mostly not text: random bytes named {@code .txt} decode to something, but
     * to control characters and replacement characters rather than words. A few replacement characters
     * (damaged bytes in a real article, each reported in the source's warnings) pass.
     *
     * @param readAs how the text was read, for the refusal's detail
     */
    private static void requireReadable(String text, String readAs) throws PipelineException {
        long unreadable = UnreadableCharacters.count(text);
        long all = text.codePoints().count();
        if (!UnreadableCharacters.fewEnough(unreadable, all)) {
            throw new PipelineException(Stage.INGEST, "The file does not hold readable text",
                    unreadable + " of " + all + " characters are control, unassigned or undecodable characters ("
                            + readAs + ")");
        }
    }

    private static String detectedType(Metadata metadata, String fileName) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? fileName : type;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (caused by " + root + ")";
    }

    private static String charsetOf(Metadata metadata, MediaType type) {
        String encoding = metadata.get(Metadata.CONTENT_ENCODING);
        if (encoding == null && type != null) {
            encoding = type.getParameters().get("charset");
        }
        return encoding;
    }

    /**
     * A language the source states: a file name such as {@code story.fr.txt} or {@code story.zh-Hant.txt}
     * wins, then the document's own language metadata.
     */
    static String statedLanguage(String fileName, Metadata metadata) {
        String[] parts = fileName.split("\\.");
        if (parts.length >= 3) {
            String tag = LanguageTags.fromFileName(parts[parts.length - 2]);
            if (tag != null) {
                return tag;
            }
        }
        for (String key : new String[] {TikaCoreProperties.LANGUAGE.getName(), "Content-Language"}) {
            String value = metadata.get(key);
            String tag = value == null ? null : LanguageTags.canonical(value.trim());
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ArticleExtractor[maxBytes=%d, maxChars=%d]", maxBytes, maxChars);
    }
}
