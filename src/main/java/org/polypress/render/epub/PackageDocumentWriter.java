package org.polypress.render.epub;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes {@code EPUB/package.opf} from a {@link PackageMetadata}: the metadata (identifier, title,
 * languages, creators and contributors with MARC relator roles, publishers, dates, accessibility),
 * the manifest and the spine.
 */
final class PackageDocumentWriter {

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String IDENTIFIER_ID = "pub-id";
    private static final String TITLE_ID = "title";

    byte[] write(PackageMetadata metadata) {
        return MarkupWriter.document(xml -> writePackage(xml, metadata));
    }

    private void writePackage(MarkupWriter xml, PackageMetadata metadata) throws XMLStreamException {
        xml.root("package", OPF_NS)
                .attribute("version", "3.0")
                .attribute("unique-identifier", IDENTIFIER_ID)
                .xmlLang(metadata.language().tag())
                .attribute("dir", metadata.language().direction().code())
                .newline();
        writeMetadata(xml, metadata);
        writeManifest(xml, metadata.contents(), metadata.images());
        writeSpine(xml, metadata);
        xml.end();
    }

    private void writeMetadata(MarkupWriter xml, PackageMetadata metadata) throws XMLStreamException {
        xml.start("metadata").namespace("dc", DC_NS).newline();
        dc(xml, "identifier").attribute("id", IDENTIFIER_ID).text(metadata.identifier()).end().newline();
        writeTitle(xml, metadata);
        for (String language : metadata.languages()) {
            dc(xml, "language").text(language).end().newline();
        }
        writeCredited(xml, metadata, "creator", metadata.creators());
        writeCredited(xml, metadata, "contributor", metadata.contributors());
        for (PackageMetadata.LocalizedText publisher : metadata.publishers()) {
            dc(xml, "publisher");
            languageOf(xml, metadata, publisher.language());
            xml.text(publisher.text()).end().newline();
        }
        writeDates(xml, metadata);
        writeAccessibility(xml, metadata.accessibility());
        xml.end().newline();
    }

    /**
     * One {@code dc:title}; where the publication has other languages, the title in each of them
     * refines it as {@code alternate-script}, so a reading system shows one title and may offer the others.
     */
    private void writeTitle(MarkupWriter xml, PackageMetadata metadata) throws XMLStreamException {
        dc(xml, "title");
        if (!metadata.alternateTitles().isEmpty()) {
            xml.attribute("id", TITLE_ID);
        }
        languageOf(xml, metadata, metadata.title().language());
        xml.text(metadata.title().text()).end().newline();
        for (PackageMetadata.LocalizedText alternate : metadata.alternateTitles()) {
            xml.start("meta").attribute("refines", "#" + TITLE_ID).attribute("property", "alternate-script");
            languageOf(xml, metadata, alternate.language());
            xml.text(alternate.text()).end().newline();
        }
    }

    /** Each name gets an id so that its {@code role} meta can refine it. */
    private void writeCredited(MarkupWriter xml, PackageMetadata metadata, String element,
            List<PackageMetadata.Credited> names) throws XMLStreamException {
        int number = 0;
        for (PackageMetadata.Credited credited : names) {
            String id = element + "-" + (++number);
            dc(xml, element).attribute("id", id);
            languageOf(xml, metadata, credited.language());
            xml.text(credited.name().name()).end().newline();
            xml.start("meta")
                    .attribute("refines", "#" + id)
                    .attribute("property", "role")
                    .attribute("scheme", "marc:relators")
                    .text(credited.name().relator())
                    .end().newline();
        }
    }

    /**
     * {@code xml:lang} for a text in another language than the package's, and {@code dir} when its
     * direction differs too; nothing for a text in the package's language, which it inherits.
     */
    private static void languageOf(MarkupWriter xml, PackageMetadata metadata, TextLanguage language)
            throws XMLStreamException {
        if (language == null) {
            return;
        }
        xml.xmlLang(language.tag());
        if (language.direction() != metadata.language().direction()) {
            xml.attribute("dir", language.direction().code());
        }
    }

    private void writeDates(MarkupWriter xml, PackageMetadata metadata) throws XMLStreamException {
        if (metadata.date() != null) {
            dc(xml, "date").text(metadata.date()).end().newline();
        }
        meta(xml, "dcterms:modified", metadata.modified());
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
     * Only files that are in the archive (a manifest item without its file is an epubcheck error): the packed
     * images, the first one declared the cover image.
     */
    private void writeManifest(MarkupWriter xml, List<PackageMetadata.ContentItem> contents,
            List<org.polypress.model.Image> images) throws XMLStreamException {
        xml.start("manifest").newline();
        item(xml, "nav", PublicationLayout.NAV_HREF, PublicationLayout.XHTML_MEDIA_TYPE).attribute("properties", "nav");
        xml.newline();
        for (PackageMetadata.ContentItem content : contents) {
            item(xml, content.id(), content.href(), PublicationLayout.XHTML_MEDIA_TYPE).newline();
        }
        item(xml, "style", PublicationLayout.STYLE_HREF, PublicationLayout.CSS_MEDIA_TYPE).newline();
        for (int i = 0; i < images.size(); i++) {
            org.polypress.model.Image image = images.get(i);
            item(xml, PackedImages.id(image), image.path(), image.mediaType());
            if (i == 0) {
                xml.attribute("properties", "cover-image");
            }
            xml.newline();
        }
        xml.end().newline();
    }

    private void writeSpine(MarkupWriter xml, PackageMetadata metadata) throws XMLStreamException {
        xml.start("spine").attribute("page-progression-direction", metadata.pageProgression().code()).newline();
        for (PackageMetadata.ContentItem content : metadata.contents()) {
            xml.empty("itemref").attribute("idref", content.id()).newline();
        }
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
