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
    /** A page's printed time and its metadata's may be this many minutes apart and still mean one publication. */
    private static final int MAX_DRIFT_MINUTES = 15;

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
     * and this states the same instant with one — hours apart by a whole offset, give or take a few minutes.
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
        LocalDateTime printed = LocalDateTime.of(text.date(), text.time()).withSecond(0);
        OffsetDateTime stated = offset.withSecond(0);
        // the text's clock and the metadata's differ by whole hours (the same instant in another zone), and by a few
        // minutes at most (a page rounds, or prints the minute it was last saved)
        Duration apart = Duration.between(stated.toInstant(), printed.toInstant(java.time.ZoneOffset.UTC)).abs();
        long minutes = apart.toMinutes() % 60;
        return apart.compareTo(MAX_OFFSET.plusMinutes(MAX_DRIFT_MINUTES)) <= 0
                && (minutes <= MAX_DRIFT_MINUTES || minutes >= 60 - MAX_DRIFT_MINUTES);
    }
}
