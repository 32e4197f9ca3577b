/** Web pages: the article read out of a page, without the site around it, and the metadata the page states. */
package org.polypress.ingest.html;
