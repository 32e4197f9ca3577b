/** The recognize stage: finds headline, byline, dates, subheadings, captions and credits, by each language's conventions. */
package org.polypress.recognize;
