/** The normalize stage: clean, canonical text (NFC, line endings, spaces) and its language, script and direction. */
package org.polypress.normalize;
