/** The publish stage: writes an article's renditions atomically and sets aside what could not be published. */
package org.polypress.publish;
