package org.polypress.ingest.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.polypress.ingest.Spaces;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The paragraphs of the comments in a DOCX ({@code word/comments.xml}). Why read them apart: Tika's
 * streaming DOCX extractor (used because it leaves tracked deletions out) writes the comments as plain
 * {@code <p>} after the document's own text, with nothing to tell them from it; knowing their text lets the
 * reader leave them out.
 */
final class WordComments {

    private static final String PART = "word/comments.xml";

    private WordComments() {
    }

    /** The text of each comment paragraph, in order; empty when the file has no comments or is unreadable. */
    static List<String> paragraphs(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (PART.equals(entry.getName())) {
                    return read(zip);
                }
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            // Tika reports a damaged file; without its comments part the document's own text is still read
        }
        return List.of();
    }

    private static List<String> read(InputStream part)
            throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> paragraphs = new ArrayList<>();
        factory.newSAXParser().parse(new UnclosedStream(part), new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;

            @Override
            public void startElement(String uri, String local, String name, Attributes atts) {
                inText = "t".equals(local);
            }

            @Override
            public void endElement(String uri, String local, String name) {
                inText = false;
                if ("p".equals(local)) {
                    String paragraph = Spaces.tidyLine(text.toString());
                    if (!paragraph.isEmpty()) {
                        paragraphs.add(paragraph);
                    }
                    text.setLength(0);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    text.append(ch, start, length);
                }
            }
        });
        return paragraphs;
    }

    /** The zip entry's stream, which the XML parser must not close: the zip is closed by its owner. */
    private static final class UnclosedStream extends java.io.FilterInputStream {
        UnclosedStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZipInputStream's try-with-resources closes it
        }
    }
}
