/**
 * The ingest stage: reads a dropped file into text, media type, charset and metadata, decoding plain text itself
 * and reading the article, without the site around it, out of a web page, and the paragraphs out of a word-processor
 * document or PDF.
 */
package org.polypress.ingest;
