/**
 * Plain text decoded by Polypress itself: the charset decided from the bytes, the legacy encodings, and what could
 * not be decoded.
 */
package org.polypress.ingest.text;
