package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import org.polypress.ingest.StatedMetadata;
import org.polypress.model.Byline;

/**
 * What a document's metadata states, weighed against what its text prints: the stated authors spell the names of a
 * byline that prints them all and stand in for one that prints none of them or is absent; the stated headline is
 * published when it is the publisher's statement of the headline the page prints with a kicker or extra words.
 */
final class StatedWeighing {

    private final StatedMetadata stated;
    private final Conventions conventions;

    StatedWeighing(StatedMetadata stated, Conventions conventions) {
        this.stated = stated;
        this.conventions = conventions;
    }

    /**
     * The article's byline: the text's, spelled as the metadata states its names; the metadata's authors when the
     * text prints none, or only names alone ({@code namesAlone}) that name none of them.
     */
    Byline byline(Byline printed, boolean namesAlone) {
        Byline byline = reconciled(printed, namesAlone);
        if (byline != null || stated.authors().isEmpty()) {
            return byline;
        }
        List<String> authors = new ArrayList<>();
        for (String author : stated.authors()) {
            names(author).stream().filter(a -> !authors.contains(a)).forEach(authors::add);
        }
        return NameList.plausible(authors) ? new Byline(String.join(", ", stated.authors()), authors, null) : null;
    }

    /**
     * The text's byline with the names the metadata states, when the byline prints every one of them: the metadata
     * spells them apart from what the page prints around them ("Kyle Wiggers 7 hours", "Jane Doe Senior Writer").
     */
    private Byline reconciled(Byline text, boolean namesAlone) {
        if (text == null || stated.authors().isEmpty()) {
            return text;
        }
        String printed = text.text().toLowerCase(java.util.Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (String author : stated.authors()) {
            for (String name : names(author)) {
                if (!printed.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    // a line the page prints in capitals taken for a name ("Key Points"), where the metadata names
                    // someone else: the metadata's authors are the byline
                    return namesAlone && noneNamed(printed) ? null : text;
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        // names the byline prints beyond the metadata's stay (an agency: "Jane Doe, dpa")
        for (String author : text.authors()) {
            boolean known = names.stream().anyMatch(n -> author.toLowerCase(java.util.Locale.ROOT)
                    .contains(n.toLowerCase(java.util.Locale.ROOT)));
            if (!known && author.length() <= NameList.MAX_NAME_CHARS && (conventions.isAgency(author)
                    || conventions.name().matcher(author).matches())) {
                names.add(author);
            }
        }
        return names.isEmpty() || !NameList.plausible(names) ? text
                : new Byline(text.text(), names, text.publication());
    }

    /**
     * Whether the headline the page states for its article (JSON-LD {@code headline}, {@code og:title}, the site's
     * name cut off) is the one to publish rather than the one it prints: the publisher's own statement of the
     * headline, without the kicker a page sets into its {@code <h1>} and without the words a page adds to it for
     * the screen. It is not taken when it is too short to be a headline, names the publication, or still holds a
     * section or breadcrumb ("Sport | …").
     */
    boolean isPublishersHeadline(String title) {
        String headline = stated.title();
        if (headline == null || headline.strip().equals(title.strip())) {
            return false;
        }
        String h = headline.strip();
        boolean named = stated.publication() != null && h.toLowerCase(java.util.Locale.ROOT)
                .contains(stated.publication().toLowerCase(java.util.Locale.ROOT));
        // the printed headline and, after a separator, the site's name: the page's title, not a headline
        String rest = h.startsWith(title.strip()) ? h.substring(title.strip().length()).strip() : "";
        if (!rest.isEmpty() && "-–—|｜:·•_".indexOf(rest.charAt(0)) >= 0) {
            return false;
        }
        return !named && WordShape.words(h) >= MIN_HEADLINE_WORDS && !h.contains(" | ") && !h.contains("｜")
                && h.length() <= MAX_HEADLINE_CHARS;
    }

    /** A stated headline shorter than this is a label, longer a summary. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_CHARS = 250;

    /**
     * The names one stated author gives, without the short sign a newsroom sets after an author's name in its
     * metadata ("Corina Gall (cog.)", "Jane Doe (jd)"): the sign is the author's initials, in lower case.
     */
    private List<String> names(String author) {
        return NameList.people(NameList.split(SHORT_SIGN.matcher(author).replaceFirst(""), conventions));
    }

    private static final java.util.regex.Pattern SHORT_SIGN = java.util.regex.Pattern.compile(
            "\\s*\\(\\p{Ll}[\\p{Ll}.]{1,7}\\)$");

    /** Whether {@code printed} names none of the metadata's authors. */
    private boolean noneNamed(String printed) {
        return stated.authors().stream().flatMap(a -> names(a).stream())
                .noneMatch(n -> printed.contains(n.toLowerCase(java.util.Locale.ROOT)));
    }
}
