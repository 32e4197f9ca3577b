package org.polypress.render.epub;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.polypress.model.Article;

/**
 * Writes {@code EPUB/package.opf}: the metadata (identifier, title, language, creators and
 * contributors with MARC relator roles, publisher, dates, accessibility), the manifest and the spine.
 */
final class PackageDocumentWriter {

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String IDENTIFIER_ID = "pub-id";

    byte[] write(Article article, HeadingAnchors headings) {
        return MarkupWriter.document(xml -> writePackage(xml, article, headings));
    }

    private void writePackage(MarkupWriter xml, Article article, HeadingAnchors headings)
            throws XMLStreamException {
        xml.root("package", OPF_NS)
                .attribute("version", "3.0")
                .attribute("unique-identifier", IDENTIFIER_ID)
                .xmlLang(article.language())
                .attribute("dir", article.direction().code())
                .newline();
        writeMetadata(xml, article, headings);
        writeManifest(xml);
        writeSpine(xml, article);
        xml.end();
    }

    private void writeMetadata(MarkupWriter xml, Article article, HeadingAnchors headings)
            throws XMLStreamException {
        xml.start("metadata").namespace("dc", DC_NS).newline();
        dc(xml, "identifier").attribute("id", IDENTIFIER_ID).text(PublicationIdentifier.of(article.id())).end().newline();
        dc(xml, "title").text(article.title()).end().newline();
        dc(xml, "language").text(article.language().strip()).end().newline();
        writeCredited(xml, "creator", CreditedName.creators(article));
        writeCredited(xml, "contributor", CreditedName.contributors(article));
        writePublisher(xml, article.publication());
        writeDates(xml, PublicationDates.of(article.published()));
        writeAccessibility(xml, AccessibilityMetadata.of(article, headings));
        xml.end().newline();
    }

    /** Each name gets an id so that its {@code role} meta can refine it. */
    private void writeCredited(MarkupWriter xml, String element, List<CreditedName> names) throws XMLStreamException {
        int number = 0;
        for (CreditedName name : names) {
            String id = element + "-" + (++number);
            dc(xml, element).attribute("id", id).text(name.name()).end().newline();
            xml.start("meta")
                    .attribute("refines", "#" + id)
                    .attribute("property", "role")
                    .attribute("scheme", "marc:relators")
                    .text(name.relator())
                    .end().newline();
        }
    }

    private void writePublisher(MarkupWriter xml, String publication) throws XMLStreamException {
        if (publication != null && !XmlCharacters.clean(publication).isBlank()) {
            dc(xml, "publisher").text(publication.strip()).end().newline();
        }
    }

    private void writeDates(MarkupWriter xml, PublicationDates dates) throws XMLStreamException {
        if (dates.date() != null) {
            dc(xml, "date").text(dates.date()).end().newline();
        }
        meta(xml, "dcterms:modified", dates.modified());
    }

    private void writeAccessibility(MarkupWriter xml, AccessibilityMetadata accessibility) throws XMLStreamException {
        metas(xml, "schema:accessMode", accessibility.accessModes());
        metas(xml, "schema:accessModeSufficient", accessibility.accessModeSufficient());
        metas(xml, "schema:accessibilityFeature", accessibility.features());
        metas(xml, "schema:accessibilityHazard", accessibility.hazards());
        xml.start("meta")
                .attribute("property", "schema:accessibilitySummary")
                .xmlLang(AccessibilityMetadata.SUMMARY_LANGUAGE)
                .text(accessibility.summary())
                .end().newline();
    }

    /**
     * Only files that are in the archive: figures' images are not, because the model carries only
     * their path, and a manifest item without its file is an epubcheck error.
     */
    private void writeManifest(MarkupWriter xml) throws XMLStreamException {
        xml.start("manifest").newline();
        item(xml, "nav", PublicationLayout.NAV_HREF, PublicationLayout.XHTML_MEDIA_TYPE).attribute("properties", "nav");
        xml.newline();
        item(xml, "article", PublicationLayout.ARTICLE_HREF, PublicationLayout.XHTML_MEDIA_TYPE).newline();
        item(xml, "style", PublicationLayout.STYLE_HREF, PublicationLayout.CSS_MEDIA_TYPE).newline();
        xml.end().newline();
    }

    private void writeSpine(MarkupWriter xml, Article article) throws XMLStreamException {
        xml.start("spine").attribute("page-progression-direction", article.direction().code()).newline();
        xml.empty("itemref").attribute("idref", "article").newline();
        xml.end().newline();
    }

    private static MarkupWriter dc(MarkupWriter xml, String element) throws XMLStreamException {
        return xml.start("dc", element, DC_NS);
    }

    private static void meta(MarkupWriter xml, String property, String value) throws XMLStreamException {
        xml.start("meta").attribute("property", property).text(value).end().newline();
    }

    private static void metas(MarkupWriter xml, String property, List<String> values) throws XMLStreamException {
        for (String value : values) {
            meta(xml, property, value);
        }
    }

    private static MarkupWriter item(MarkupWriter xml, String id, String href, String mediaType)
            throws XMLStreamException {
        return xml.empty("item").attribute("id", id).attribute("href", href).attribute("media-type", mediaType);
    }
}
