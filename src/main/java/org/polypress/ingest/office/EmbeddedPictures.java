package org.polypress.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Keeps the bytes of the pictures embedded in one DOCX or ODT, by the name its text refers to them by
 * ({@code <img src="embedded:image1.png">}, {@code embedded:Pictures/1.png}); never parses them, so a picture's
 * metadata or an attachment's text never becomes the article's. Other embedded files are left unread. At most
 * {@link #MAX_PICTURES} pictures are kept and a picture larger than the limit is not read past it: it is kept as
 * too large, to be refused with a warning. One instance serves one document.
 */
public final class EmbeddedPictures implements EmbeddedDocumentExtractor {

    static final int MAX_PICTURES = 1_000;

    private final long maxBytes;
    private final Map<String, byte[]> pictures = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** @param maxBytes the largest picture read; a larger one is read only that far */
    public EmbeddedPictures(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("image/")
                && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (pictures.size() >= MAX_PICTURES) {
            if (warnings.isEmpty()) {
                warnings.add("the document holds more than " + MAX_PICTURES + " pictures; the others were left out");
            }
            return;
        }
        // one byte past the limit is enough to know the picture is too large
        pictures.putIfAbsent(name, stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
    }

    /** The bytes of the picture the text refers to as {@code src}, or null. */
    public byte[] bytes(String src) {
        String name = src.startsWith("embedded:") ? src.substring("embedded:".length()) : src;
        return pictures.get(name);
    }

    /** What could not be kept. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
