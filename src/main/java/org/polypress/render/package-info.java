/** The render stage: each rendition is written from the Article alone, by a writer that escapes by construction. */
package org.polypress.render;
