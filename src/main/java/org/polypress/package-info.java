/** Polypress: drop a raw article file, get Markdown, JSON and EPUB 3 renditions with its structure recognized. */
package org.polypress;
