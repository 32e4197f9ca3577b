package org.polypress.render.epub;

/** Where each file sits in the EPUB: one place, so the archive, the manifest and the links agree. */
final class PublicationLayout {

    static final String MEDIA_TYPE = "application/epub+zip";
    static final String XHTML_MEDIA_TYPE = "application/xhtml+xml";
    static final String CSS_MEDIA_TYPE = "text/css";

    static final String MIMETYPE_PATH = "mimetype";
    static final String CONTAINER_PATH = "META-INF/container.xml";
    static final String PACKAGE_FOLDER = "EPUB/";
    static final String PACKAGE_PATH = PACKAGE_FOLDER + "package.opf";

    /** Paths relative to the package document, as the manifest and the links write them. */
    static final String NAV_HREF = "nav.xhtml";
    static final String ARTICLE_HREF = "article.xhtml";
    static final String STYLE_HREF = "style.css";

    private PublicationLayout() {
    }

    /** The archive path of a file named relative to the package document. */
    static String inPackage(String href) {
        return PACKAGE_FOLDER + href;
    }
}
