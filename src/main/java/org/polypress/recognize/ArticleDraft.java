package org.polypress.recognize;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import org.polypress.WordCounter;
import org.polypress.ingest.StatedMetadata;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Dateline;
import org.polypress.model.Metadata;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.normalize.NormalizedDocument;

/** What is known of one article while its blocks are read; {@link #build} makes the immutable Article. */
final class ArticleDraft {

    private final Conventions conventions;
    private final PlaceZones placeZones;

    String title;
    String subtitle;
    Byline byline;
    String dateLineText;
    /** What the header prints beside its date lines that says their zone: a zone alone under them ("CEST"). */
    private final List<String> besideDate = new ArrayList<>();
    List<Block> body = new ArrayList<>();
    /** For each block of {@link #body}, the reader block it was made from. */
    final List<Integer> origins = new ArrayList<>();
    /** The reader block being read. */
    int reading;
    private DateRecognizer.Found publishedDate;
    /** The line dating the last change, and its date. */
    private DateRecognizer.Found modifiedDate;
    private String modifiedText;
    private String relativeDate;
    private final List<Credit> credits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ArticleDraft(Conventions conventions, PlaceZones placeZones) {
        this.conventions = conventions;
        this.placeZones = placeZones;
    }

    boolean hasDate() {
        return publishedDate != null || relativeDate != null;
    }

    /** Fills the draft from the roles of an article's blocks. */
    void read(ArticleLayout layout) {
        title = layout.headline() >= 0 ? layout.block(layout.headline()).text() : null;
        int i = 0;
        while (i < layout.size()) {
            BlockRole role = layout.role(i);
            ReaderBlock block = layout.block(i);
            reading = i;
            int end = i + 1;
            switch (role) {
                case STANDFIRST -> {
                    if (subtitle == null) {
                        subtitle = block.text();
                    } else if (i > 0 && layout.role(i - 1) == BlockRole.STANDFIRST) {
                        // a teaser set in lines of a sentence each is one teaser
                        subtitle = subtitle + " " + block.text();
                    } else {
                        add(new Block.Paragraph(block.text()));
                    }
                }
                case BYLINE -> {
                    while (end < layout.size() && layout.role(end) == BlockRole.BYLINE) {
                        end++;
                    }
                    takeBylineBlocks(layout, i, end);
                }
                case DATE -> {
                    while (end < layout.size() && layout.role(end) == BlockRole.DATE) {
                        end++;
                    }
                    takeDateBlocks(layout, i, end);
                }
                case PARAGRAPH -> {
                    if (end < layout.size() && layout.role(end) == BlockRole.PARAGRAPH
                            && layout.evidence().isBareDateline(block)) {
                        // a dateline set apart opens the paragraph after it, as it is written in running text
                        add(new Block.Paragraph(block.text().strip() + " " + layout.block(end).text()));
                        end++;
                    } else {
                        add(new Block.Paragraph(block.text()));
                    }
                }
                case SUBHEADING -> add(new Block.Heading(block.level() >= 2 ? block.level() : 2, block.text()));
                case CAPTION -> end = takeFigure(layout, i);
                case CREDIT -> end = takeCredit(layout, i);
                case LIST -> add(list(block));
                case QUOTE -> add(new Block.Quote(block.text()));
                case NOTE -> {
                    if (!takeCreditBlock(block.lines())) {
                        // a note that credits no one ("Have a story? Email: …") is kept as written
                        notes.addAll(block.lines());
                    }
                }
                case SIGN_OFF -> takeSignOff(block.text());
                default -> {
                    // the headline is the title; a kicker and the page's furniture are not the article's text
                }
            }
            i = end;
        }
        takeTrailingCredits();
    }

    private static final java.util.regex.Pattern ORDERED_ITEM = java.util.regex.Pattern.compile("^\\d{1,3}[.)]\\s+");
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^(?:[-•*–·▪])\\s+");

    /** A list: the markup's items as they are, a text's lines without their bullets or numbers. */
    private static Block list(ReaderBlock block) {
        if (block.hint() == org.polypress.ingest.SourceBlock.Hint.LIST
                || block.hint() == org.polypress.ingest.SourceBlock.Hint.ORDERED_LIST) {
            return new Block.ListBlock(block.hint() == org.polypress.ingest.SourceBlock.Hint.ORDERED_LIST,
                    block.lines());
        }
        boolean ordered = block.lines().stream().allMatch(l -> ORDERED_ITEM.matcher(l).find());
        return new Block.ListBlock(ordered, block.lines().stream()
                .map(l -> (ordered ? ORDERED_ITEM : BULLET).matcher(l).replaceFirst("")).toList());
    }

