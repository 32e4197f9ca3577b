package org.polypress.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.polypress.PlainWords;
import org.polypress.Preload;
import org.polypress.Sha256;
import org.polypress.Stage;
import org.polypress.ingest.bundle.Bundle;
import org.polypress.ingest.bundle.BundlePictures;
import org.polypress.ingest.bundle.ZipContainer;
import org.polypress.ingest.html.HtmlArticle;
import org.polypress.ingest.html.HtmlArticleReader;
import org.polypress.ingest.html.HtmlBlocks;
import org.polypress.ingest.text.PlainTextBlocks;
import org.polypress.ingest.office.DocumentParagraphs;
import org.polypress.ingest.office.EmbeddedPictures;
import org.polypress.ingest.office.StructuredDocumentReader;
import org.polypress.ingest.pictures.PictureReader;
import org.polypress.ingest.text.PlainText;
import org.polypress.ingest.text.PlainTextReader;
import org.polypress.ingest.text.UnreadableCharacters;
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
 *
 * <p>Limits, so that no file can hang or exhaust the application: a file larger than {@code maxBytes} is refused
 * before it is read; a zip container (bundle, DOCX, ODT) that unpacks to more than four times that is refused
 * before it is parsed; Tika stops writing text at {@code maxChars} characters; and reading one file takes at most
 * the {@link ParseTimeLimit}.
 */
