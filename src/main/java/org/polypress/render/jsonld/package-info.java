/**
 * The schema.org {@code NewsArticle} rendition ({@code article.jsonld}): the article as JSON-LD, for search engines,
 * aggregators and the web page that publishes it.
 */
package org.polypress.render.jsonld;
