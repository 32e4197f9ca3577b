package org.polypress.recognize;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Dateline;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.normalize.NormalizedDocument;

/**
 * Recognizes the structure of a plain-text news article, by the conventions of its language:
 * headline, byline (authors, publication, date), a date line, subheadings, photo captions with their
 * credits, and the credit lines after the body. Thread-safe: one instance serves every article.
 */
public final class ArticleRecognizer {

    /** A first block longer than this is the article's first paragraph, not its headline. */
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_TITLE_CHARS = 250;
    /** What may stand beside the date in a date line: a section label, a publication, a place. */
    private static final int MAX_DATE_LINE_EXTRA_WORDS = 4;
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–·▪]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^\\d{1,3}[.)]\\s+");
    private static final String CLOSING_PUNCTUATION = ".,;:!?…\"”’»)]。！？；：、，」』）";

    private final ConventionsLibrary conventionsLibrary;
    private final PublicationZones publicationZones;
    private final SlugMaker slugMaker = new SlugMaker();
    private final WordCounter wordCounter = new WordCounter();

    public ArticleRecognizer(ConventionsLibrary conventionsLibrary, PublicationZones publicationZones) {
        this.conventionsLibrary = java.util.Objects.requireNonNull(conventionsLibrary, "conventionsLibrary");
        this.publicationZones = java.util.Objects.requireNonNull(publicationZones, "publicationZones");
    }

    /** Recognizes one article. */
    public Article recognize(NormalizedDocument document) throws PipelineException {
        Conventions conventions = conventionsLibrary.forLanguage(document.language().tag());
        List<String> blocks = TextBlocks.split(document.text()).stream().map(TextBlocks::join).toList();
        List<List<String>> blockLines = TextBlocks.split(document.text());
        if (blocks.isEmpty()) {
            throw new PipelineException(Stage.RECOGNIZE, "The file holds no text", "nothing but whitespace");
        }
        Draft draft = new Draft();
        int next = readTitle(blocks, document, draft);
        next = readHeader(blocks, next, conventions, draft);
        readBody(blocks, blockLines, next, conventions, draft);
        return draft.build(document, conventions);
    }

    private static int readTitle(List<String> blocks, NormalizedDocument document, Draft draft) {
        String first = blocks.get(0);
        if (first.length() <= MAX_TITLE_CHARS && first.split("\\s+").length <= MAX_TITLE_WORDS) {
            draft.title = first;
            return 1;
        }
        // no headline in the text: the document's stated title, else its file name
        String stated = document.extraction().statedTitle();
        draft.title = stated != null && !stated.isBlank() ? stated.strip() : titleFromFileName(
                document.extraction().source().fileName());
        return 0;
    }

    private static String titleFromFileName(String fileName) {
        int dot = fileName.indexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String words = stem.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? fileName : words;
    }

    /** The byline and date lines between the headline and the body. */
    private int readHeader(List<String> blocks, int from, Conventions conventions, Draft draft) {
        int i = from;
        while (i < blocks.size()) {
            String block = blocks.get(i);
            Optional<BylineParser.Parsed> byline = draft.byline == null
                    ? BylineParser.parse(block, conventions) : Optional.empty();
            if (byline.isPresent()) {
                draft.byline = byline.get().byline();
                if (draft.publishedDate == null) {
                    draft.publishedDate = byline.get().date();
                }
                i++;
                continue;
            }
            Optional<DateRecognizer.Found> dateLine = draft.publishedDate == null
                    ? dateLine(block, conventions) : Optional.empty();
            if (dateLine.isPresent()) {
                draft.publishedDate = dateLine.get();
                draft.dateLineText = block;
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /** The date of a block that is only a date, perhaps with a label, a section or a publication. */
    private static Optional<DateRecognizer.Found> dateLine(String block, Conventions conventions) {
        Optional<DateRecognizer.Found> date = DateRecognizer.find(block, conventions);
        if (date.isEmpty()) {
            return date;
        }
        String rest = block.substring(0, date.get().start()) + " " + block.substring(date.get().end());
        String extra = conventions.dateLabel().matcher(rest.replaceAll("[\\s|｜·•,:\\-–—]+$", "")).replaceFirst("");
        String[] words = extra.replaceAll("[|｜·•,:\\-–—()]", " ").strip().split("\\s+");
        return words.length <= MAX_DATE_LINE_EXTRA_WORDS || extra.isBlank() ? date : Optional.empty();
    }

    private void readBody(List<String> blocks, List<List<String>> blockLines, int from, Conventions conventions,
            Draft draft) {
        List<Block> body = new ArrayList<>();
        List<Integer> headingCandidates = new ArrayList<>();
        for (int i = from; i < blocks.size(); i++) {
            String block = blocks.get(i);
            Optional<List<Credit>> creditLine = CreditLineParser.parse(block, conventions);
            if (creditLine.isPresent()) {
                draft.notes.add(block);
                draft.credits.addAll(creditLine.get());
                continue;
            }
            Optional<CaptionParser.Parsed> caption = CaptionParser.parse(block, conventions);
            if (caption.isPresent()) {
                body.add(caption.get().figure());
                caption.get().photographers().forEach(p -> draft.credits.add(new Credit(p, Role.PHOTOGRAPHER, null)));
                continue;
            }
            List<String> lines = blockLines.size() == blocks.size() ? blockLines.get(i) : List.of(block);
            if (lines.size() > 1 && lines.stream().allMatch(l -> LIST_ITEM.matcher(l).matches())) {
                boolean ordered = lines.stream().allMatch(l -> ORDERED_ITEM.matcher(l).find());
                body.add(new Block.ListBlock(ordered, lines.stream()
                        .map(l -> l.replaceFirst(ordered ? ORDERED_ITEM.pattern() : "^\\S+\\s+", "")).toList()));
                continue;
            }
            // the first block of the body opens the text: a short one there is a lede or a stray line, not a heading
            if (lines.size() == 1 && !body.isEmpty() && looksLikeHeading(block, conventions)) {
                headingCandidates.add(body.size());
            }
            body.add(new Block.Paragraph(block));
        }
        draft.body = confirmHeadings(body, headingCandidates);
    }

    /** A candidate is a heading only when running text follows it. */
    private static List<Block> confirmHeadings(List<Block> body, List<Integer> candidates) {
        List<Block> confirmed = new ArrayList<>(body);
        for (int index : candidates) {
            boolean textFollows = index + 1 < body.size() && body.get(index + 1) instanceof Block.Paragraph next
                    && !candidates.contains(index + 1) && next.text().length() > ((Block.Paragraph) body.get(index)).text().length();
            if (textFollows) {
                confirmed.set(index, new Block.Heading(2, ((Block.Paragraph) body.get(index)).text()));
            }
        }
        return confirmed;
    }

    private static boolean looksLikeHeading(String block, Conventions conventions) {
        if (block.length() > conventions.headingMaxChars()
                || block.split("\\s+").length > conventions.headingMaxWords()) {
            return false;
        }
        int last = block.codePointBefore(block.length());
        int first = block.codePointAt(0);
        return CLOSING_PUNCTUATION.indexOf(last) < 0
                && (Character.isLetterOrDigit(first) || "\"“«「『'‘".indexOf(first) >= 0)
                && !Character.isLowerCase(first);
    }

    /** What is known of an article while its blocks are read. */
    private final class Draft {
        String title;
        Byline byline;
        DateRecognizer.Found publishedDate;
        String dateLineText;
        List<Block> body = List.of();
        final List<Credit> credits = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Article build(NormalizedDocument document, Conventions conventions) {
            String id = document.extraction().source().sha256().substring(0, 32);
            Dateline dateline = firstParagraph().flatMap(p -> DatelineParser.parse(p, conventions,
                    publishedDate == null ? 0 : publishedDate.date().getYear())).orElse(null);
            // a line of its own is the date as written, label and all ("Xinhua | Updated: …"); in a byline, only the date
            Published published = publishedDate == null ? null
                    : new Published(dateLineText != null ? dateLineText : publishedDate.text(),
                            publishedDate.iso(zone(dateline, conventions)));
            return new Article(id, slugMaker.slug(title, id), document.language().tag(), document.language().script(),
                    document.language().direction(), title, null, byline, dateline, published, body,
                    allCredits(), notes, document.extraction().source(), countWords());
        }

        private Optional<String> firstParagraph() {
            return body.stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                    .findFirst();
        }

        /** The zone of the publication that printed the date: named in the byline, date line or dateline. */
        private ZoneId zone(Dateline dateline, Conventions conventions) {
            Optional<ZoneId> zone = publicationZones.zoneOf(byline == null ? null : byline.publication());
            if (zone.isEmpty() && dateLineText != null) {
                String extra = dateLineText.replace(publishedDate.text(), " ");
                for (String part : extra.split("[|｜·•,]")) {
                    zone = publicationZones.zoneOf(conventions.dateLabel().matcher(part.strip()).replaceFirst("").strip());
                    if (zone.isPresent()) {
                        break;
                    }
                }
            }
            if (zone.isEmpty() && dateline != null) {
                zone = publicationZones.zoneOf(dateline.agency());
            }
            return zone.orElse(null);
        }

        /** Authors first, then everyone else credited in source order; each name and role once. */
        private List<Credit> allCredits() {
            Set<Credit> all = new LinkedHashSet<>();
            if (byline != null) {
                byline.authors().forEach(a -> all.add(new Credit(a, Role.AUTHOR, null)));
            }
            Set<String> seen = new java.util.HashSet<>();
            all.forEach(c -> seen.add(c.name() + "\u0000" + c.role()));
            for (Credit credit : credits) {
                if (seen.add(credit.name() + "\u0000" + credit.role())) {
                    all.add(credit);
                }
            }
            return List.copyOf(all);
        }

        private int countWords() {
            int words = wordCounter.count(title);
            for (Block block : body) {
                for (String text : block.texts()) {
                    words += wordCounter.count(text);
                }
            }
            return words;
        }
    }
}
