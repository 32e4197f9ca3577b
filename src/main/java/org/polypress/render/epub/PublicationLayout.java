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

    /** The manifest id of the single article's content document. */
    static final String ARTICLE_ID = "article";

    private PublicationLayout() {
    }

    /**
     * The content document of a story's version in this language: {@code article.<tag>.xhtml}, named
     * as the sources are ({@code kazakhstan.zh.txt}), so the file says which version it holds and
     * never collides with {@link #NAV_HREF} or {@link #STYLE_HREF}, whatever the tag.
     */
    static String versionHref(String canonicalTag) {
        return "article." + canonicalTag + ".xhtml";
    }

    /** The manifest id of a story version's content document: an XML name, as ids must be. */
    static String versionId(String canonicalTag) {
        return "article-" + canonicalTag;
    }

    /** The archive path of a file named relative to the package document. */
    static String inPackage(String href) {
        return PACKAGE_FOLDER + href;
    }
}
