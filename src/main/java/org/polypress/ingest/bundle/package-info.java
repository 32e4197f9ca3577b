/** Zip bundles: one article file and the pictures it shows, unpacked safely in memory. */
package org.polypress.ingest.bundle;
