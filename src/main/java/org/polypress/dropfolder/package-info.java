/**
 * The drop folder plumbing: when it is polled, when a dropped file has settled, where taken files are archived,
 * the report beside a file set aside, and the progress of a batch.
 */
package org.polypress.dropfolder;
