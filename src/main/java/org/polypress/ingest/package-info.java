/** The ingest stage: reads a dropped file into text, media type, charset and metadata, decoding plain text itself. */
package org.polypress.ingest;
