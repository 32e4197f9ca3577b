/** Pictures found in a source made into the image files Polypress publishes: type detected, size read. */
package org.polypress.ingest.pictures;
