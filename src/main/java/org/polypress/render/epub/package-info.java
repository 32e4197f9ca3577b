/**
 * The EPUB 3 renditions, deterministic and written with the JDK's XML stream writer: an article as a
 * one-document EPUB ({@link org.polypress.render.epub.EpubRenderer}), and a story's language versions
 * as one EPUB with a document per language ({@link org.polypress.render.epub.StoryEpubRenderer}). Both
 * share the package-private writers; what differs between them is decided in
 * {@code PackageMetadata} and {@code TableOfContents}.
 */
package org.polypress.render.epub;
