/** The canonical article: immutable records built once by recognize and only read by the renderers. */
package org.polypress.model;
