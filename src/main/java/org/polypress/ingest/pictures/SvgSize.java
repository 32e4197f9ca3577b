package org.polypress.ingest.pictures;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size an SVG picture states, read with an XML parser that refuses document type declarations and external
 * entities: {@code width} and {@code height} in pixels (or without unit), else the {@code viewBox}'s; 0×0 when it
 * states neither in pixels. An SVG that holds a script, an event handler attribute or foreign HTML is refused:
 * published in an EPUB it would make the book scripted, and it is not a photo.
 */
final class SvgSize {

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s,]+");

    private SvgSize() {
    }

    /** {width, height}, or empty when the bytes are not a harmless SVG document. */
    static Optional<int[]> of(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        int[] size = null;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    if (size == null && !"svg".equals(name) || "script".equals(name) || "foreignobject".equals(name)
                            || hasEventHandler(xml)) {
                        return Optional.empty();
                    }
                    if (size == null) {
                        size = sizeOf(xml);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(size);
    }

    private static boolean hasEventHandler(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT).startsWith("on")) {
                return true;
            }
        }
        return false;
    }

    private static int[] sizeOf(XMLStreamReader svg) {
        int width = pixels(svg.getAttributeValue(null, "width"));
        int height = pixels(svg.getAttributeValue(null, "height"));
        String viewBox = svg.getAttributeValue(null, "viewBox");
        if ((width == 0 || height == 0) && viewBox != null) {
            String[] parts = SPACES.split(viewBox.strip());
            if (parts.length == 4) {
                width = pixels(parts[2]);
                height = pixels(parts[3]);
            }
        }
        return width > 0 && height > 0 ? new int[] {width, height} : new int[] {0, 0};
    }

    private static int pixels(String length) {
        if (length == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(length);
        return m.matches() ? (int) Math.min(Integer.MAX_VALUE, Math.round(Double.parseDouble(m.group(1)))) : 0;
    }
}
