package org.polypress.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.model.Dateline;
import org.polypress.model.Published;

/**
 * Reads an agency dateline opening a paragraph ({@code BEIJING, July 5 (Xinhua) --}). The dateline
 * stays in the paragraph's text; this only says what it names.
 */
final class DatelineParser {

    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    private DatelineParser() {
    }

    /**
     * A dateline and the reporters it names, when it names them ({@code (부산=연합뉴스) 김민준 기자 =}).
     *
     * @param byline the reporters' byline as written inside the dateline, or null
     */
    record Parsed(Dateline dateline, String byline, java.util.List<String> reporters) {
    }

    /**
     * The dateline opening {@code paragraph}.
     *
     * @param year the year of the article's publication date, or 0 when unknown: a dateline names no
     *             year, and its date is written in ISO only when the year is known
     */
    static Optional<Parsed> parse(String paragraph, Conventions conventions, int year) {
        for (Pattern pattern : conventions.datelines()) {
            Matcher m = pattern.matcher(paragraph);
            if (m.find() && m.start() == 0) {
                String place = DateRecognizer.group(m, "place");
                String agency = DateRecognizer.group(m, "agency");
                String dateText = DateRecognizer.group(m, "date");
                Published date = dateText == null ? null : new Published(dateText.strip(),
                        iso(m, dateText, conventions, year));
                Dateline dateline = new Dateline(m.group().strip(), place == null ? null : place.strip(),
                        agency == null ? null : agency.strip(), date);
                String names = DateRecognizer.group(m, "names");
                java.util.List<String> reporters = names == null ? java.util.List.of()
                        : NameList.split(names, conventions);
                return Optional.of(new Parsed(dateline, NameList.plausible(reporters)
                        ? DateRecognizer.group(m, "byline") : null, NameList.plausible(reporters) ? reporters
                        : java.util.List.of()));
            }
        }
        return Optional.empty();
    }

    /** The dateline's day in the publication's year: groups month or monthNumber, and day (else its digits). */
    private static String iso(Matcher m, String dateText, Conventions conventions, int year) {
        String monthName = DateRecognizer.group(m, "month");
        String monthNumber = DateRecognizer.group(m, "monthNumber");
        String dayGroup = DateRecognizer.group(m, "day");
        Matcher digits = DAY.matcher(dateText);
        String day = dayGroup != null ? dayGroup : digits.find() ? digits.group() : null;
        if (year == 0 || (monthName == null && monthNumber == null) || day == null) {
            return null;
        }
        try {
            int month = monthNumber != null ? Integer.parseInt(monthNumber) : conventions.month(monthName);
            return LocalDate.of(year, month, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
