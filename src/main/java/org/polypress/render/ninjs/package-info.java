/**
 * The IPTC ninjs 3.1 rendition ({@code article.ninjs.json}): the article as news agencies and newsroom systems
 * exchange it, valid against the standard's official JSON Schema.
 */
package org.polypress.render.ninjs;
