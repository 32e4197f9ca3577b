/**
 * The Markdown rendition: YAML front matter written by Jackson and a CommonMark body printed by
 * Flexmark, every text escaped by one escaper.
 */
package org.polypress.render.markdown;
