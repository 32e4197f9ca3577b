package org.polypress.render.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An EPUB read back for assertions: its entries in archive order, and its XML parsed namespace-aware. */
final class UnzippedEpub {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String OPF_NS = "http://www.idpf.org/2007/opf";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String OPS_NS = "http://www.idpf.org/2007/ops";

    private final Map<String, byte[]> files;
    private final List<ZipEntry> entries;

    private UnzippedEpub(Map<String, byte[]> files, List<ZipEntry> entries) {
        this.files = files;
        this.entries = entries;
    }

    static UnzippedEpub of(byte[] epub) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry);
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UnzippedEpub(files, entries);
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    List<ZipEntry> entries() {
        return entries;
    }

    String text(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new AssertionError("no entry " + name + " in " + names());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    Document packageDocument() {
        return xml("EPUB/package.opf");
    }

    Document contentDocument() {
        return xml("EPUB/article.xhtml");
    }

    Document navigationDocument() {
        return xml("EPUB/nav.xhtml");
    }

    Document xml(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text(name).getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The elements with this namespace and local name, in document order. */
    static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text of each element with this namespace and local name, in document order. */
    static List<String> texts(Document document, String namespace, String localName) {
        return elements(document, namespace, localName).stream().map(Element::getTextContent).toList();
    }

    /** XHTML elements carrying this class. */
    static List<Element> withClass(Document document, String localName, String className) {
        return elements(document, XHTML_NS, localName).stream()
                .filter(element -> List.of(element.getAttribute("class").split(" ")).contains(className))
                .toList();
    }
}
