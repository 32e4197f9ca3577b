package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polypress.model.Article;
import org.polypress.render.Renderer;
import org.polypress.render.epub.OcfArchiveWriter.ArchiveFile;

/**
 * Renders an article as an EPUB 3.3 publication that passes W3C epubcheck without error or warning:
 * one XHTML content document, a navigation document, a package document with creators and
 * contributors (MARC relator roles) and accessibility metadata, and a stylesheet with script-aware
 * font fallbacks.
 *
 * <p>Deterministic: the identifier is derived from the article id, {@code dcterms:modified} from the
 * published date (see {@link PublicationDates}), and the zip carries fixed entry times and order, so
 * the same article gives the same bytes on every run. Immutable and thread-safe: the stylesheet and
 * the container document are read once and never changed, and every render works on its own writers.
 */
public final class EpubRenderer implements Renderer {

    /** The rendition's file in {@code output/<slug>/}. */
    public static final String FILE_NAME = "article.epub";

    private final FixedFiles fixedFiles;
    private final PackageDocumentWriter packageWriter = new PackageDocumentWriter();
    private final NavigationDocumentWriter navigationWriter = new NavigationDocumentWriter();
    private final ContentDocumentWriter contentWriter = new ContentDocumentWriter();
    private final OcfArchiveWriter archiveWriter = new OcfArchiveWriter();

    /** Loads the stylesheet once; fails at start-up, not at the first article, if it is missing. */
    public EpubRenderer() {
        this.fixedFiles = FixedFiles.load();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String mediaType() {
        return PublicationLayout.MEDIA_TYPE;
    }

    /**
     * The EPUB's bytes.
     *
     * @throws IllegalArgumentException when the title or the language is blank: EPUB requires both,
     *                                  and no text the renderer could invent would be true
     */
    @Override
    public byte[] render(Article article) {
        Objects.requireNonNull(article, "article");
        XmlCharacters.requireText(article.title(), "article.title");
        XmlCharacters.requireText(article.language(), "article.language");
        HeadingAnchors headings = HeadingAnchors.of(article.body());
        PackageMetadata metadata = PackageMetadata.ofArticle(article, headings);
        List<ArchiveFile> files = new ArrayList<>(List.of(
                fixedFiles.container(),
                new ArchiveFile(PublicationLayout.PACKAGE_PATH, packageWriter.write(metadata)),
                new ArchiveFile(PublicationLayout.inPackage(PublicationLayout.NAV_HREF),
                        navigationWriter.write(TableOfContents.ofArticle(article, headings))),
                new ArchiveFile(PublicationLayout.inPackage(PublicationLayout.ARTICLE_HREF),
                        contentWriter.write(article, headings)),
                fixedFiles.stylesheet()));
        files.addAll(imageFiles(metadata));
        return archiveWriter.write(files);
    }

    /** The packed images' files, in manifest order. */
    static List<ArchiveFile> imageFiles(PackageMetadata metadata) {
        return metadata.images().stream()
                .map(image -> new ArchiveFile(PublicationLayout.inPackage(image.path()), image.bytes())).toList();
    }
}
