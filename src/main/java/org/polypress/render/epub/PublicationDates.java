package org.polypress.render.epub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.polypress.model.Published;

/**
 * The dates the package document and the content document carry, all taken from the article's
 * {@link Published} value and never from the clock, so the same article always gives the same EPUB.
 *
 * @param date     {@code dc:date} in W3CDTF, or null when the article names no full date
 * @param modified {@code dcterms:modified}: the published instant in UTC as {@code yyyy-MM-ddTHH:mm:ssZ};
 *                 a date-time without offset is taken as UTC, a bare date as its midnight in UTC, and
 *                 an article without a usable date gets {@link #NO_DATE}. EPUB requires this value; it
 *                 says when the EPUB's content last changed, and the content is the article as published
 * @param datetime the machine-readable value for HTML's {@code <time datetime>}, or null
 */
record PublicationDates(String date, String modified, String datetime) {

    /** {@code dcterms:modified} for an article without a usable date: the Unix epoch, fixed. */
    static final String NO_DATE = "1970-01-01T00:00:00Z";

    /**
     * A date-time with offset that both W3CDTF ({@code dc:date}) and HTML's global date-time string
     * accept as written: minutes or seconds, at most three fraction digits, {@code Z} or {@code ±hh:mm}.
     */
    private static final Pattern PORTABLE_OFFSET_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})");

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** The dates for an article's publication, which may be null. */
    static PublicationDates of(Published published) {
        if (published == null || published.iso() == null) {
            return new PublicationDates(null, NO_DATE, null);
        }
        String iso = published.iso().strip();
        return parse(iso, OffsetDateTime::parse).map(offset -> withOffset(iso, offset))
                .or(() -> parse(iso, LocalDateTime::parse).map(PublicationDates::local))
                .or(() -> parse(iso, LocalDate::parse).map(PublicationDates::dateOnly))
                .orElse(new PublicationDates(null, NO_DATE, null));
    }

    /**
     * The published instant, when the article names a usable date: what {@link #modified} writes,
     * read back, so that the dates of several articles (a story's versions) can be compared.
     */
    Optional<Instant> instant() {
        return date == null ? Optional.empty() : Optional.of(Instant.parse(modified));
    }

    /** Written as it stands when it is portable W3CDTF, else normalized to whole seconds. */
    private static PublicationDates withOffset(String iso, OffsetDateTime offset) {
        String written = PORTABLE_OFFSET_DATE_TIME.matcher(iso).matches()
                ? iso
                : offset.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new PublicationDates(written, utc(offset.toInstant()), written);
    }

    /**
     * Only the date goes into {@code dc:date}: W3CDTF allows a time only with its zone designator.
     * (epubcheck 5.3.0 lets {@code 2024-07-05T14:38:00} pass, but the value would still be invalid.)
     */
    private static PublicationDates local(LocalDateTime local) {
        return new PublicationDates(
                local.toLocalDate().toString(),
                utc(local.toInstant(ZoneOffset.UTC)),
                local.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static PublicationDates dateOnly(LocalDate date) {
        return new PublicationDates(date.toString(), utc(date.atStartOfDay(ZoneOffset.UTC).toInstant()), date.toString());
    }

    private static String utc(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static <T> Optional<T> parse(String iso, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(iso));
        } catch (DateTimeParseException notThisForm) {
            return Optional.empty();
        }
    }
}
