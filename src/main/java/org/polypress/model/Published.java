package org.polypress.model;

import java.util.Objects;

/**
 * A date as written and as ISO 8601.
 *
 * @param text the date as it stands in the source
 * @param iso  ISO 8601: with an offset where the zone is known, a local date-time where it is not,
 *             or null where the text names no full date (a relative date, a date without a year)
 */
public record Published(String text, String iso) {
    public Published {
        Objects.requireNonNull(text, "text");
    }
}
