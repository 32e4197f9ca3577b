package org.polypress.recognize;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import org.polypress.ingest.LanguageTags;
import org.polypress.ingest.StatedMetadata;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Dateline;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.normalize.NormalizedDocument;

/** What is known of one article while its blocks are read; {@link #build} makes the immutable Article. */
final class ArticleDraft {

    private final Conventions conventions;
    private final PublicationZones publicationZones;

    String title;
    String subtitle;
    Byline byline;
    String dateLineText;
    List<Block> body = new ArrayList<>();
    /** For each block of {@link #body}, the reader block it was made from. */
    final List<Integer> origins = new ArrayList<>();
    /** The reader block being read. */
    int reading;
    private DateRecognizer.Found publishedDate;
    private String relativeDate;
    private String dateSource;
    private final List<Credit> credits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ArticleDraft(Conventions conventions, PublicationZones publicationZones) {
        this.conventions = conventions;
        this.publicationZones = publicationZones;
    }

    boolean hasDate() {
        return publishedDate != null || relativeDate != null;
    }

    /** A byline by the language's words ("By …") or whole-line patterns. */
    boolean takeByline(String block) {
        Optional<BylineParser.Parsed> parsed = BylineParser.parse(block, conventions)
                .or(() -> BylineParser.parsePattern(block, conventions));
        parsed.ifPresent(p -> {
            byline = p.byline();
            if (!hasDate() && p.date() != null) {
                publishedDate = p.date();
            }
        });
        return parsed.isPresent();
    }

    /** A whole-line byline pattern only: inside the body, "By …" opens sentences too. */
    boolean takeBylinePattern(String block) {
        Optional<BylineParser.Parsed> parsed = BylineParser.parsePattern(block, conventions);
        parsed.ifPresent(p -> byline = p.byline());
        return parsed.isPresent();
    }

    /**
     * A date line. What stands beside the date is used: a credit line ("来源：新华网") credits its source,
     * a known agency with no byline yet is the byline ("AFP 30 avril 2015 à 07:19"), a known
     * publication names the zone.
     */
    boolean takeDateLine(String block) {
        Optional<HeaderLines.DateLine> line = HeaderLines.dateLine(block, conventions);
        if (line.isEmpty()) {
            return false;
        }
        publishedDate = line.get().date();
        relativeDate = line.get().relative();
        dateLineText = block;
        for (String extra : line.get().extras()) {
            Optional<List<Credit>> credit = CreditLineParser.parse(extra, conventions);
            if (credit.isPresent()) {
                credits.addAll(credit.get());
                credit.get().stream().filter(c -> c.role() == Role.SOURCE).findFirst()
                        .ifPresent(c -> dateSource = c.name());
            } else if (publicationZones.knows(extra)) {
                dateSource = extra;
                if (byline == null && publicationZones.zoneOf(extra).isEmpty()) {
                    byline = new Byline(block, List.of(extra), null);
                }
            }
        }
        return true;
    }

    /** A name alone beside the date line is the byline. */
    void takeBareNameByline(String block) {
        byline = new Byline(block, List.of(block), null);
    }

    /** Whether {@code name} is one of the byline's authors (compared without regard to case). */
    boolean isBylineAuthor(String name) {
        return byline != null && byline.authors().stream().anyMatch(a -> a.equalsIgnoreCase(name.strip()));
    }

    /** A name alone after the text signs the article; a byline author's name repeated adds nothing. */
    void takeSignOff(String block) {
        if (byline == null) {
            byline = new Byline(block, List.of(block), null);
        } else if (!isBylineAuthor(block)) {
            credits.add(new Credit(block, Role.AUTHOR, block));
        }
    }

    /**
     * A block made of credit lines only ({@code (Web editor: …)}, a reporter's e-mail, {@code (END)}):
     * each line is kept as written among the notes, and the names are credited.
     */
    boolean takeCreditBlock(List<String> lines) {
        List<Credit> found = new ArrayList<>();
        for (String line : lines) {
            if (conventions.endMarkers().contains(line.strip())) {
                continue;
            }
            Optional<List<Credit>> parsed = CreditLineParser.parse(line, conventions);
            if (parsed.isEmpty()) {
                return false;
            }
            found.addAll(parsed.get());
        }
        notes.addAll(lines);
        credits.addAll(found);
        return true;
    }

    /** A block of the body, made from the reader block being read. */
    void add(Block block) {
        body.add(block);
        origins.add(reading);
    }

    void takeCaption(CaptionParser.Parsed caption) {
        add(caption.figure());
        credits.addAll(caption.credits());
    }

    /**
     * Credits closing the last paragraph ({@code （记者宋晨、田中全）}, {@code (bsc)}): the paragraph keeps
     * its words; the names are credited, reporters as authors.
     */
    void takeTrailingCredits() {
        for (int i = body.size() - 1; i >= 0; i--) {
            if (body.get(i) instanceof Block.Paragraph last) {
                trailingCredits(last.text());
                return;
            }
        }
    }

