package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.model.Byline;

/**
 * Recognizes a date line: a block that is a date, perhaps with what sites print beside it — a label
 * ("Updated:", "Mis à jour :"), a weekday, a section, a place, a publication or a source
 * ("来源：新华网") — and nothing more.
 */
final class HeaderLines {

    /** What may stand beside the date: a few words. More, and the block is a sentence that names a date. */
    private static final int MAX_EXTRA_WORDS = 4;
    private static final Pattern PUNCTUATION_AROUND = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern TIME = Pattern.compile("(?iu)(?:um\\s+|at\\s+|à\\s+|a las\\s+)?\\d{1,2}[:.h]\\d{2}"
            + "(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h|hrs)?\\s*(?:[A-Z]{2,5})?");
    private static final Pattern SEPARATORS = Pattern.compile("[|｜·•,，、،()（）]|\\s[-–—]\\s|\\s[-–—]$|^[-–—]\\s");

    /**
     * A date line.
     *
     * @param text     the line as written
     * @param date     the first date in it, or null for a relative date
     * @param relative a relative date as written ("il y a 3 heures"), or null
     * @param extras   what stands beside the dates, label-free: sections, places, publications, sources
     */
    record DateLine(String text, DateRecognizer.Found date, String relative, List<String> extras, Byline byline) {
    }

    private HeaderLines() {
    }

    /** A date line is a line of a few words; longer blocks are not searched (a date search is costly). */
    private static final int MAX_CHARS = 200;

    static Optional<DateLine> dateLine(String block, Conventions conventions) {
        if (block.length() > MAX_CHARS) {
            return Optional.empty();
        }
        List<DateRecognizer.Found> dates = DateRecognizer.findAll(block, conventions);
        String rest = block;
        String relative = null;
        if (dates.isEmpty()) {
            Optional<String> rel = DateRecognizer.relative(block, conventions);
            if (rel.isEmpty()) {
                return Optional.empty();
            }
            relative = rel.get();
            rest = block.replace(relative, " ");
        } else {
            for (DateRecognizer.Found date : dates) {
                rest = rest.replace(date.text(), " ");
            }
        }
        List<String> extras = extras(rest, conventions);
        DateRecognizer.Found date = dates.isEmpty() ? null : dates.get(0);
        Byline byline = null;
        int words = 0;
        for (String extra : extras) {
            if (date != null && date.time() == null && TIME.matcher(extra).matches()) {
                // "25.04.24 | 14:07 Uhr": the day and, beside it, the time
                date = DateRecognizer.find(date.text() + " " + extra, conventions).filter(f -> f.time() != null)
                        .map(f -> new DateRecognizer.Found(block, 0, block.length(), f.date(), f.time(), f.zone()))
                        .orElse(date);
                continue;
            }
            if (byline == null) {
                Optional<BylineParser.Parsed> parsed = BylineParser.parse(extra, conventions);
                if (parsed.isPresent()) {
                    // "Do 25.04.24 | 14:07 Uhr | Von Jane Doe": the byline beside the date
                    byline = parsed.get().byline();
                    continue;
                }
            }
            if (conventions.isFurniture(extra) || DateRecognizer.relative(extra, conventions)
                    .map(r -> extra.replace(r, "").strip())
                    .filter(left -> left.isEmpty() || conventions.dateLabel().matcher(left).matches()).isPresent()) {
                // the reading time or the last update's age beside the date ("Published Jun 4, 2026 • Last updated
                // 1 day ago • 2 minute read") is the page's, no text
                continue;
            }
            if (!namesAlone(extra, conventions)) {
                // an author's name beside the date ("March 18, 2025 • Jane Doe • 3 min read") is no text
                words += extra.split("\\s+").length;
            }
        }
        if (words > MAX_EXTRA_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new DateLine(block, date, relative, extras, byline));
    }

    /** Names and nothing else, by the language's shape of a name, no digit among them. */
    static boolean namesAlone(String text, Conventions conventions) {
        if (text.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        List<String> names = NameList.split(text, conventions);
        return NameList.plausible(names) && names.stream().allMatch(n -> conventions.name().matcher(n).matches());
    }

    private static List<String> extras(String rest, Conventions conventions) {
        List<String> extras = new ArrayList<>();
        for (String part : SEPARATORS.split(rest)) {
            String stripped = conventions.dateLabel().matcher(part.strip()).replaceFirst("").strip();
            stripped = PUNCTUATION_AROUND.matcher(stripped).replaceAll("");
            if (!stripped.isEmpty()) {
                extras.add(stripped);
            }
        }
        return extras;
    }
}
