package org.polypress.serve;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jsoup.nodes.Element;

/**
 * A publication date as the pages show it: a {@code <time>} holding the normalized instant, in UTC until the
 * page's script ({@code /assets/local-time.js}) writes it in the reader's own zone, with the date as the source
 * wrote it (say {@code 2024年07月05日14:38 | 来源：新华网}) in its {@code title}, shown on hover. A date without
 * an offset, or without a time, stands for no one instant: it is shown as the source's ISO date, and left alone
 * by the script.
 */
final class ShownDate {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ShownDate() {
    }

    /** Appends the date's {@code <time>} to {@code parent}; nothing when there is no date at all. */
    static void append(Element parent, String text, String iso) {
        if (text == null && iso == null) {
            return;
        }
        Element time = parent.appendElement("time");
        Instant instant = instant(iso);
        if (instant != null) {
            time.attr("datetime", instant.toString()).attr("data-instant", "").text(UTC.format(instant));
        } else if (iso != null) {
            time.attr("datetime", iso).text(iso.replace('T', ' '));
        } else {
            time.text(text);
        }
        if (text != null) {
            time.attr("title", text);
        }
    }

    /** The instant of an ISO date-time with an offset; null for a local date-time, a bare date or none. */
    static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