    /**
     * A byline made of blocks {@code from} to {@code to}: one block the language's byline words or patterns read, or
     * a label and the names under it, or names alone. The first byline is the article's; a later one adds its names.
     */
    private void takeBylineBlocks(ArticleLayout layout, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int j = from; j < to; j++) {
            texts.add(layout.block(j).text().strip());
        }
        String text = String.join(" ", texts);
        Optional<BylineParser.Parsed> parsed = layout.evidence().byline(layout.block(from));
        parsed.filter(p -> p.date() != null && !hasDate()).ifPresent(p -> publishedDate = p.date());
        Byline found;
        if (parsed.isPresent() && from + 1 == to) {
            Byline one = parsed.get().byline();
            found = new Byline(one.text(), withoutStaffTitles(one.authors()), one.publication());
        } else {
            // a label and the names under it, or names alone: each block its own names
            found = new Byline(text, namesIn(layout, from, to), parsed.map(p -> p.byline().publication()).orElse(null));
            // names without the language's byline words: the weakest evidence of a byline
            bylineByNamesAlone |= parsed.isEmpty() && !layout.isBylineLabelAt(from);
        }
        if (byline == null) {
            byline = found;
        } else {
            List<String> authors = new ArrayList<>(byline.authors());
            found.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
            byline = new Byline(byline.text() + " " + found.text(), authors,
                    byline.publication() != null ? byline.publication() : found.publication());
        }
    }

    /**
     * The names without the staff title printed after them ("Jane Doe Political Correspondent" is Jane Doe), and
     * without the e-mail address printed under a name: it is how to reach the author, no author of its own.
     */
    private List<String> withoutStaffTitles(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            String[] words = java.util.Arrays.stream(withoutRepeat(name.strip()).split("\\s+"))
                    .filter(w -> !WordShape.isEmail(w)).toArray(String[]::new);
            int end = words.length;
            for (int k = 0; k < words.length; k++) {
                // a name ends at a staff title, at a dash or bar set between words, or at figures: what a byline
                // line prints after it ("Jane Doe - 28.04.2024 - 12 comments", the date taken out) is no name
                if (conventions.isStaffTitleWord(words[k]) || k > 0 && (BYLINE_PART_SIGN.matcher(words[k]).matches()
                        || words[k].codePoints().anyMatch(Character::isDigit))) {
                    end = k;
                    break;
                }
            }
            if (end > 1) {
                words[end - 1] = withoutGluedControl(words[end - 1]);
            }
            String without = nameOnly(java.util.Arrays.copyOf(words, end));
            if (!without.isEmpty() && !kept.contains(without)) {
                kept.add(without);
            }
        }
        // a site's address beside people's names is the publication's ("Jane Doe, example.org"), not an author
        return NameList.people(kept);
    }

    /**
     * A name's last word without a link's text a copy glued to it ("LazareTwitter": the author's page on a social
     * network, one of the page's controls, right after the name).
     */
    private String withoutGluedControl(String word) {
        for (String control : conventions.pageControls()) {
            int at = word.length() - control.length();
            if (control.length() >= MIN_GLUED_CONTROL_CHARS && at >= 2
                    && word.regionMatches(true, at, control, 0, control.length())
                    && Character.isLowerCase(word.charAt(at - 1)) && Character.isUpperCase(word.charAt(at))) {
                return word.substring(0, at);
            }
        }
        return word;
    }

    /** A control glued to a name is a word of its own ("Twitter", "Facebook"), not a letter ("X"). */
    private static final int MIN_GLUED_CONTROL_CHARS = 4;

    private static final java.util.regex.Pattern BYLINE_PART_SIGN = java.util.regex.Pattern.compile("[-–—|·•]");

    /**
     * The words of a name: capitalized, but for its particles ("van", "de"). A word in small letters after them
     * starts what is said of the person ("Jane Doe is a science writer"), and one between capitalized words, or
     * before the second word, makes the line no name (an institution's name, a link's label, a staff title in the
     * language's words): empty then.
     */
    private static String nameOnly(String[] words) {
        if (words.length < 2) {
            // a newsroom's initials in small letters ("amw") and agencies ("dpa") are written alone
            return String.join(" ", words);
        }
        int small = -1;
        for (int k = 0; k < words.length && small < 0; k++) {
            small = isSmallWord(words[k]) ? k : -1;
        }
        if (small < 0) {
            return String.join(" ", words);
        }
        for (int k = small + 1; k < words.length; k++) {
            if (!isSmallWord(words[k]) && words[k].codePoints().anyMatch(Character::isUpperCase)) {
                return "";
            }
        }
        // a name before what is said of it has a first name and a last name at least
        return small < 2 ? "" : String.join(" ", java.util.Arrays.copyOf(words, small));
    }

    /** A word in small letters of a script with capitals that is no particle of a name. */
    private static boolean isSmallWord(String word) {
        return word.codePoints().anyMatch(Character::isLowerCase)
                && word.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))
                && !Conventions.PARTICLE_WORDS.contains(word);
    }

    /** A name a page prints twice in a row ("Jane Doe Jane Doe": a link and its label), once. */
    private static String withoutRepeat(String name) {
        String[] words = name.split("\\s+");
        if (words.length % 2 == 0 && words.length >= 2) {
            int half = words.length / 2;
            if (java.util.Arrays.equals(java.util.Arrays.copyOf(words, half),
                    java.util.Arrays.copyOfRange(words, half, words.length))) {
                return String.join(" ", java.util.Arrays.copyOf(words, half));
            }
        }
        return name;
    }

    /** The names of byline blocks that hold names, labels and joining words left out. */
    private List<String> namesIn(ArticleLayout layout, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int j = from; j < to; j++) {
            ReaderBlock block = layout.block(j);
            if (layout.evidence().isStaffTitleLine(block) && !layout.evidence().isNameLine(block)) {
                continue;
            }
            Optional<BylineParser.Parsed> parsed = BylineParser.parse(block.text(), conventions);
            if (parsed.isPresent()) {
                // "By Jane Doe" over "Journalist": the byline's own names
                withoutStaffTitles(parsed.get().byline().authors()).stream().filter(n -> !names.contains(n))
                        .forEach(names::add);
                continue;
            }
            String text = block.text().strip().replaceFirst("\\s*[,;&|]$", "").replaceFirst("(?<=\\p{L})\\d+$", "")
                    .strip();
            if (!layout.evidence().isNameLine(block) && text.contains(":")) {
                // "Autorin: Jane Doe", "Text: A und B"
                text = text.substring(text.indexOf(':') + 1).strip();
            }
            for (String name : withoutStaffTitles(NameList.split(text, conventions))) {
                if (NameList.plausible(List.of(name)) && name.codePoints().anyMatch(Character::isLetter)
                        && !isLabel(name) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** One of the language's byline words alone ("By", "Von"). */
    private boolean isLabel(String word) {
        String w = word.strip().replaceFirst("[:：]$", "");
        return conventions.bylinePrefixes().stream().anyMatch(p -> p.replaceFirst("[:：/／]$", "").strip()
                .equalsIgnoreCase(w)) || w.matches("(?iu)and|und|et|y|e|og|och|en|i|ja");
    }

    /** A date line made of blocks {@code from} to {@code to}: a label and the date, or the date line alone. */
    private void takeDateBlocks(ArticleLayout layout, int from, int to) {
        noteBesideDate(layout, from, to);
        ReaderBlock first = layout.block(from);
        if (first.hint() == org.polypress.ingest.SourceBlock.Hint.LIST
                || first.hint() == org.polypress.ingest.SourceBlock.Hint.ORDERED_LIST) {
            // a list of the page's facts: the first item that is a date line dates it, one that is a byline signs it
            for (String item : first.lines()) {
                if (!hasDate()) {
                    takeDateLine(item);
                }
                Optional<BylineParser.Parsed> parsed = BylineParser.parse(item, conventions);
                if (byline == null && parsed.isPresent()) {
                    byline = new Byline(item, withoutStaffTitles(parsed.get().byline().authors()),
                            parsed.get().byline().publication());
                }
            }
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int j = from; j < to; j++) {
            String text = layout.block(j).text().strip();
            if (j + 1 < to && conventions.dateLabel().matcher(text).matches()) {
                // a label alone over its date ("Updated" / "March 19, 2025") is one line
                text = text + " " + layout.block(++j).text().strip();
            }
            // "Updated: …" dates the last change; the other lines date the article
            if (!(conventions.isModifiedLine(text) && takeModifiedLine(text))) {
                texts.add(text);
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        String joined = String.join(" ", texts);
        if (!takeDateLine(joined)) {
            for (int j = 0; j < texts.size() && !takeDateLine(texts.get(j)); j++) {
                // the first block that reads as a date line is the date
            }
        }
        if (byline == null && from + 1 == to && first.oneLine()) {
            takeNamesBesideDate(first.text().strip());
        }
    }

    /**
     * The author a date line names in a part of its own, set off by a bar or a bullet ("27. Januar 2026 • Jane Doe
     * • 3 Minuten", "Jane Doe | 05.04.2025"): a part of names alone, with or without the language's byline words,
     * no digit in it. Names alone are the weakest evidence of a byline, as they are in a block of their own.
     */
    private void takeNamesBesideDate(String line) {
        String[] parts = DATE_LINE_PARTS.split(line);
        if (parts.length < 2) {
            return;
        }
        for (String part : parts) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<BylineParser.Parsed> parsed = BylineParser.parse(text, conventions);
            if (parsed.isPresent()) {
                byline = new Byline(text, withoutStaffTitles(parsed.get().byline().authors()),
                        parsed.get().byline().publication());
                return;
            }
            if (HeaderLines.namesAlone(text, conventions)) {
                byline = new Byline(text, withoutStaffTitles(NameList.split(text, conventions)), null);
                bylineByNamesAlone = true;
                return;
            }
        }
    }

    /** What sets the parts of a date line apart: a bar or a bullet, not a comma or a dash that dates use. */
    private static final java.util.regex.Pattern DATE_LINE_PARTS = java.util.regex.Pattern.compile("\\s*[|｜•·]\\s*");

    /**
     * Keeps the block right under the date lines {@code from} to {@code to} that the layout left to the page (a
     * page's furniture) but says the dates' zone: a zone of the language alone ("15 oct 2024 - 08:22" / "CEST").
     */
    private void noteBesideDate(ArticleLayout layout, int from, int to) {
        if (to < layout.size() && layout.role(to) == BlockRole.FURNITURE
                && conventions.zones().containsKey(layout.block(to).text().strip())) {
            besideDate.add(layout.block(to).text().strip());
        }
    }

    /** A line dating the article's last change ("Updated: March 19, 2025, 10:05 GMT"): the first one counts. */
    private boolean takeModifiedLine(String block) {
        Optional<HeaderLines.DateLine> line = HeaderLines.dateLine(block, conventions);
        if (line.isEmpty() || line.get().date() == null) {
            return false;
        }
        if (modifiedDate == null) {
            modifiedDate = line.get().date();
            modifiedText = block;
        }
        return true;
    }

    /**
     * A caption at {@code index}, with the credit that stands apart under it (or, when the caption names none, the
     * credit right above it). Returns the index after what it took.
     */
    private int takeFigure(ArticleLayout layout, int index) {
        ReaderBlock block = layout.block(index);
        Optional<CaptionParser.Parsed> parsed = CaptionParser.parse(block.lines(), conventions);
        Block.Figure figure = parsed.map(CaptionParser.Parsed::figure)
                .orElseGet(() -> new Block.Figure(block.text(), null, null));
        parsed.ifPresent(p -> credits.addAll(p.credits()));
        int end = index + 1;
        if (figure.credit() == null && end < layout.size() && layout.role(end) == BlockRole.CREDIT) {
            if (!BlockEvidence.isCreditLabelAlone(layout.block(end).text())) {
                figure = new Block.Figure(figure.caption(), creditText(layout.block(end)), null);
                credits.addAll(creditsOf(layout.block(end)));
            }
            end++;
        } else if (figure.credit() == null && pendingCredit != null
                && !BlockEvidence.isCreditLabelAlone(pendingCredit.text())) {
            figure = new Block.Figure(figure.caption(), creditText(pendingCredit), null);
            credits.addAll(creditsOf(pendingCredit));
        }
        pendingCredit = null;
        add(figure);
        return end;
    }

    /** Whether the byline came from names standing alone, without the language's byline words or label. */
    private boolean bylineByNamesAlone;

    /** A credit above a caption, held until the caption comes; not followed by one, a figure of its own. */
    private ReaderBlock pendingCredit;

    private int takeCredit(ArticleLayout layout, int index) {
        ReaderBlock block = layout.block(index);
        if (index + 1 < layout.size() && layout.role(index + 1) == BlockRole.CAPTION
                && CaptionParser.parse(layout.block(index + 1).lines(), conventions).isEmpty()) {
            pendingCredit = block;
            return index + 1;
        }
        if (!BlockEvidence.isCreditLabelAlone(block.text())) {
            add(new Block.Figure(null, creditText(block), null));
            credits.addAll(creditsOf(block));
        }
        return index + 1;
    }

    /** A credit as written, without one pair of brackets around it. */
    private static String creditText(ReaderBlock block) {
        return CreditLineParser.unbracket(block.text());
    }

    /** Who a credit standing alone credits: by the language's credit lines, else the credit as written. */
    private List<Credit> creditsOf(ReaderBlock block) {
        String text = creditText(block);
        return CaptionParser.creditLine(text, conventions)
                .orElseGet(() -> List.of(new Credit(text, Role.PHOTOGRAPHER, null)));
    }

    /**
     * A date line. What stands beside the date is used: a credit line ("来源：新华网") credits its source, an agency
     * with no byline yet is the byline ("AFP 30 avril 2015 à 07:19"), a byline beside the date is the byline.
     */
    boolean takeDateLine(String block) {
        Optional<HeaderLines.DateLine> line = HeaderLines.dateLine(block, conventions);
        if (line.isEmpty()) {
            return false;
        }
        publishedDate = line.get().date();
        relativeDate = line.get().relative();
        dateLineText = block;
        if (byline == null && line.get().byline() != null) {
            byline = new Byline(line.get().byline().text(), withoutStaffTitles(line.get().byline().authors()),
                    line.get().byline().publication());
        }
        for (String extra : line.get().extras()) {
            Optional<List<Credit>> credit = CreditLineParser.parse(extra, conventions);
            if (credit.isPresent()) {
                credits.addAll(credit.get());
            } else if (conventions.isAgency(extra) && byline == null) {
                byline = new Byline(block, List.of(extra), null);
            }
        }
        return true;
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
        StatedWeighing weighing = new StatedWeighing(stated, conventions);
        byline = weighing.byline(byline, bylineByNamesAlone);
        takeAuthorsBiography();
        if (title == null || title.isBlank()) {
            title = stated.title() != null ? stated.title()
                    : titleFromFileName(document.extraction().source().fileName(), document.extraction().storyKey());
        } else if (weighing.isPublishersHeadline(title)) {
            title = stated.title().strip();
        }
        Metadata metadata = new Metadata(modified(dateline, stated), stated.canonicalUrl(), stated.section(),
                stated.keywords());
        return new Article(id, slugMaker.slug(title, SlugMaker.nameDigest(document.extraction().source().fileName())),
                document.language().tag(), document.language().script(),
                document.language().direction(), title, subtitle, byline, dateline, published(dateline, stated), body,
                allCredits(dateline), notes, document.extraction().source(), countWords(wordCounter),
                storyKey(document), List.of(), metadata);
    }

    /**
     * A few lines on the author closing the article ("Jane Doe is a national correspondent for …", "Anne Roe (*1958)
     * war Direktorin …"): a note about the article, not its text. Only one of the last two paragraphs, and only when it
     * opens with the full name of an author the byline names, as an author's biography does in any language.
     */
    private void takeAuthorsBiography() {
        if (byline == null || byline.authors().isEmpty()) {
            return;
        }
        int seen = 0;
        for (int i = body.size() - 1; i >= 0 && seen < 2; i--) {
            if (!(body.get(i) instanceof Block.Paragraph paragraph)) {
                continue;
            }
            seen++;
            String text = paragraph.text().strip();
            for (String author : byline.authors()) {
                String name = author.strip();
                if (name.indexOf(' ') > 0 && text.length() > name.length() + 20 && text.startsWith(name)
                        && " ,(".indexOf(text.charAt(name.length())) >= 0) {
                    List<Block> kept = new ArrayList<>(body);
                    kept.remove(i);
                    body = kept;
                    notes.add(text);
                    return;
                }
            }
        }
    }

    /**
     * The last change: the line the text prints for it, made precise by the metadata's instant when both name the
     * same day; else what the metadata states; else none.
     */
    private Published modified(Dateline dateline, StatedMetadata stated) {
        StatedDate statedDate = StatedDate.parse(stated.modified());
        if (modifiedDate == null) {
            return statedDate == null ? null : new Published(stated.modified(), statedDate.iso());
        }
        String iso = modifiedDate.iso(zone(dateline));
        if (statedDate != null && statedDate.refines(modifiedDate)) {
            iso = statedDate.iso();
        }
        return new Published(modifiedText, iso);
    }

    /** "U.S. budget deal.txt" is "U.S. budget deal"; "story.fr.txt" is "story" (the story key ingest read). */
    private static String titleFromFileName(String fileName, String storyKey) {
        int dot = fileName.lastIndexOf('.');
        String stem = storyKey != null ? storyKey : dot > 0 ? fileName.substring(0, dot) : fileName;
        String words = stem.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? fileName : words;
    }

    /** The story key the file name states, when the language it states is the article's (no stray "story.it.txt"). */
    private static String storyKey(NormalizedDocument document) {
        return document.language().stated() ? document.extraction().storyKey() : null;
    }

    /**
     * A line of its own is the date as written, label and all; in a byline, only the date. With no date in the
     * text, the date the document's metadata states, already ISO 8601.
     */
    private Published published(Dateline dateline, StatedMetadata stated) {
        StatedDate statedDate = StatedDate.parse(stated.published());
        if (publishedDate == null && relativeDate == null && statedDate == null && modifiedText != null) {
            // a page that prints only when it was updated, and states no other date, is dated by it
            takeDateLine(modifiedText);
        }
        if (publishedDate == null && relativeDate == null) {
            return statedDate == null ? null : new Published(stated.published(), statedDate.iso());
        }
        if (publishedDate == null) {
            // "vor 2 Stunden": the metadata knows the instant the text only counts back to
            return new Published(dateLineText != null ? dateLineText : relativeDate,
                    statedDate == null ? null : statedDate.iso());
        }
        String asWritten = dateLineText != null ? dateLineText : publishedDate.text();
        String iso = publishedDate.iso(zone(dateline));
        if (statedDate != null && statedDate.refines(publishedDate)) {
            // the text's date to the day (or without its zone) and the metadata's instant are the same date:
            // the metadata's is the more precise
            iso = statedDate.iso();
        }
        return new Published(asWritten, iso);
    }

    private Optional<String> firstParagraph() {
        return body.stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .findFirst();
    }

    /**
     * The zone of the published date: named in the text beside it ("GMT+8", "KST"), else that of the place the
     * story's dateline names or the date line prints beside the date ({@link PlaceZones}), else the language's one
     * zone where all its newsrooms keep one clock; else none: Polypress never guesses a zone.
     */
    private ZoneId zone(Dateline dateline) {
        if (dateLineText != null) {
            ZoneId named = DateRecognizer.zoneNamedIn(dateLineText, conventions);
            if (named != null) {
                return named;
            }
        }
        for (String beside : besideDate) {
            // "CEST" under the date lines
            String id = conventions.zones().get(beside);
            if (id != null) {
                return ZoneId.of(id);
            }
        }
        Optional<ZoneId> zone = dateline == null ? Optional.empty()
                : placeZones.zoneOf(dateline.place(), conventions.language());
        if (zone.isEmpty() && dateLineText != null) {
            // "Publicado em 05/07/2024 - 14:38 Brasília": the place printed beside the date
            zone = HeaderLines.dateLine(dateLineText, conventions).stream().flatMap(l -> l.extras().stream())
                    .flatMap(ArticleDraft::tails).map(extra -> placeZones.zoneOf(extra, conventions.language()))
                    .flatMap(Optional::stream).findFirst();
        }
        return zone.orElse(conventions.zone());
    }

    /** "Publicado em Brasília", "em Brasília", "Brasília": the words that may end in a place, longest first. */
    private static java.util.stream.Stream<String> tails(String extra) {
        String[] words = extra.strip().split("\\s+");
        return java.util.stream.IntStream.range(0, words.length)
                .mapToObj(k -> String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
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
        List<String> texts = new ArrayList<>();
        texts.add(title);
        if (subtitle != null) {
            texts.add(subtitle);
        }
        for (Block block : body) {
            texts.addAll(block.texts());
        }
        return wordCounter.count(texts);
    }
}