    private void trailingCredits(String paragraph) {
        for (Conventions.NoteRule rule : conventions.trailingCredits()) {
            Matcher m = rule.pattern().matcher(paragraph);
            if (!m.find()) {
                continue;
            }
            // a name the page garbled is not guessed at: only intact names are credited
            List<String> names = NameList.split(m.group("names"), conventions).stream()
                    .filter(n -> NameList.plausible(List.of(n))).toList();
            String note = m.group().strip();
            names.forEach(n -> credits.add(new Credit(n, rule.role(), note)));
            if (rule.role() == Role.AUTHOR && !names.isEmpty()) {
                List<String> authors = new ArrayList<>(byline == null ? List.of() : byline.authors());
                names.stream().filter(n -> !authors.contains(n)).forEach(authors::add);
                byline = byline == null ? new Byline(note, authors, null)
                        : new Byline(byline.text(), authors, byline.publication());
            }
            return;
        }
    }

    Article build(NormalizedDocument document, SlugMaker slugMaker, WordCounter wordCounter) {
        String id = document.extraction().source().sha256().substring(0, 32);
        Optional<DatelineParser.Parsed> opening = firstParagraph().flatMap(p -> DatelineParser.parse(p, conventions,
                publishedDate == null ? 0 : publishedDate.date().getYear()));
        Dateline dateline = opening.map(DatelineParser.Parsed::dateline).orElse(null);
        // reporters named inside the dateline are the byline when the article has no other
        if (byline == null && opening.isPresent() && !opening.get().reporters().isEmpty()) {
            String text = opening.get().byline() != null ? opening.get().byline() : String.join(", ",
                    opening.get().reporters());
            byline = new Byline(text.strip(), opening.get().reporters(), null);
        }
        StatedMetadata stated = document.extraction().stated();
        // what the text shows wins; a page's metadata only fills what the text leaves empty
        if (byline == null && !stated.authors().isEmpty()) {
            byline = new Byline(String.join(", ", stated.authors()), stated.authors(), null);
        }
        return new Article(id, slugMaker.slug(title, SlugMaker.nameDigest(document.extraction().source().fileName())),
                document.language().tag(), document.language().script(),
                document.language().direction(), title, subtitle, byline, dateline, published(dateline, stated), body,
                allCredits(dateline), notes, document.extraction().source(), countWords(wordCounter),
                storyKey(document), List.of());
    }

    /** The story key the file name states, when its language is the article's (not a stray "story.it.txt"). */
    private static String storyKey(NormalizedDocument document) {
        String fileName = document.extraction().source().fileName();
        String[] parts = fileName.split("\\.");
        String stated = parts.length >= 3 ? LanguageTags.fromFileName(parts[parts.length - 2]) : null;
        return stated != null && stated.equals(document.extraction().statedLanguage())
                && document.language().stated() ? LanguageTags.storyKey(fileName) : null;
    }

    /**
     * A line of its own is the date as written, label and all; in a byline, only the date. With no date in the
     * text, the date the document's metadata states, already ISO 8601.
     */
    private Published published(Dateline dateline, StatedMetadata stated) {
        if (publishedDate == null && relativeDate == null && stated.published() != null) {
            return new Published(stated.published(), stated.published());
        }
        if (publishedDate == null) {
            return relativeDate == null ? null : new Published(dateLineText != null ? dateLineText : relativeDate, null);
        }
        return new Published(dateLineText != null ? dateLineText : publishedDate.text(),
                publishedDate.iso(zone(dateline, stated)));
    }

    private Optional<String> firstParagraph() {
        return body.stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .findFirst();
    }

    /**
     * The zone of the published date: named in the text beside it, else the zone of the publication
     * that printed it (byline, date line, dateline agency), else that of the publication the document's
     * metadata names (a page's site name), else the language's one zone where its newsrooms keep one clock;
     * else none.
     */
    private ZoneId zone(Dateline dateline, StatedMetadata stated) {
        if (dateLineText != null) {
            ZoneId named = DateRecognizer.zoneNamedIn(dateLineText, conventions);
            if (named != null) {
                return named;
            }
        }
        Optional<ZoneId> zone = publicationZones.zoneOf(byline == null ? null : byline.publication());
        if (zone.isEmpty()) {
            zone = publicationZones.zoneOf(dateSource);
        }
        if (zone.isEmpty() && dateline != null) {
            zone = publicationZones.zoneOf(dateline.agency());
        }
        if (zone.isEmpty()) {
            zone = publicationZones.zoneOf(stated.publication());
        }
        return zone.orElse(conventions.zone());
    }

    /**
     * Authors first, then everyone else in source order, then the dateline's agency as source; each name
     * and role once, with the credit line that names them when there is one.
     */
    private List<Credit> allCredits(Dateline dateline) {
        List<Credit> ordered = new ArrayList<>();
        if (byline != null) {
            byline.authors().forEach(a -> ordered.add(new Credit(a, Role.AUTHOR, null)));
        }
        ordered.addAll(credits);
        if (dateline != null && dateline.agency() != null) {
            ordered.add(new Credit(dateline.agency(), Role.SOURCE, null));
        }
        Map<String, Credit> unique = new LinkedHashMap<>();
        for (Credit credit : ordered) {
            unique.merge(credit.name() + "\u0000" + credit.role(), credit,
                    (first, later) -> first.note() == null && later.note() != null ? later : first);
        }
        return List.copyOf(unique.values());
    }

    /** Words a reader reads: headline, subtitle and body (not credit lines). */
    private int countWords(WordCounter wordCounter) {
        int words = wordCounter.count(title) + (subtitle == null ? 0 : wordCounter.count(subtitle));
        for (Block block : body) {
            for (String text : block.texts()) {
                words += wordCounter.count(text);
            }
        }
        return words;
    }
}