public final class ArticleExtractor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("polypress");

    /** Tika's parsers and detectors, with the picture reader that shares the detector. */
    private final Preload<Tika> tika;
    /** Web pages, read by {@link HtmlArticleReader}; XHTML is HTML written as XML. */
    private static final MediaType ZIP = MediaType.application("zip");
    private static final Set<MediaType> HTML_TYPES = Set.of(MediaType.TEXT_HTML,
            MediaType.application("xhtml+xml"));

    /** Pictures of a web page smaller than this many pixels a side are spacers and tracking pixels. */
    private static final int MIN_PAGE_PICTURE = 16;

    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final StructuredDocumentReader documents = new StructuredDocumentReader();
    private final long maxBytes;
    private final int maxChars;
    private final ParseTimeLimit timeLimit;

    /**
     * With the default parse time limit: 60 s, on at most two parse threads per processor core.
     *
     * @param maxBytes largest file accepted; larger ones are refused before they are read
     * @param maxChars most characters of text extracted from one file
     */
    public ArticleExtractor(long maxBytes, int maxChars) {
        this(maxBytes, maxChars, new ParseTimeLimit(Duration.ofSeconds(60),
                2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param maxBytes  largest file accepted; larger ones are refused before they are read
     * @param maxChars  most characters of text extracted from one file
     * @param timeLimit the longest reading one file may take
     */
    public ArticleExtractor(long maxBytes, int maxChars, ParseTimeLimit timeLimit) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        // Tika's configuration (every parser of the standard package, the media type registry) takes a second
        // or more to build: it is built once the application has started (Preload); the first file waits for it
        long pictureBytes = Math.min(maxBytes, PictureReader.DEFAULT_MAX_BYTES);
        this.tika = new Preload<>("tika parsers", () -> {
            AutoDetectParser parser = new AutoDetectParser();
            return new Tika(parser, new PictureReader(parser.getDetector(), pictureBytes));
        });
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
        this.timeLimit = java.util.Objects.requireNonNull(timeLimit, "timeLimit");
    }

    private record Tika(AutoDetectParser parser, PictureReader pictures) {
    }

    /** Starts building Tika's parsers now, on a thread of their own, for a batch that needs them at once. */
    public void preload() {
        tika.start();
    }

    /** Whether Tika's parsers are built or being built. */
    public boolean preloadStarted() {
        return tika.started();
    }

    private AutoDetectParser parser() {
        return tika.get().parser();
    }

    private PictureReader pictures() {
        return tika.get().pictures();
    }

    /**
     * Extracts the file at {@code file}, which must be a regular file (a symbolic link is refused, never
     * followed), within the parse time limit.
     */
    public Extraction extract(Path file) throws PipelineException {
        String fileName = file.getFileName().toString();
        // Tika's parsers, built once after start-up, are waited for before the clock runs: the first files after a
        // start must not be refused for the time the build took
        tika.get();
        Extraction extraction = timeLimit.run(fileName, deadline -> extract(file, fileName, deadline));
        logWarnings(fileName, extraction.source().warnings());
        return extraction;
    }

    /**
     * The warnings recorded into the article's source (its {@code article.json}), said in the log too as they are
     * recorded, one line for the file: an operator sees a damaged or doubtfully decoded file without opening its JSON.
     */
    private static void logWarnings(String fileName, List<String> warnings) {
        if (!warnings.isEmpty()) {
            LOG.warn("{}: {} recorded in its article.json: {}", org.polypress.PlainWords.name(fileName),
                    warnings.size() == 1 ? "a warning" : warnings.size() + " warnings", String.join("; ", warnings));
        }
    }

    private Extraction extract(Path file, String fileName, ParseTimeLimit.Deadline deadline) throws PipelineException {
        byte[] bytes = readBounded(file);
        if (bytes.length == 0) {
            throw new PipelineException(Stage.INGEST, "The file is empty", fileName + " has 0 bytes");
        }
        MediaType detected = detect(bytes, fileName);
        if (ZIP.equals(detected) && "zip".equals(Bundle.extension(fileName))) {
            return extractBundle(bytes, fileName, deadline);
        }
        return extract(bytes, fileName, detected, BundlePictures.none(), deadline);
    }

    /** The most bytes a zip container (bundle, DOCX, ODT) may hold unpacked: 4 × {@code maxBytes}. */
    private long unpackedLimit() {
        return maxBytes > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : maxBytes * 4;
    }

    /**
     * A zip bundle: its one article file, extracted as if it had been dropped alone but with the bundle's
     * pictures ({@link Bundle}); the source is the bundle as dropped.
     */
    private Extraction extractBundle(byte[] zip, String fileName, ParseTimeLimit.Deadline deadline)
            throws PipelineException {
        Bundle bundle = Bundle.read(zip, unpackedLimit());
        if (bundle.article().length == 0) {
            throw new PipelineException(Stage.INGEST, "The file is empty", bundle.articleName() + " has 0 bytes");
        }
        String articleName = bundle.articleFileName();
        BundlePictures bundled = new BundlePictures(bundle.pictures(), bundle.articleName());
        Extraction inner = extract(bundle.article(), articleName, detect(bundle.article(), articleName), bundled,
                deadline);
        List<PlacedImage> images = new ArrayList<>(inner.images());
        List<String> warnings = new ArrayList<>(inner.source().warnings());
        warnings.addAll(bundle.warnings());
        for (BundlePictures.Found left : bundled.unused()) {
            PictureReader.Result read = pictures().read(left.bytes(), left.name(), null);
            if (read.image() != null) {
                images.add(new PlacedImage(PlacedImage.UNPLACED, read.image()));
            } else {
                warnings.add(read.warning());
            }
        }
        String zipLanguage = statedLanguage(fileName, new Metadata());
        Source source = new Source(fileName, ZIP.toString(), inner.source().charset(),
                inner.source().charsetConfidence(), Sha256.hex(zip), zip.length, warnings);
        return new Extraction(inner.blocks(), source, zipLanguage != null ? zipLanguage : inner.statedLanguage(),
                LanguageTags.storyKey(fileName), inner.stated(), images);
    }

    /** Extracts a file's bytes, of the type Tika detected; {@code bundled} gives the pictures it may show. */
    private Extraction extract(byte[] bytes, String fileName, MediaType detected, BundlePictures bundled,
            ParseTimeLimit.Deadline deadline) throws PipelineException {
        if (ZipContainer.isZip(bytes) && ZipContainer.unpacksBeyond(bytes, unpackedLimit())) {
            throw new PipelineException(Stage.INGEST, "The document is too large when unpacked (a zip bomb?)",
                    "its parts hold more than " + unpackedLimit() + " bytes unpacked (4 × polypress.max-bytes)");
        }
        if (MediaType.TEXT_PLAIN.equals(detected)) {
            return extractPlainText(bytes, fileName, bundled);
        }
        if (HTML_TYPES.contains(detected)) {
            return extractHtml(bytes, fileName, detected, bundled);
        }
        if (StructuredDocumentReader.TYPES.contains(detected)) {
            return extractDocument(bytes, fileName, detected, deadline);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        parse(bytes, metadata, fileName, handler, new ParseContext(), deadline);
        String text = handler.toString();
        requireReadable(text, "read as " + metadata.get(Metadata.CONTENT_TYPE));
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String mediaType = type == null ? "application/octet-stream" : type.getBaseType().toString();
        Source source = new Source(fileName, mediaType, charsetOf(metadata, type), null, Sha256.hex(bytes), bytes.length,
                List.of());
        return new Extraction(text, source, statedLanguage(fileName, metadata), metadata.get(TikaCoreProperties.TITLE));
    }

    /** The blocks' text, for the limits on length and readability. */
    private static String textOf(List<SourceBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (SourceBlock block : blocks) {
            if (block.hint() != SourceBlock.Hint.PICTURE) {
                text.append(block.joined()).append("\n\n");
            }
        }
        return text.toString().strip();
    }

    /** The base media type Tika's detector (magic bytes, then the file name) gives the file, or null. */
    private MediaType detect(byte[] bytes, String fileName) {
        if (isProseNamedText(bytes, fileName)) {
            return MediaType.TEXT_PLAIN;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return parser().getDetector().detect(in, metadata).getBaseType();
        } catch (IOException e) {
            // unreachable for bytes in memory; Tika's own parse reports whatever is wrong
            return null;
        }
    }

    /**
     * Whether a {@code .txt} file plainly is text, without Tika's magic: its first kilobyte holds no control
     * byte, no {@code <} (markup), and it opens like no document format that is text at its start (PDF, RTF,
     * PostScript). Tika's magic patterns decode and lower-case the head of the file once for each pattern
     * (0.6 ms for a 3 KB article, a tenth of its conversion); anything else still goes through them.
     */
    private static boolean isProseNamedText(byte[] bytes, String fileName) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".txt") || bytes.length == 0) {
            return false;
        }
        int head = Math.min(bytes.length, 1024);
        for (int i = 0; i < head; i++) {
            int b = bytes[i] & 0xff;
            if (b == '<' || b == 0x7f || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
                return false;
            }
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1);
        return !(start.startsWith("%PDF") || start.startsWith("{\\rtf") || start.startsWith("%!PS"));
    }

    /**
     * A web page: the article is read out of it ({@link HtmlArticleReader}), not every text of the page. The
     * file name's language wins over the page's {@code lang}, as for every format.
     */
    private Extraction extractHtml(byte[] bytes, String fileName, MediaType type, BundlePictures bundled)
            throws PipelineException {
        HtmlArticle article = html.read(bytes);
        String text = textOf(article.blocks());
        if (text.length() > maxChars) {
            throw new PipelineException(Stage.INGEST, "The text is too long",
                    "more than " + maxChars + " characters (polypress.max-chars)");
        }
        requireReadable(text, "read as " + type + " in " + article.charset());
        if (text.isBlank()) {
            throw new PipelineException(Stage.INGEST, "The page holds no article text",
                    "no headline, paragraph or caption was found in " + fileName);
        }
        String fromName = statedLanguage(fileName, new Metadata());
        String stated = fromName != null ? fromName : article.statedLanguage();
        List<String> warnings = new ArrayList<>(article.warnings());
        List<PlacedImage> images = new ArrayList<>();
        for (HtmlBlocks.Picture picture : article.pictures()) {
            BundlePictures.Found found = bundled.forSource(picture.src());
            if (found != null) {
                readPicture(found, picture.alt(), picture.block(), images, warnings);
            }
        }
        Source source = new Source(fileName, MediaType.TEXT_HTML.toString(), article.charset(),
                article.charsetConfidence(), Sha256.hex(bytes), bytes.length, warnings);
        return new Extraction(article.blocks(), source, stated, LanguageTags.storyKey(fileName), article.stated(),
                images);
    }

    /**
     * Reads a picture into {@code images}, or its refusal into {@code warnings}. A page's picture smaller than
     * {@link #MIN_PAGE_PICTURE} pixels a side is a spacer or a tracking pixel, not a photo: left out silently.
     */
    private void readPicture(BundlePictures.Found found, String alt, int block, List<PlacedImage> images,
            List<String> warnings) {
        PictureReader.Result read = pictures().read(found.bytes(), found.name(), alt);
        if (read.image() == null) {
            warnings.add(read.warning());
        } else if (read.image().width() == 0 || read.image().width() >= MIN_PAGE_PICTURE
                && read.image().height() >= MIN_PAGE_PICTURE) {
            images.add(new PlacedImage(block, read.image()));
        }
    }

    /**
     * A DOCX, ODT, RTF or PDF: written from the paragraphs its markup states ({@link StructuredDocumentReader}),
     * so a headline, a subheading and a caption stay blocks of their own. A PDF without a text layer (a scan)
     * is refused: published, it would be an empty article.
     */
    private Extraction extractDocument(byte[] bytes, String fileName, MediaType type,
            ParseTimeLimit.Deadline deadline) throws PipelineException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        DocumentParagraphs handler = documents.handler(new BodyContentHandler(maxChars));
        EmbeddedPictures embedded = new EmbeddedPictures(pictures().maxBytes());
        parse(bytes, metadata, fileName, handler, documents.context(embedded), deadline);
        StructuredDocumentReader.Written written = documents.write(handler.paragraphs(), type, bytes);
        String text = textOf(written.blocks());
        if (text.isBlank() && StructuredDocumentReader.PDF.equals(type)) {
            throw new PipelineException(Stage.INGEST, "The PDF has no text layer",
                    fileName + " holds no text, only images (a scan?); run OCR on it and drop it again");
        }
        requireReadable(text, "read as " + type);
        List<String> warnings = new ArrayList<>(embedded.warnings());
        List<PlacedImage> images = new ArrayList<>();
        for (StructuredDocumentReader.Placed placed : written.pictures()) {
            byte[] picture = embedded.bytes(placed.picture().src());
            String name = placed.picture().src().replaceFirst("^embedded:", "");
            if (picture == null) {
                warnings.add("the picture " + name + " was left out: the document does not hold its file");
                continue;
            }
            PictureReader.Result read = pictures().read(picture, name, placed.picture().alt());
            if (read.image() != null) {
                images.add(new PlacedImage(placed.block(), read.image()));
            } else {
                warnings.add(read.warning());
            }
        }
        Source source = new Source(fileName, type.toString(), charsetOf(metadata, type), null, Sha256.hex(bytes),
                bytes.length, warnings);
        return new Extraction(written.blocks(), source, statedLanguage(fileName, metadata),
                LanguageTags.storyKey(fileName), StatedMetadata.titled(metadata.get(TikaCoreProperties.TITLE)), images);
    }

    private Extraction extractPlainText(byte[] bytes, String fileName, BundlePictures bundled)
            throws PipelineException {
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
        List<String> warnings = new ArrayList<>(plain.warnings());
        String text = plain.text();
        List<PlacedImage> placed = new ArrayList<>();
        if (!bundled.isEmpty()) {
            text = placeBundledPictures(text, bundled, placed, warnings);
        }
        PlainTextBlocks.Split split = PlainTextBlocks.splitWithOrigins(text);
        // a picture placed before a blank-line separated block stands before the first block read from it
        List<PlacedImage> images = placed.stream().map(p -> p.placed()
                ? new PlacedImage(split.firstFrom(p.block()), p.image()) : p).toList();
        Source source = new Source(fileName, MediaType.TEXT_PLAIN.toString(), plain.charset(),
                plain.charsetConfidence(), Sha256.hex(bytes), bytes.length, warnings);
        return new Extraction(split.blocks(), source, stated, LanguageTags.storyKey(fileName), StatedMetadata.NONE,
                images);
    }

    /**
     * A text article of a bundle names its pictures: a line that is only a picture's name in brackets
     * ({@code [photo.jpg]}) is the picture, standing there (the line is not text); a block that mentions a
     * picture's file name (a caption "photo.jpg: …") has that picture right before it. Pictures named nowhere
     * are placed later, by {@link #extractBundle}.
     */
    private String placeBundledPictures(String text, BundlePictures bundled, List<PlacedImage> images,
            List<String> warnings) {
        List<String> kept = new ArrayList<>();
        for (String block : text.split("\n\s*\n")) {
            List<String> lines = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (String line : block.split("\n")) {
                String marker = bundled.markerIn(line);
                if (marker == null) {
                    lines.add(line);
                } else if (lines.stream().allMatch(String::isBlank)) {
                    addBundled(bundled.forName(marker), kept.size(), images, warnings);
                } else {
                    after.add(marker);
                }
            }
            String rest = String.join("\n", lines).strip();
            if (!rest.isEmpty()) {
                String mentioned = bundled.mentionedIn(rest);
                if (mentioned != null) {
                    addBundled(bundled.forName(mentioned), kept.size(), images, warnings);
                }
                kept.add(rest);
            }
            for (String marker : after) {
                addBundled(bundled.forName(marker), kept.size(), images, warnings);
            }
        }
        return String.join("\n\n", kept);
    }

    private void addBundled(BundlePictures.Found found, int block, List<PlacedImage> images, List<String> warnings) {
        if (found == null) {
            return;
        }
        PictureReader.Result read = pictures().read(found.bytes(), found.name(), null);
        if (read.image() != null) {
            images.add(new PlacedImage(block, read.image()));
        } else {
            warnings.add(read.warning());
        }
    }

    /**
     * The file's bytes; a link is never followed, and a file over the size limit is refused by its size alone,
     * before a byte of it is read.
     */
    private byte[] readBounded(Path file) throws PipelineException {
        try {
            if (Files.isSymbolicLink(file)) {
                throw new PipelineException(Stage.INGEST, "The file is a symbolic link, which Polypress never follows",
                        "drop the file itself into the folder; the link was set aside, what it points to was not read");
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(file.getFileName().toString());
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new PipelineException(Stage.INGEST, "This is not a file that holds an article",
                        "a folder, a device, a pipe or a socket; only regular files are read");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new PipelineException(Stage.INGEST, "The file is too large",
                        size + " bytes; the limit is " + maxBytes + " bytes (polypress.max-bytes)");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                // a file still growing is read no further than the limit
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw new PipelineException(Stage.INGEST, "The file is too large",
                            "it grew past the limit of " + maxBytes + " bytes (polypress.max-bytes) while it was read");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new PipelineException(Stage.INGEST, "The file disappeared before it could be read",
                    "it was deleted or moved away while Polypress was taking it", e);
        } catch (IOException e) {
            throw new PipelineException(Stage.INGEST, "The file could not be read", PlainWords.of(e), e);
        }
    }

    /**
     * Parses {@code bytes} into {@code handler}, stopping at {@code deadline}; Tika's checked exceptions become one
     * refusal with a reason a person reads.
     */
    private void parse(byte[] bytes, Metadata metadata, String fileName, ContentHandler handler, ParseContext context,
            ParseTimeLimit.Deadline deadline) throws PipelineException {
        // try-with-resources: the caller owns the stream and always closes it
        try (InputStream in = TikaInputStream.get(bytes, metadata)) {
            parser().parse(in, new DeadlineContentHandler(handler, deadline), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new PipelineException(Stage.INGEST, "The document is encrypted or password-protected",
                    "save it without a password and drop it again", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (deadline.passed()) {
                throw timeLimit.timedOut();
            }
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new PipelineException(Stage.INGEST, "The text is too long",
                        "more than " + maxChars + " characters (polypress.max-chars)", e);
            }
            String detail = PlainWords.of(e);
            if (detail.contains("entity expansions")) {
                throw new PipelineException(Stage.INGEST, "The document's XML defines entities that expand without"
                        + " end (a \"billion laughs\" file), so it was not read", detail, e);
            }
            if (detail.contains("Zip bomb")) {
                throw new PipelineException(Stage.INGEST, "The document is too large when unpacked (a zip bomb?)",
                        detail, e);
            }
            throw new PipelineException(Stage.INGEST, "The document is damaged or incomplete: it could not be read as "
                    + kind(metadata, fileName), detail, e);
        }
    }

    /** The kind of document Tika took the file for, as a person names it. */
    private static String kind(Metadata metadata, String fileName) {
        MediaType type = MediaType.parse(detectedType(metadata, fileName));
        MediaType base = type == null ? null : type.getBaseType();
        if (StructuredDocumentReader.DOCX.equals(base)) {
            return "a Word document (DOCX)";
        }
        if (StructuredDocumentReader.ODT.equals(base)) {
            return "an OpenDocument text (ODT)";
        }
        if (StructuredDocumentReader.PDF.equals(base)) {
            return "a PDF";
        }
        if (StructuredDocumentReader.RTF.equals(base)) {
            return "an RTF document";
        }
        return base == null ? "its type" : base.toString();
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ArticleExtractor[maxBytes=%d, maxChars=%d]", maxBytes, maxChars);
    }
}
