package org.polypress.recognize;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in text by a language's date patterns and writes it as ISO 8601. The offset comes from
 * the text itself ({@code GMT+8}, {@code KST}) or from the publication's zone; without either the
 * date-time is written without an offset.
 */
final class DateRecognizer {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A date found in text: where it stands and what it says. */
    record Found(String text, int start, int end, LocalDate date, LocalTime time, ZoneId zone) {

        /** ISO 8601: a date, a local date-time, or a date-time with offset when a zone is known. */
        String iso(ZoneId fallbackZone) {
            if (time == null) {
                return date.toString();
            }
            LocalDateTime local = LocalDateTime.of(date, time);
            ZoneId effective = zone != null ? zone : fallbackZone;
            if (effective == null) {
                return LOCAL.format(local);
            }
            return OFFSET.format(local.atZone(effective).toOffsetDateTime());
        }
    }

    /** The Julian day number of 1970-01-01. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588;

    private DateRecognizer() {
    }

    /** Every date in {@code text}, in order, none overlapping another. */
    static java.util.List<Found> findAll(String text, Conventions conventions) {
        java.util.List<Found> all = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            Optional<Found> next = find(text.substring(from), conventions);
            if (next.isEmpty()) {
                break;
            }
            Found f = next.get();
            all.add(new Found(f.text(), f.start() + from, f.end() + from, f.date(), f.time(), f.zone()));
            from += Math.max(f.end(), 1);
        }
        return all;
    }

    /** The first zone or offset any date in {@code text} names, or null. */
    static ZoneId zoneNamedIn(String text, Conventions conventions) {
        return findAll(text, conventions).stream().map(Found::zone).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** A relative date ("il y a 3 heures") as written, when the text is one. */
    static Optional<String> relative(String text, Conventions conventions) {
        return relative(text, conventions, true);
    }

    /** As {@link #relative(String, Conventions)}; {@code gated} false searches every pattern (for tests). */
    static Optional<String> relative(String text, Conventions conventions, boolean gated) {
        List<Pattern> patterns = conventions.relativeDates();
        for (int i = 0; i < patterns.size(); i++) {
            if (gated && !conventions.relativeDateGates().get(i).admits(text)) {
                // the text lacks a word or a figure every match holds
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            if (m.find()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    /** The first date in {@code text} any pattern finds, trying the patterns in order. */
    static Optional<Found> find(String text, Conventions conventions) {
        return find(text, conventions, true);
    }

    /** As {@link #find(String, Conventions)}; {@code gated} false searches with every pattern (for tests). */
    static Optional<Found> find(String text, Conventions conventions, boolean gated) {
        if (text.chars().noneMatch(DateRecognizer::isNumeral)) {
            // every date pattern of every language holds a day or a year in figures: a text without one holds no date
            return Optional.empty();
        }
        Found best = null;
        List<Pattern> patterns = conventions.dates();
        for (int i = 0; i < patterns.size(); i++) {
            if (gated && !conventions.dateGates().get(i).admits(text)) {
                // the text lacks a word or a sign every match holds (a month's name, "年")
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                Optional<Found> found = interpret(m, text, conventions);
                if (found.isPresent()) {
                    if (best == null || found.get().start() < best.start()) {
                        best = found.get();
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isNumeral(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static Optional<Found> interpret(Matcher m, String text, Conventions conventions) {
        try {
            LocalDate date = group(m, "yearSH") != null ? solarHijri(m, conventions) : gregorian(m, conventions);
            LocalTime time = null;
            if (group(m, "hour") != null) {
                int hour = Integer.parseInt(m.group("hour"));
                String ampm = group(m, "ampm");
                if (ampm != null) {
                    hour = hour % 12 + (conventions.afterNoon(ampm) ? 12 : 0);
                }
                int second = group(m, "second") == null ? 0 : Integer.parseInt(m.group("second"));
                int minute = group(m, "minute") == null ? 0 : Integer.parseInt(m.group("minute"));
                time = LocalTime.of(hour, minute, second);
            }
            String matched = text.substring(m.start(), m.end()).trim();
            return Optional.of(new Found(matched, m.start(), m.start() + matched.length(), date, time,
                    zone(m, conventions)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate gregorian(Matcher m, Conventions conventions) {
        // a Buddhist-era year (Thai dates) is 543 years ahead of the common era
        int year = group(m, "yearBE") != null ? Integer.parseInt(m.group("yearBE")) - 543
                : group(m, "year2") != null ? 2000 + Integer.parseInt(m.group("year2"))
                : Integer.parseInt(m.group("year"));
        int month = group(m, "month") != null ? conventions.month(m.group("month"))
                : Integer.parseInt(m.group("monthNumber"));
        return LocalDate.of(year, month, Integer.parseInt(m.group("day")));
    }

    /** A Solar Hijri date (Iran, Afghanistan: ۱۵ تیر ۱۴۰۳), converted with ICU's Persian calendar. */
    private static LocalDate solarHijri(Matcher m, Conventions conventions) {
        int year = Integer.parseInt(m.group("yearSH"));
        int month = group(m, "solarMonth") != null ? conventions.solarHijriMonth(m.group("solarMonth"))
                : Integer.parseInt(m.group("monthNumber"));
        int day = Integer.parseInt(m.group("day"));
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            throw new DateTimeException("no such Solar Hijri date: " + year + "/" + month + "/" + day);
        }
        PersianCalendar calendar = new PersianCalendar(year, month - 1, day);
        // the Julian day number is the same day in every calendar, and free of time zones
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    private static ZoneId zone(Matcher m, Conventions conventions) {
        String offset = group(m, "offset");
        if (offset != null) {
            return ZoneOffset.of(normalizeOffset(offset));
        }
        String zone = group(m, "zone");
        if (zone != null) {
            String id = conventions.zones().get(zone);
            return id == null ? null : ZoneId.of(id);
        }
        return null;
    }

    /** {@code +8} → {@code +08:00}, {@code +0530} → {@code +05:30}. */
    private static String normalizeOffset(String offset) {
        if ("Z".equals(offset)) {
            return offset;
        }
        char sign = offset.charAt(0);
        String digits = offset.substring(1).replace(":", "");
        String hours = digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2);
        String minutes = digits.length() <= 2 ? "00" : digits.substring(digits.length() - 2);
        return sign + (hours.length() == 1 ? "0" + hours : hours) + ":" + minutes;
    }

    /** A named group's value, or null when the pattern has no such group or it did not take part. */
    static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }
}
