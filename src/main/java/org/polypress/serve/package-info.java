/** The HTTP side of Polypress: the list of published articles, their downloads, uploads, health and metrics. */
package org.polypress.serve;
