/** The JSON rendition: the article as the public, schema-described contract other systems read. */
package org.polypress.render.json;
