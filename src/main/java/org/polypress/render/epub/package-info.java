/** The EPUB 3 rendition: an article as a one-document, deterministic EPUB written with the JDK's XML stream writer. */
package org.polypress.render.epub;
