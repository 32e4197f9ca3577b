package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.ingest.SourceBlock.Hint;
import org.polypress.ingest.StatedMetadata;
import org.polypress.model.Credit;

/**
 * Decides the role of every block of an article ({@link BlockRole}) over the whole article, from each block's own
 * evidence — what its markup says, the language's conventions it matches, its length and closing punctuation — and
 * its neighbours': a caption sits beside a picture or a credit, a name beside a date line or under a byline's label,
 * a subheading is followed by longer text, a standfirst by the byline and date. Nothing stops at the first block it
 * cannot place: a kicker, a caption or a standfirst before the byline costs its own block, not the header.
 *
 * <p>The article is read in three parts: the headline (a hinted headline, else the first block that can be one,
 * a short label above it being its kicker); the header (what stands between the headline and the first paragraph of
 * running text: standfirst, byline, date line, the top picture's caption and credit, the page's controls); and the
 * body, whose first blocks may still hold a byline or date line the header did not, and whose last blocks hold the
 * credit lines and the sign-off.
 */
final class ArticleLayout {

    /** A first block longer than this is the article's first paragraph, not its headline. */
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_TITLE_CHARS = 250;
    /** A kicker is a word or a few ("Opinion", "Premier League"); the headline under it is longer. */
    private static final int MAX_KICKER_WORDS = 4;
    private static final int MAX_KICKER_CHARS = 40;
    /** Page furniture and a date line above the headline take this many blocks at most. */
    private static final int MAX_LEADING_BLOCKS = 4;
    /** The header is this many blocks at most; beyond them the body has begun. */
    private static final int MAX_HEADER_BLOCKS = 24;
    /** How far after a standfirst candidate the byline or date line that confirms it may stand. */
    private static final int STANDFIRST_REACH = 4;
    /** How many of the body's first blocks may still hold a byline or date line the header did not. */
    private static final int EARLY_BODY_BLOCKS = 5;
    /** A block of running text has at least this many words, or closes a sentence. */
    private static final int PROSE_WORDS = 6;
    /** A block this long is running text whatever its last character. */
    private static final int PROSE_CHARS = 150;
    /** A caption is a sentence or two. */
    private static final int MAX_CAPTION_CHARS = 300;
    /** A page's button or prompt is a few words; three of them in a row are its controls. */
    private static final int MAX_CONTROL_WORDS = 5;
    private static final int MIN_CONTROL_RUN = 3;
    /** Links under a related-stories label are a few. */
    private static final int MAX_RELATED_LINKS = 6;
    /** A teaser's lines: a headline, a section, a date. */
    private static final int MAX_TEASER_WORDS = 16;
    /** A standfirst set under the top picture is a summary of a few sentences. */
    private static final int MAX_TEASER_CHARS = 350;
    /** A deck, a standfirst without closing punctuation, has at least this many words. */
    private static final int DECK_WORDS = 5;
    /** A byline's names run over at most this many blocks after its label ("By" / "A" / "and" / "B"). */
    private static final int MAX_NAME_BLOCKS = 8;
    /** A picture's credit standing alone is short. */
    private static final int MAX_CREDIT_CHARS = 100;
    private static final Pattern CONNECTOR = Pattern.compile("(?iu)[,;&|/·•…]+|and|und|et|y|e|og|och|en|i|ja|és|и|и др\\.");
    private static final Pattern TIME_ALONE = Pattern.compile("(?iu)(?:\\p{L}{1,4}\\.?\\s+)?\\d{1,2}[:.h]\\d{2}"
            + "(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h|hrs|horas|heures|timer)?\\s*(?:\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?");
    private static final Pattern CREDIT_LABEL_ALONE = Pattern.compile("(?iu)(?:foto|fotos|photo|photos|bild|image|"
            + "picture|credit|credits|kuva|fotó|zdjęcie|billede|mynd|фото)\\s*[:：]");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–·▪]|\\d{1,3}[.)])\\s+\\S.*");

    private final List<ReaderBlock> blocks;
    private final Conventions conventions;
    private final StatedMetadata stated;
    private final BlockRole[] roles;
    private int headline = -1;
    private int bodyStart;
    private boolean standfirstTaken;
    private boolean bylineTaken;
    private boolean dateTaken;
    private boolean markedHeadings;

    private ArticleLayout(List<ReaderBlock> blocks, Conventions conventions, StatedMetadata stated) {
        this.blocks = blocks;
        this.conventions = conventions;
        this.stated = stated;
        this.roles = new BlockRole[blocks.size()];
    }

    /** The roles of {@code blocks}, in order. */
    static ArticleLayout of(List<ReaderBlock> blocks, Conventions conventions, StatedMetadata stated) {
        ArticleLayout layout = new ArticleLayout(blocks, conventions, stated);
        layout.readHeadline();
        layout.readHeader();
        layout.readBody();
        layout.readEnd();
        return layout;
    }

    BlockRole role(int index) {
        return roles[index];
    }

    /** The headline's block, or -1 when the text has none. */
    int headline() {
        return headline;
    }

    int size() {
        return blocks.size();
    }

    ReaderBlock block(int index) {
        return blocks.get(index);
    }

    // ---- the headline ----

    private void readHeadline() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).hint() == Hint.HEADLINE) {
                headline = i;
                break;
            }
        }
        if (headline < 0) {
            headline = textHeadline();
        }
        int end = headline < 0 ? firstOpen(0) : headline;
        for (int i = 0; i < end; i++) {
            ReaderBlock block = blocks.get(i);
            if (roles[i] != null) {
                continue;
            }
            if (block.hint() == Hint.KICKER || i == end - 1 && headline >= 0 && isKicker(block)) {
                roles[i] = BlockRole.KICKER;
            } else if (!dateTaken && dateLine(block).isPresent()) {
                roles[i] = BlockRole.DATE;
                dateTaken = true;
            } else {
                roles[i] = BlockRole.FURNITURE;
            }
        }
        if (headline >= 0) {
            roles[headline] = BlockRole.HEADLINE;
        }
        bodyStart = headline < 0 ? end : headline + 1;
    }

    /**
     * The headline of a text without markup: the first block that can be one, after the page's furniture and a
     * date line printed above it; a short label right above a longer headline is its kicker. None (-1) when the
     * first block is too long to be a headline: the text starts with its first paragraph.
     */
    private int textHeadline() {
        int i = 0;
        while (i < blocks.size() && i < MAX_LEADING_BLOCKS && (isFurniture(blocks.get(i))
                || dateLine(blocks.get(i)).isPresent() && i + 1 < blocks.size() && canHeadline(blocks.get(i + 1)))) {
            i++;
        }
        if (i >= blocks.size()) {
            return -1;
        }
        ReaderBlock candidate = blocks.get(i);
        if (!fitsHeadline(candidate)) {
            return -1;
        }
        if (i + 1 < blocks.size() && isKicker(candidate)) {
            ReaderBlock next = blocks.get(i + 1);
            if (canHeadline(next) && next.words() > candidate.words()) {
                return i + 1;
            }
        }
        return i;
    }

    /** The first block the headline's reading left without a role. */
    private int firstOpen(int from) {
        int i = from;
        while (i < blocks.size() && roles[i] != null) {
            i++;
        }
        return i;
    }

    /** A block that can be a headline: short enough, no sentence, no date line, byline or caption. */
    private boolean canHeadline(ReaderBlock block) {
        return fitsHeadline(block) && Headings.withoutClosingPunctuation(block.text()) && dateLine(block).isEmpty()
                && byline(block).isEmpty() && caption(block).isEmpty() && !isFurniture(block);
    }

    private static boolean fitsHeadline(ReaderBlock block) {
        return block.text().length() <= MAX_TITLE_CHARS && block.words() <= MAX_TITLE_WORDS;
    }

    /**
     * A label above a headline: a few words that name no date and no author and read as a label — one of the
     * language's section words ("Opinion", "Analyse"), a label in capitals ("EXCLUSIVE"), or one that ends in a
     * colon or a bar ("Live:", "Ukraine |"). A short line of ordinary words is a short headline.
     */
    private boolean isKicker(ReaderBlock block) {
        String text = block.text().strip();
        if (!block.oneLine() || block.words() > MAX_KICKER_WORDS || text.length() > MAX_KICKER_CHARS
                || dateLine(block).isPresent() || byline(block).isPresent()) {
            return false;
        }
        boolean labelled = text.endsWith(":") || text.endsWith("|") || text.endsWith("：");
        boolean capitals = text.codePoints().anyMatch(Character::isUpperCase)
                && text.codePoints().noneMatch(Character::isLowerCase) && text.codePoints().filter(Character::isLetter)
                .count() >= 2;
        return labelled || capitals || conventions.isKicker(text);
    }

    // ---- the header ----

    /**
     * The blocks between the headline and the first paragraph of running text, each by its own evidence; the body
     * starts at the first block that is running text and is not the standfirst.
     */
    private void readHeader() {
        int limit = Math.min(blocks.size(), bodyStart + MAX_HEADER_BLOCKS);
        int i = bodyStart;
        while (i < limit) {
            int taken = headerRole(i);
            if (taken == 0) {
                break;
            }
            i += taken;
        }
        if (i >= limit && limit < blocks.size()) {
            // no running text within reach: the header reading found no end, and the body starts after the headline
            for (int j = bodyStart; j < limit; j++) {
                if (roles[j] == BlockRole.FURNITURE && !isFurniture(blocks.get(j))) {
                    roles[j] = null;
                }
            }
            bodyStart = firstOpen(bodyStart);
            return;
        }
        bodyStart = i;
    }

    /**
     * Gives block {@code i} its header role; returns how many blocks were given one (a byline's label takes the
     * names under it), or 0 when the block starts the body.
     */
    private int headerRole(int i) {
        ReaderBlock block = blocks.get(i);
        switch (block.hint()) {
            case CAPTION -> {
                // a caption element that holds only the credit ("Foto: Jane Doe") credits the caption beside it
                roles[i] = isCreditOnly(block) ? BlockRole.CREDIT : BlockRole.CAPTION;
                return 1;
            }
            case CREDIT -> {
                roles[i] = BlockRole.CREDIT;
                return 1;
            }
            case KICKER -> {
                roles[i] = BlockRole.FURNITURE;
                return 1;
            }
            case STANDFIRST -> {
                if (!standfirstTaken && !isFurniture(block) && dateLine(block).isEmpty() && byline(block).isEmpty()) {
                    roles[i] = BlockRole.STANDFIRST;
                    standfirstTaken = true;
                    return 1;
                }
            }
            case HEADING -> {
                // a heading in the header is the deck: right under the headline, or a sentence of its own
                boolean underHeadline = previousPlaced(i) == headline;
                if (!standfirstTaken && block.words() >= DECK_WORDS
                        && (underHeadline || WordShape.closesSentence(block.text()))) {
                    roles[i] = BlockRole.STANDFIRST;
                    standfirstTaken = true;
                    return 1;
                }
                return isFurniture(block) ? furniture(i) : 0;
            }
            case LIST, ORDERED_LIST -> {
                if (isMetaList(block)) {
                    // "Published 13 May 2026 · 3 min read · By Jane Doe": the page's facts about the article
                    roles[i] = BlockRole.DATE;
                    dateTaken = true;
                    bylineTaken |= block.lines().stream().anyMatch(l -> BylineParser.parse(l, conventions).isPresent());
                    return 1;
                }
                return 0;
            }
            case QUOTE -> {
                return 0;
            }
            default -> {
            }
        }
        if (isFurniture(block)) {
            return furniture(i);
        }
        if (opensWithDateline(block)) {
            // "BEIJING, July 5 (Xinhua) --": the story's first paragraph
            return 0;
        }
        int date = dateRole(i);
        if (date > 0) {
            return date;
        }
        int byline = bylineRole(i);
        if (byline > 0) {
            return byline;
        }
        if (note(block).isPresent()) {
            roles[i] = BlockRole.NOTE;
            return 1;
        }
        if (caption(block).isPresent()) {
            roles[i] = BlockRole.CAPTION;
            return 1;
        }
        if (isCreditLine(block)) {
            roles[i] = BlockRole.CREDIT;
            return 1;
        }
        if (isProse(block)) {
            if (!standfirstTaken && !opensWithDateline(block)
                    && (headerEvidenceFollows(i) || isStatedDescription(block) || isTeaserUnderPicture(i))) {
                roles[i] = BlockRole.STANDFIRST;
                standfirstTaken = true;
                return 1;
            }
            return 0;
        }
        if (!standfirstTaken && block.words() >= DECK_WORDS && block.oneLine() && !opensWithDateline(block)
                && (i == headline + 1 || headerEvidenceFollows(i) || isStatedDescription(block))) {
            roles[i] = BlockRole.STANDFIRST;
            standfirstTaken = true;
            return 1;
        }
        if (block.words() < DECK_WORDS || headerEvidenceFollows(i)) {
            // a short line between headline and text that is nothing the article states: a label of the page
            return furniture(i);
        }
        return 0;
    }

    private int furniture(int i) {
        roles[i] = BlockRole.FURNITURE;
        return 1;
    }

    /**
     * A list of the page's facts about the article in its header: short items, among them its date ("Published 13 May
     * 2026", "3 min read", "By Jane Doe").
     */
    private boolean isMetaList(ReaderBlock block) {
        return !dateTaken && block.lines().stream().allMatch(l -> WordShape.words(l) <= MAX_TEASER_WORDS)
                && block.lines().stream().anyMatch(l -> HeaderLines.dateLine(l, conventions).isPresent());
    }

    /** Whether a byline, its label, a date line or a picture's credit follows within reach, furniture skipped. */
    private boolean headerEvidenceFollows(int i) {
        int seen = 0;
        for (int j = i + 1; j < blocks.size() && seen < STANDFIRST_REACH; j++) {
            ReaderBlock next = blocks.get(j);
            if (isFurniture(next)) {
                continue;
            }
            seen++;
            if (next.hint() == Hint.AUTHOR || next.hint() == Hint.TIME || isBylineLabel(next)
                    || byline(next).isPresent() || dateLine(next).isPresent() || isDateLabel(next)) {
                return true;
            }
            if (isProse(next)) {
                // running text comes first: what follows it is the text's, not this block's header
                return false;
            }
        }
        return false;
    }

    /** Whether a paragraph opens with an agency's dateline ("BEIJING, July 5 (Xinhua) --"): the story's first. */
    private boolean opensWithDateline(ReaderBlock block) {
        return DatelineParser.parse(block.text(), conventions, 0).isPresent();
    }

    /**
     * A short summary right under the top picture's caption, a longer paragraph after it: the standfirst some sites
     * set between the photo and the text.
     */
    private boolean isTeaserUnderPicture(int i) {
        ReaderBlock block = blocks.get(i);
        if (i == 0 || !block.oneLine() || block.text().length() > MAX_TEASER_CHARS || i + 1 >= blocks.size()) {
            return false;
        }
        BlockRole before = roles[i - 1];
        ReaderBlock next = blocks.get(i + 1);
        return (before == BlockRole.CAPTION || before == BlockRole.CREDIT)
                && next.text().length() > block.text().length() && note(next).isEmpty() && !isCreditLine(next);
    }

    private boolean isStatedDescription(ReaderBlock block) {
        String description = stated.description();
        if (description == null) {
            return false;
        }
        String a = squash(description);
        String b = squash(block.text());
        return !b.isEmpty() && (a.equals(b) || a.startsWith(b) && b.length() * 4 >= a.length() * 3
                || b.startsWith(a) && a.length() * 4 >= b.length() * 3);
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A date line, or a date label alone with the date in the next block ("Published" / "1 day ago"): the first is
     * the article's date; a later one ("Updated …") is the page's. Returns how many blocks it takes, 0 for none.
     */
    private int dateRole(int i) {
        ReaderBlock block = blocks.get(i);
        if (isDateLabel(block) && i + 1 < blocks.size() && dateLine(blocks.get(i + 1)).isPresent()) {
            BlockRole role = dateTaken ? BlockRole.FURNITURE : BlockRole.DATE;
            roles[i] = role;
            roles[i + 1] = role;
            dateTaken = true;
            return 2;
        }
        Optional<HeaderLines.DateLine> line = dateLine(block);
        if (line.isPresent() && byline(block).isEmpty()) {
            BlockRole role = dateTaken ? BlockRole.FURNITURE : BlockRole.DATE;
            roles[i] = role;
            dateTaken = true;
            // the day and, in the block under it, the time ("October 23, 2025" / "5:50 pm CET")
            boolean toTheDay = line.get().date() != null && line.get().date().time() == null;
            if (toTheDay && i + 1 < blocks.size() && isTimeAlone(blocks.get(i + 1))) {
                roles[i + 1] = role;
                return 2;
            }
            return 1;
        }
        return 0;
    }

    /** A time alone on its line: "5:50 pm CET", "15:44 Uhr", "07.39", "9h30". */
    private static boolean isTimeAlone(ReaderBlock block) {
        return block.oneLine() && TIME_ALONE.matcher(block.text().strip()).matches();
    }

    /**
     * A byline: by the language's words ("By …", "Von …"), its whole-line patterns, a byline's label alone with the
     * names in the blocks under it, a block the markup marks as the author's, or a name alone beside the date line
     * or under the headline. Returns how many blocks it takes, 0 for none.
     */
    private int bylineRole(int i) {
        ReaderBlock block = blocks.get(i);
        if (byline(block).isPresent()) {
            roles[i] = bylineTaken && !continuesByline(i) ? BlockRole.FURNITURE : BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        if (isBylineLabel(block)) {
            int names = namesAfter(i);
            if (names > 0) {
                for (int j = i; j <= i + names; j++) {
                    roles[j] = bylineTaken && !continuesByline(i) ? BlockRole.FURNITURE : BlockRole.BYLINE;
                }
                bylineTaken = true;
                return names + 1;
            }
            return 0;
        }
        boolean name = isNameLine(block) && !isCreditLine(block) && !creditFollows(i);
        if (name && (block.hint() == Hint.AUTHOR || continuesByline(i) || !bylineTaken && besideByline(i))) {
            roles[i] = BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        if (isStaffTitleLine(block) && continuesByline(i)) {
            // "Political Correspondent" under the name
            roles[i] = BlockRole.BYLINE;
            return 1;
        }
        if (!bylineTaken && conventions.isAgency(block.text()) && besideDate(i)) {
            // "AFP" beside the date line: the agency wrote the story
            roles[i] = BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        if (block.hint() == Hint.AUTHOR && block.words() <= NameList.MAX_NAME_WORDS * 2 && !isCreditOnly(block)
                && !isStaffTitleLine(block)) {
            roles[i] = BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        return 0;
    }

    /** A block that is only a picture's credit by the language's credit lines ("Foto: Jane Doe", "© AP"). */
    private boolean isCreditOnly(ReaderBlock block) {
        return block.oneLine() && (CaptionParser.creditLine(block.text().strip(), conventions).isPresent()
                || isCreditLabelAlone(block.text()));
    }

    /** Whether a picture's credit stands right under block {@code i}: the block is that picture's caption. */
    private boolean creditFollows(int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).hint() != Hint.AUTHOR && (isCreditLine(blocks.get(i + 1))
                || blocks.get(i + 1).hint() == Hint.CREDIT);
    }

    /**
     * Whether a name at {@code i} stands where bylines stand: right under the headline, the standfirst or the top
     * picture, or beside the date line (a staff title under the name skipped).
     */
    private boolean besideByline(int i) {
        int before = previousPlaced(i);
        if (before >= 0 && (roles[before] == BlockRole.HEADLINE || roles[before] == BlockRole.STANDFIRST
                || roles[before] == BlockRole.DATE || roles[before] == BlockRole.CAPTION
                || roles[before] == BlockRole.CREDIT || roles[before] == BlockRole.KICKER)) {
            return true;
        }
        return besideDate(i);
    }

    /** Whether a date line (or its label) stands right before or after block {@code i}, furniture skipped. */
    private boolean besideDate(int i) {
        int before = previousPlaced(i);
        if (before >= 0 && roles[before] == BlockRole.DATE) {
            return true;
        }
        for (int j = i + 1; j < blocks.size() && j <= i + 2; j++) {
            ReaderBlock next = blocks.get(j);
            if (isFurniture(next) || isStaffTitleLine(next)) {
                continue;
            }
            return next.hint() == Hint.TIME || isDateLabel(next) || dateLine(next).isPresent();
        }
        return false;
    }

    /** The block before {@code i} that has a role and is not furniture, or -1. */
    private int previousPlaced(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (roles[j] != null && roles[j] != BlockRole.FURNITURE) {
                return j;
            }
        }
        return -1;
    }

    /** A staff title on a line of its own: its last word is a title's ("Political Correspondent", "Redakteurin"). */
    boolean isStaffTitleLine(ReaderBlock block) {
        String[] words = block.text().strip().split("\\s+");
        return block.oneLine() && words.length <= NameList.MAX_NAME_WORDS
                && conventions.isStaffTitleWord(words[words.length - 1]);
    }

    /** Whether the block before {@code i}, furniture skipped, is part of the byline. */
    private boolean continuesByline(int i) {
        for (int j = i - 1; j > headline; j--) {
            if (roles[j] == BlockRole.FURNITURE) {
                continue;
            }
            return roles[j] == BlockRole.BYLINE;
        }
        return false;
    }

    /** How many blocks right after a byline's label hold its names and the words that join them. */
    private int namesAfter(int label) {
        int count = 0;
        int last = 0;
        for (int j = label + 1; j < blocks.size() && count < MAX_NAME_BLOCKS; j++) {
            ReaderBlock next = blocks.get(j);
            if (isNameLine(next) || next.hint() == Hint.AUTHOR && next.words() <= NameList.MAX_NAME_WORDS) {
                count++;
                last = count;
            } else if (CONNECTOR.matcher(next.text().strip()).matches() && last > 0) {
                count++;
            } else {
                break;
            }
        }
        return last;
    }

    // ---- the body ----

    /** The body's blocks: what the markup says, else the text's evidence; subheadings confirmed by what follows. */
    private void readBody() {
        // a source whose markup marks its subheadings marks all of them: its other short lines are no headings
        markedHeadings = blocks.stream().anyMatch(b -> b.hint() == Hint.HEADING);
        List<Integer> candidates = new ArrayList<>();
        int firstText = -1;
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (roles[i] != null) {
                continue;
            }
            ReaderBlock block = blocks.get(i);
            boolean early = i < bodyStart + EARLY_BODY_BLOCKS;
            BlockRole role = bodyRole(i, block, early);
            roles[i] = role;
            if (role == BlockRole.PARAGRAPH) {
                if (firstText >= 0 && !block.hinted() && block.oneLine() && !markedHeadings
                        && Headings.looksLikeHeading(block.text(), conventions)) {
                    candidates.add(i);
                }
                if (firstText < 0) {
                    firstText = i;
                }
            }
        }
        confirmHeadings(candidates);
        removeRelatedLinks();
        removeTeaserRuns();
        removeControlRuns();
        captionsBesideCredits();
    }

    /**
     * Links to other stories under a label that announces them ("Read more:", "Auch interessant", "Lire aussi"): the
     * label and the short lines under it that close no sentence, up to the next running text.
     */
    private void removeRelatedLinks() {
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (!isRelatedLabel(blocks.get(i)) || blocks.get(i).words() > MAX_TEASER_WORDS) {
                continue;
            }
            roles[i] = BlockRole.FURNITURE;
            for (int j = i + 1; j < blocks.size() && j <= i + MAX_RELATED_LINKS; j++) {
                ReaderBlock next = blocks.get(j);
                // a teaser asks or exclaims ("Is the cable car coming?"); the story's text goes on in sentences
                boolean statement = isProse(next) && (next.text().strip().endsWith(".")
                        || next.text().length() > MAX_TEASER_CHARS);
                if (statement || next.hint() == Hint.CAPTION || next.hint() == Hint.CREDIT
                        || roles[j] == BlockRole.CAPTION || roles[j] == BlockRole.NOTE) {
                    break;
                }
                if (next.words() <= MAX_TEASER_WORDS * 2) {
                    roles[j] = BlockRole.FURNITURE;
                }
            }
        }
    }

    /**
     * The page's buttons and prompts copied inside the text: a run of three or more lines of a few words each
     * ("Sign in" / "Subscribe for free" / "Already a subscriber?" / "Log in"). A story's text does not come in
     * three lines that short in a row; a list that does is written as one.
     */
    private void removeControlRuns() {
        int i = bodyStart;
        while (i < blocks.size()) {
            int end = i;
            while (end < blocks.size() && isControlLike(end)) {
                end++;
            }
            if (end - i >= MIN_CONTROL_RUN) {
                for (int j = i; j < end; j++) {
                    roles[j] = BlockRole.FURNITURE;
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private boolean isControlLike(int i) {
        ReaderBlock block = blocks.get(i);
        BlockRole role = roles[i];
        return !block.hinted() && block.oneLine() && block.words() <= MAX_CONTROL_WORDS
                && (role == BlockRole.PARAGRAPH || role == BlockRole.SUBHEADING || role == BlockRole.FURNITURE);
    }

    /** A label that announces links to other stories: one of the language's ("Read more", "Lesen Sie auch"). */
    private boolean isRelatedLabel(ReaderBlock block) {
        return conventions.isRelatedLabel(block.text());
    }

    /** A short line opened by an arrow (">> More on this", "» Read the interview", "→ All results"): a link. */
    private static boolean isLinkLine(ReaderBlock block) {
        String text = block.text().strip();
        return block.oneLine() && block.words() <= MAX_TEASER_WORDS && !text.isEmpty()
                && ">»→▶►➤⇒".indexOf(text.charAt(0)) >= 0;
    }

    /** The headline printed again inside the text (a page's print view, a sticky header). */
    private boolean isRepeatedHeadline(ReaderBlock block) {
        return headline >= 0 && block.oneLine() && squash(block.text()).equals(squash(blocks.get(headline).text()));
    }

    /**
     * Teasers of other stories set inside the text: a run of two or more short lines that close no sentence, among
     * them a date or a section's label ("Other headline" / "News" / "2 hours ago"). None of it is the article's.
     */
    private void removeTeaserRuns() {
        int i = bodyStart;
        while (i < blocks.size()) {
            int end = i;
            boolean dated = false;
            while (end < blocks.size() && isTeaserPart(end)) {
                dated |= roles[end] == BlockRole.FURNITURE && dateLine(blocks.get(end)).isPresent()
                        || dateLine(blocks.get(end)).isPresent() || DateRecognizer.relative(blocks.get(end).text(),
                        conventions).isPresent();
                end++;
            }
            if (dated && end - i >= 2) {
                for (int j = i; j < end; j++) {
                    roles[j] = BlockRole.FURNITURE;
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private boolean isTeaserPart(int i) {
        ReaderBlock block = blocks.get(i);
        BlockRole role = roles[i];
        return !block.hinted() && (role == BlockRole.PARAGRAPH || role == BlockRole.SUBHEADING
                || role == BlockRole.FURNITURE || role == BlockRole.DATE && i > bodyStart) && block.oneLine()
                && block.words() <= MAX_TEASER_WORDS && !WordShape.closesSentence(block.text());
    }

    /**
     * A picture's caption without a credit of its own, known by the credit line beside it: the short block right
     * above a credit standing alone ("Frozen samples in a clinic." / "Jane Doe/dpa"), else the one right under it.
     */
    private void captionsBesideCredits() {
        for (int i = headline + 1; i < blocks.size(); i++) {
            if (roles[i] != BlockRole.CREDIT || blocks.get(i).hint() == Hint.CREDIT) {
                continue;
            }
            if (i > headline + 1 && isCaptionSized(i - 1)) {
                if (roles[i - 1] == BlockRole.STANDFIRST) {
                    standfirstTaken = false;
                }
                roles[i - 1] = BlockRole.CAPTION;
            } else if (i + 1 < blocks.size() && isCaptionSized(i + 1)
                    && (i + 2 >= blocks.size() || roles[i + 2] != BlockRole.CREDIT)) {
                roles[i + 1] = BlockRole.CAPTION;
            }
        }
    }

    private boolean isCaptionSized(int i) {
        ReaderBlock block = blocks.get(i);
        return (roles[i] == BlockRole.PARAGRAPH || roles[i] == BlockRole.STANDFIRST || roles[i] == BlockRole.FURNITURE
                && !isFurniture(block) && block.words() >= DECK_WORDS) && !block.hinted()
                && block.text().length() <= MAX_CAPTION_CHARS;
    }

    private BlockRole bodyRole(int i, ReaderBlock block, boolean early) {
        if (isRepeatedHeadline(block)) {
            return BlockRole.FURNITURE;
        }
        switch (block.hint()) {
            case HEADING -> {
                return isFurniture(block) || isRelatedLabel(block) ? BlockRole.FURNITURE : BlockRole.SUBHEADING;
            }
            case CAPTION -> {
                return isCreditOnly(block) ? BlockRole.CREDIT : BlockRole.CAPTION;
            }
            case CREDIT -> {
                return BlockRole.CREDIT;
            }
            case LIST, ORDERED_LIST -> {
                return BlockRole.LIST;
            }
            case QUOTE -> {
                return BlockRole.QUOTE;
            }
            case HEADLINE -> {
                return BlockRole.SUBHEADING;
            }
            default -> {
            }
        }
        if (isFurniture(block) || isLinkLine(block)) {
            return BlockRole.FURNITURE;
        }
        if (note(block).isPresent() || isEndMarker(block)) {
            return BlockRole.NOTE;
        }
        if (!early && isBylineLabel(block) && namesAfter(i) > 0) {
            // "By" and a name inside the text: the byline of a teaser for another story
            return BlockRole.FURNITURE;
        }
        if (caption(block).isPresent()) {
            return BlockRole.CAPTION;
        }
        if (isCreditLine(block)) {
            return BlockRole.CREDIT;
        }
        if (!bylineTaken && (early || block.hint() == Hint.AUTHOR) && bylineRole(i) > 0) {
            return roles[i];
        }
        if (!bylineTaken && BylineParser.parsePattern(block.text(), conventions).isPresent()) {
            bylineTaken = true;
            return BlockRole.BYLINE;
        }
        if (dateLine(block).isPresent() && byline(block).isEmpty()) {
            if (!dateTaken && (early || block.hint() == Hint.TIME && i < bodyStart + EARLY_BODY_BLOCKS * 2)) {
                dateTaken = true;
                return BlockRole.DATE;
            }
            // a date alone inside the text dates something else: a teaser of another story, an update
            return BlockRole.FURNITURE;
        }
        if (block.lines().size() > 1 && block.lines().stream().allMatch(l -> LIST_ITEM.matcher(l).matches())) {
            return BlockRole.LIST;
        }
        return BlockRole.PARAGRAPH;
    }

    /**
     * A heading candidate of the text is a subheading when longer running text follows it; a subheading the markup
     * states is one when any text follows it before the article ends (one at the very end heads a box of links).
     */
    private void confirmHeadings(List<Integer> candidates) {
        for (int index : candidates) {
            String text = blocks.get(index).text();
            int next = nextInBody(index);
            boolean textFollows = next >= 0 && roles[next] == BlockRole.PARAGRAPH && !candidates.contains(next)
                    && blocks.get(next).text().length() > text.length() && isProse(blocks.get(next));
            if (textFollows) {
                roles[index] = BlockRole.SUBHEADING;
            }
        }
        for (int i = blocks.size() - 1; i >= bodyStart; i--) {
            if (roles[i] == BlockRole.PARAGRAPH || roles[i] == BlockRole.LIST || roles[i] == BlockRole.QUOTE) {
                break;
            }
            if (roles[i] == BlockRole.SUBHEADING && blocks.get(i).hint() == Hint.HEADING) {
                roles[i] = BlockRole.FURNITURE;
            }
        }
    }

    /** The next block after {@code index} that is not furniture, or -1. */
    private int nextInBody(int index) {
        for (int j = index + 1; j < blocks.size(); j++) {
            if (roles[j] != BlockRole.FURNITURE) {
                return j;
            }
        }
        return -1;
    }

    // ---- the end ----

    /**
     * The blocks after the last paragraph: a name alone signs the article off, a date line dates it when nothing
     * above did, a byline the language writes at the end ("홍길동 기자") is its byline.
     */
    private void readEnd() {
        int last = -1;
        for (int i = blocks.size() - 1; i >= bodyStart; i--) {
            if (roles[i] == BlockRole.PARAGRAPH) {
                last = i;
                break;
            }
        }
        for (int i = blocks.size() - 1; i > Math.max(last, headline); i--) {
            ReaderBlock block = blocks.get(i);
            if (roles[i] == BlockRole.FURNITURE || roles[i] == BlockRole.NOTE || block.hinted()) {
                continue;
            }
            if (!dateTaken && dateLine(block).isPresent()) {
                roles[i] = BlockRole.DATE;
                dateTaken = true;
            }
        }
        if (last >= 0 && last == blocks.size() - 1 && last > bodyStart && blocks.get(last).oneLine()
                && !blocks.get(last).hinted() && isNameLine(blocks.get(last))) {
            roles[last] = BlockRole.SIGN_OFF;
        }
    }

    // ---- evidence ----

    private boolean isFurniture(ReaderBlock block) {
        return conventions.isFurniture(block.text());
    }

    private boolean isEndMarker(ReaderBlock block) {
        return conventions.endMarkers().contains(block.text().strip());
    }

    Optional<HeaderLines.DateLine> dateLine(ReaderBlock block) {
        return HeaderLines.dateLine(block.text(), conventions);
    }

    /** A date's label alone ("Published", "Updated:"). */
    private boolean isDateLabel(ReaderBlock block) {
        String text = block.text().strip();
        return text.length() <= 40 && conventions.dateLabel().matcher(text).matches();
    }

    Optional<BylineParser.Parsed> byline(ReaderBlock block) {
        return BylineParser.parse(block.text(), conventions)
                .or(() -> BylineParser.parsePattern(block.text(), conventions));
    }

    /** Whether block {@code index} is a byline's label alone ("By", "Von"). */
    boolean isBylineLabelAt(int index) {
        return isBylineLabel(blocks.get(index));
    }

    /** A byline's label alone: one of the language's byline words, perhaps with a colon ("By", "Von", "Autor:"). */
    private boolean isBylineLabel(ReaderBlock block) {
        String text = block.text().strip().replaceFirst("[:：]$", "").strip();
        return conventions.bylinePrefixes().stream()
                .anyMatch(p -> p.replaceFirst("[:：/／]$", "").strip().equalsIgnoreCase(text));
    }

    /** A line that is only names: "Jane Doe", "Jane Doe, John Roe and Ann Poe", "Mariana Lenharo,". */
    boolean isNameLine(ReaderBlock block) {
        if (!block.oneLine() || block.text().length() > NameList.MAX_NAME_CHARS * 2) {
            return false;
        }
        String text = block.text().strip().replaceFirst("\\s*[,;&|]$", "").replaceFirst("\\d+$", "").strip();
        if (text.isEmpty() || WordShape.closesSentence(text) && !text.endsWith(".")) {
            return false;
        }
        List<String> names = NameList.split(text, conventions);
        return !names.isEmpty() && NameList.plausible(names)
                && names.stream().allMatch(n -> conventions.name().matcher(n).matches() || conventions.isAgency(n));
    }

    Optional<List<Credit>> note(ReaderBlock block) {
        List<Credit> credits = new ArrayList<>();
        for (String line : block.lines()) {
            if (conventions.endMarkers().contains(line.strip())) {
                continue;
            }
            Optional<List<Credit>> parsed = CreditLineParser.parse(line, conventions);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            credits.addAll(parsed.get());
        }
        return credits.isEmpty() ? Optional.empty() : Optional.of(credits);
    }

    Optional<CaptionParser.Parsed> caption(ReaderBlock block) {
        return CaptionParser.parse(block.lines(), conventions);
    }

    /**
     * A picture's credit standing alone: a credit line of the language ("Foto: …", "Photo: …", "© …"), or a short
     * line that names an agency that credits pictures ("Getty Images", "Zac Goodwin/dpa", "AP Photo").
     */
    boolean isCreditLine(ReaderBlock block) {
        String text = block.text().strip();
        if (!block.oneLine() || text.length() > MAX_CREDIT_CHARS || block.hint() == Hint.AUTHOR) {
            return false;
        }
        if (isCreditLabelAlone(text)) {
            // "Image:" alone: the credit the page left empty, under its picture's caption
            return true;
        }
        if (CaptionParser.creditLine(text, conventions).isPresent()) {
            return true;
        }
        String unbracketed = CreditLineParser.unbracket(text);
        for (String part : unbracketed.split("\\s*(?:[/|,;]|\\s[-–—]\\s|\\s+via\\s+)\\s*")) {
            String name = part.strip().replaceFirst("(?i)\\s+(?:photos?|images?|pictures?|foto|fotos|bild)$", "");
            if (conventions.isAgency(name)) {
                return !WordShape.closesSentence(text) || text.endsWith(".") && text.length() < 40;
            }
        }
        return false;
    }

    /** A credit's label alone, its credit left empty ("Photo:", "Foto:", "Image:"). */
    static boolean isCreditLabelAlone(String text) {
        return CREDIT_LABEL_ALONE.matcher(text.strip()).matches();
    }

    private boolean isProse(ReaderBlock block) {
        if (block.text().length() >= PROSE_CHARS) {
            return true;
        }
        return block.words() >= PROSE_WORDS && WordShape.closesSentence(block.text());
    }

    /** Each block's role, hint and first characters, a line each: what the recognizer decided, for a person. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            ReaderBlock block = blocks.get(i);
            String text = block.text();
            out.append(String.format(Locale.ROOT, "%3d %-10s %-12s %s%n", i, roles[i],
                    block.hinted() ? block.hint() : "", text.length() > 100 ? text.substring(0, 100) + "…" : text));
        }
        return out.toString();
    }
}
