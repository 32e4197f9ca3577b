package org.polypress.render.epub;

import javax.xml.stream.XMLStreamException;

/** Writes {@code META-INF/container.xml}, which tells a reading system where the package document is. */
final class ContainerDocumentWriter {

    private static final String CONTAINER_NS = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static final String PACKAGE_MEDIA_TYPE = "application/oebps-package+xml";

    byte[] write() {
        return MarkupWriter.document(this::writeContainer);
    }

    private void writeContainer(MarkupWriter xml) throws XMLStreamException {
        xml.root("container", CONTAINER_NS).attribute("version", "1.0").newline();
        xml.start("rootfiles").newline();
        xml.empty("rootfile")
                .attribute("full-path", PublicationLayout.PACKAGE_PATH)
                .attribute("media-type", PACKAGE_MEDIA_TYPE)
                .newline();
        xml.end().newline();
        xml.end();
    }
}
