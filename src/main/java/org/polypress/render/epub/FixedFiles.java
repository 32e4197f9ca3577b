package org.polypress.render.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.polypress.render.epub.OcfArchiveWriter.ArchiveFile;

/**
 * The files that are the same in every EPUB Polypress writes, article or story: the container
 * document and the stylesheet. A renderer loads them once, when it is made, so a missing stylesheet
 * fails at start-up and not at the first article; they are never changed afterwards and never handed
 * out except into an archive, so a renderer stays immutable and thread-safe.
 */
final class FixedFiles {

    private static final String STYLESHEET_RESOURCE = "/epub/style.css";

    private final byte[] containerDocument;
    private final byte[] stylesheet;

    private FixedFiles(byte[] containerDocument, byte[] stylesheet) {
        this.containerDocument = containerDocument;
        this.stylesheet = stylesheet;
    }

    /** Writes the container document and reads the stylesheet from the class path. */
    static FixedFiles load() {
        return new FixedFiles(new ContainerDocumentWriter().write(), loadStylesheet());
    }

    /** {@code META-INF/container.xml}. */
    ArchiveFile container() {
        return new ArchiveFile(PublicationLayout.CONTAINER_PATH, containerDocument);
    }

    /** The stylesheet, beside the package document. */
    ArchiveFile stylesheet() {
        return new ArchiveFile(PublicationLayout.inPackage(PublicationLayout.STYLE_HREF), stylesheet);
    }

    private static byte[] loadStylesheet() {
        try (InputStream in = FixedFiles.class.getResourceAsStream(STYLESHEET_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + STYLESHEET_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + STYLESHEET_RESOURCE, e);
        }
    }
}
