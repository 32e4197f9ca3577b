package org.polypress.recognize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A publication date a document's metadata states (ISO 8601: a date, a local date-time, or one with an offset), and
 * whether it makes a date the text prints more precise.
 *
 * @param date  the stated calendar date
 * @param local the stated local date-time, or null for a date alone
 * @param offset the stated date-time with its offset, or null when none is stated
 */
record StatedDate(LocalDate date, LocalDateTime local, OffsetDateTime offset) {

    /** Zones of the world are at most this far from UTC. */
    private static final Duration MAX_OFFSET = Duration.ofHours(14);

    /** The stated date, or null when there is none or it is no ISO 8601 date. */
    static StatedDate parse(String stated) {
        if (stated == null) {
            return null;
        }
        String value = stated.strip();
        try {
            // the schema's ISO 8601 has whole seconds: a stated fraction adds nothing a reader sees
            OffsetDateTime offset = OffsetDateTime.parse(value).withNano(0);
            return new StatedDate(offset.toLocalDate(), offset.toLocalDateTime(), offset);
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(value).withNano(0);
                return new StatedDate(local.toLocalDate(), local, null);
            } catch (DateTimeParseException notLocal) {
                try {
                    return new StatedDate(LocalDate.parse(value), null, null);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    /** As ISO 8601, as precise as stated. */
    String iso() {
        if (offset != null) {
            return offset.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return local != null ? local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) : date.toString();
    }

    /**
     * Whether this stated date is the text's date made more precise: the text prints the day and this states the
     * time on that day (a day either side where the offset may move it); or the text prints a time without a zone
     * and this states the same instant with one — the same minute, hours apart by a whole offset at most.
     */
    boolean refines(DateRecognizer.Found text) {
        if (local == null) {
            return false;
        }
        if (text.time() == null) {
            long days = Math.abs(text.date().toEpochDay() - date.toEpochDay());
            return days == 0 || days == 1 && offset != null;
        }
        if (text.zone() != null || offset == null) {
            return false;
        }
        LocalDateTime printed = LocalDateTime.of(text.date(), text.time());
        if (printed.withSecond(0).equals(local.withSecond(0).withNano(0))) {
            return true;
        }
        // the text's clock and the metadata's offset differ by whole hours: the same instant in another zone
        Duration apart = Duration.between(offset.toInstant(), printed.toInstant(java.time.ZoneOffset.UTC)).abs();
        return apart.compareTo(MAX_OFFSET) <= 0 && apart.toMinutesPart() == 0
                && printed.getMinute() == offset.getMinute();
    }
}
