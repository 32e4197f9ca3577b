/** The ingest stage: reads a dropped file with Apache Tika into text, media type, charset and metadata. */
package org.polypress.ingest;
