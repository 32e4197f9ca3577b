package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.ingest.SourceBlock.Hint;
import org.polypress.ingest.StatedMetadata;

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
final class ArticleLayout {    /** Page furniture and a date line above the headline take this many blocks at most. */
    private static final int MAX_LEADING_BLOCKS = 4;
    /** The header is this many blocks at most; beyond them the body has begun. */
    private static final int MAX_HEADER_BLOCKS = 24;
    /** How far after a standfirst candidate the byline or date line that confirms it may stand. */
    private static final int STANDFIRST_REACH = 6;
    /** A teaser set in lines: a few of them, a sentence or two each, a short paragraph's words in all. */
    private static final int MAX_TEASER_LINES = 4;
    private static final int MAX_TEASER_LINE_WORDS = 40;
    private static final int MAX_TEASER_RUN_WORDS = 90;
    /** How many of the body's first blocks may still hold a byline or date line the header did not. */
    private static final int EARLY_BODY_BLOCKS = 5;
    /** A byline's names run over at most this many blocks after its label ("By" / "A" / "and" / "B"). */
    private static final int MAX_NAME_BLOCKS = 8;
    /** A date line in the text, a byline beside it or not, is a line: longer blocks are not searched for one. */
    private static final int MAX_DATE_LINE_WORDS = 30;
    /** A caption is a sentence or two: a longer block in the header is the story's text. */
    private static final int MAX_TOP_CAPTION_WORDS = 60;
    private static final Pattern CONNECTOR = Pattern.compile("(?iu)[,;&|/·•…]+|and|und|et|y|e|og|och|en|i|ja|és|и|и др\\.");
    /** A page's label is a few words, and printed three times or more it is no text of the story. */
    private static final int MAX_LABEL_WORDS = 5;
    private static final int MIN_LABEL_REPEATS = 3;
    /** A line said twice is at least a few words each time. */
    private static final int MIN_REPEATED_CHARS = 12;
    /** A label of a few words and a colon opening a line ("Search author on: …", "Follow: …"). */
    private static final Pattern AUTHOR_BOX_LABEL = Pattern.compile("^\\p{L}+(?:\\s\\p{L}+){0,3}:\\s");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–·▪]|\\d{1,3}[.)])\\s+\\S.*");

    private final List<ReaderBlock> blocks;
    private final Conventions conventions;
    private final BlockEvidence evidence;
    private final BlockRole[] roles;
    /** Whether the source's markup marks captions: then it marks each of them, and an unmarked block is none. */
    private final boolean captionsMarked;
    private int headline = -1;
    private int bodyStart;
    private boolean standfirstTaken;
    private boolean bylineTaken;
    private boolean dateTaken;
    /** A byline taken from a line of capitalized words alone, which a byline in the language's words replaces. */
    private int weakBylineAt = -1;

    private ArticleLayout(List<ReaderBlock> blocks, Conventions conventions, StatedMetadata stated) {
        this.blocks = blocks;
        this.conventions = conventions;
        this.evidence = new BlockEvidence(conventions, stated);
        this.roles = new BlockRole[blocks.size()];
        this.captionsMarked = blocks.stream().anyMatch(b -> b.hint() == Hint.CAPTION);
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
            if (block.hint() == Hint.KICKER || i == end - 1 && headline >= 0 && evidence.isKicker(block)) {
                roles[i] = BlockRole.KICKER;
            } else if (!dateTaken && evidence.dateLine(block).isPresent()) {
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
        while (i < blocks.size() && i < MAX_LEADING_BLOCKS && (evidence.isFurniture(blocks.get(i))
                || evidence.dateLine(blocks.get(i)).isPresent() && i + 1 < blocks.size()
                        && evidence.canHeadline(blocks.get(i + 1)))) {
            i++;
        }
        if (i >= blocks.size()) {
            return -1;
        }
        ReaderBlock candidate = blocks.get(i);
        if (!evidence.fitsHeadline(candidate)) {
            return -1;
        }
        if (i > 0 && evidence.byline(candidate).isPresent() && evidence.fitsHeadline(blocks.get(0))) {
            // only furniture above the byline: the line the writer put first is the headline, whatever it holds
            return 0;
        }
        if (i + 1 < blocks.size() && evidence.isKicker(candidate)) {
            ReaderBlock next = blocks.get(i + 1);
            if (evidence.canHeadline(next) && next.words() > candidate.words()) {
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
        if (i >= limit) {
            // no running text within reach, or none at all (a text of short lines): the header reading found no end,
            // and the body starts after the headline
            for (int j = bodyStart; j < limit; j++) {
                if (roles[j] == BlockRole.FURNITURE && !evidence.isFurniture(blocks.get(j))) {
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
                if (evidence.isStaffTitleLine(block)) {
                    // the author's title under the author's picture ("Redakteur", "Political Correspondent")
                    return furniture(i);
                }
                // a caption element that holds only the credit ("Foto: Jane Doe") credits the caption beside it
                roles[i] = evidence.isCreditOnly(block) || evidence.isCreditNotCaption(block) ? BlockRole.CREDIT
                        : BlockRole.CAPTION;
                return 1;
            }
            case CREDIT -> {
                if (evidence.isFurniture(block)) {
                    // a gallery's button set on its picture ("View 3 Images") is read where a credit stands
                    return furniture(i);
                }
                roles[i] = BlockRole.CREDIT;
                return 1;
            }
            case KICKER -> {
                roles[i] = BlockRole.FURNITURE;
                return 1;
            }
            case STANDFIRST -> {
                if (!standfirstTaken && !evidence.isFurniture(block) && evidence.dateLine(block).isEmpty()
                        && evidence.byline(block).isEmpty()) {
                    roles[i] = BlockRole.STANDFIRST;
                    standfirstTaken = true;
                    return 1;
                }
                if (takesStandfirst(i)) {
                    // two teasers marked: a second headline of a few words, then the teaser in sentences
                    return 1;
                }
            }
            case HEADING -> {
                // a heading in the header is the deck: right under the headline, or a sentence of its own
                boolean underHeadline = previousPlaced(i) == headline;
                if (!standfirstTaken && block.words() >= BlockEvidence.DECK_WORDS
                        && (underHeadline || WordShape.closesSentence(block.text()))) {
                    roles[i] = BlockRole.STANDFIRST;
                    standfirstTaken = true;
                    return 1;
                }
                return evidence.isFurniture(block) ? furniture(i) : 0;
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
        if (evidence.isFurniture(block) || isAuthorsBio(i)) {
            return furniture(i);
        }
        if (evidence.opensWithDateline(block)) {
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
        if (evidence.note(block).isPresent() || evidence.isEditorNote(block)) {
            roles[i] = BlockRole.NOTE;
            return 1;
        }
        if (evidence.isCreditNotCaption(block)) {
            roles[i] = BlockRole.CREDIT;
            return 1;
        }
        if (evidence.caption(block).isPresent()) {
            roles[i] = BlockRole.CAPTION;
            return 1;
        }
        if (evidence.isCreditLine(block)) {
            roles[i] = BlockRole.CREDIT;
            return 1;
        }
        if (block.oneLine() && block.words() <= MAX_TOP_CAPTION_WORDS && creditFollows(i)
                && (!evidence.isProse(block) || creditAloneFollows(i))) {
            // the top picture's caption, its credit under it ("Jane Doe" / "Photo: Agency"; a sentence only over a
            // block that is a credit alone, for a paragraph can end in an agency's name)
            return caption(i);
        }
        if (evidence.isProse(block)) {
            int teaser = standfirstTaken || evidence.opensWithDateline(block) ? 0 : teaserLines(i);
            if (teaser <= 1 && !standfirstTaken && !evidence.opensWithDateline(block)) {
                // the page's description in two or three short lines, a sentence each
                teaser = statedDescriptionLines(i);
            }
            if (teaser > 1) {
                // the teaser in lines of a sentence each, above the byline or the date
                for (int j = i; j < i + teaser; j++) {
                    roles[j] = BlockRole.STANDFIRST;
                }
                standfirstTaken = true;
                return teaser;
            }
            if (!standfirstTaken && !evidence.opensWithDateline(block)
                    && (headerEvidenceFollows(i) || evidence.isStatedDescription(block) || isTeaserUnderPicture(i))) {
                roles[i] = BlockRole.STANDFIRST;
                standfirstTaken = true;
                return 1;
            }
            if (headerEvidenceFollows(i) && takesStandfirst(i)) {
                // a second headline marked as the teaser, then the teaser in sentences above the byline
                return 1;
            }
            return isTopCaption(i) ? caption(i) : 0;
        }
        if (isTopCaption(i)) {
            return caption(i);
        }
        if (!standfirstTaken && block.words() >= BlockEvidence.DECK_WORDS && block.oneLine()
                && !evidence.opensWithDateline(block)
                && (i == headline + 1 || headerEvidenceFollows(i) || evidence.isStatedDescription(block))) {
            roles[i] = BlockRole.STANDFIRST;
            standfirstTaken = true;
            return 1;
        }
        if (block.words() < BlockEvidence.DECK_WORDS || headerEvidenceFollows(i)) {
            // a short line between headline and text that is nothing the article states: a label of the page
            return furniture(i);
        }
        return 0;
    }

    /**
     * The top picture's caption, set without a credit or a mark between the header's lines: a line of a sentence's
     * words right under the standfirst with the byline or date line still to come ("Storm closes schools" / "The
     * storm's first day cut power to 30,000 homes" / "Crews clear a road in Hilo" / "Jane Doe"), or a block under
     * the byline and the date line with the story's dateline right after it ("By Jane Doe" / "May 2" / "Crews clear
     * a road in Hilo, May 1, 2026." / "HILO, Hawaii —"): the story starts at its dateline. Not in a source whose
     * markup marks its captions.
     */
    private boolean isTopCaption(int i) {
        ReaderBlock block = blocks.get(i);
        if (captionsMarked || block.words() < BlockEvidence.DECK_WORDS || block.words() > MAX_TOP_CAPTION_WORDS
                || evidence.opensWithDateline(block) || evidence.isBareDateline(block)) {
            return false;
        }
        int before = previousPlaced(i);
        if (standfirstTaken && !bylineTaken && !dateTaken && before >= 0 && roles[before] == BlockRole.STANDFIRST
                && block.oneLine()) {
            return headerEvidenceFollows(i);
        }
        if (bylineTaken && dateTaken) {
            for (int j = i + 1; j < blocks.size(); j++) {
                ReaderBlock next = blocks.get(j);
                if (!evidence.isFurniture(next)) {
                    return evidence.opensWithDateline(next) || evidence.isBareDateline(next);
                }
            }
        }
        return false;
    }

    private int caption(int i) {
        roles[i] = BlockRole.CAPTION;
        return 1;
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
        return !dateTaken && block.lines().stream().allMatch(l -> WordShape.words(l) <= BlockEvidence.MAX_TEASER_WORDS)
                && block.lines().stream().anyMatch(l -> HeaderLines.dateLine(l, conventions).isPresent());
    }

    /**
     * How many lines from {@code i} on are the page's stated description set as a teaser in lines of a sentence each
     * ("Jane Doe, 18, went missing on Tuesday." / "The police have opened an inquiry."): the shape
     * {@link #teaserLines} reads, said by the page's description rather than by a byline under it. A description
     * cut from an article's long opening paragraphs is their preview, not a teaser.
     */
    private int statedDescriptionLines(int i) {
        int lines = evidence.statedDescriptionLines(blocks, i);
        for (int j = i; j < i + lines; j++) {
            ReaderBlock line = blocks.get(j);
            if (line.hinted() || !line.oneLine() || line.words() > BlockEvidence.MAX_TEASER_WORDS) {
                return 0;
            }
        }
        return lines;
    }

    /**
     * How many blocks from {@code i} on are a teaser set as a few lines of a sentence or two each ("The pupils broke
     * in at night." / "Five of them are charged."), the byline or the date line right under them; 0 for none.
     */
    private int teaserLines(int i) {
        int words = 0;
        int count = 0;
        for (int j = i; j < blocks.size() && count < MAX_TEASER_LINES; j++) {
            ReaderBlock line = blocks.get(j);
            boolean sentence = evidence.isProse(line) || WordShape.closesSentence(line.text());
            if (line.hinted() || !line.oneLine() || !sentence || evidence.caption(line).isPresent()
                    || line.words() > MAX_TEASER_LINE_WORDS || words + line.words() > MAX_TEASER_RUN_WORDS) {
                break;
            }
            words += line.words();
            count++;
            int header = nextHeaderLine(j);
            if (count > 1 && header > 0 && proseAfter(header)) {
                return count;
            }
        }
        return 0;
    }

    /**
     * The block after {@code i}, furniture skipped, when it is a byline, its label, a name alone or a date line;
     * -1 otherwise.
     */
    private int nextHeaderLine(int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            ReaderBlock next = blocks.get(j);
            if (evidence.isFurniture(next)) {
                continue;
            }
            return isHeaderLine(next) ? j : -1;
        }
        return -1;
    }

    /** Whether {@code block} is a byline, its label, a name alone, a date line or its label, or marked as one. */
    private boolean isHeaderLine(ReaderBlock block) {
        return block.hint() == Hint.AUTHOR || block.hint() == Hint.TIME || evidence.isBylineLabel(block)
                || evidence.isNameLine(block) && !evidence.isCreditLine(block)
                || evidence.byline(block).isPresent() || evidence.dateLine(block).isPresent()
                || evidence.isDateLabel(block);
    }

    /** Whether running text stands after block {@code i}: the story a header sits above. */
    private boolean proseAfter(int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (evidence.isProse(blocks.get(j)) && !evidence.isFurniture(blocks.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a byline, its label, a date line or a picture's credit follows within reach, furniture skipped. */
    private boolean headerEvidenceFollows(int i) {
        int seen = 0;
        for (int j = i + 1; j < blocks.size() && seen < STANDFIRST_REACH; j++) {
            ReaderBlock next = blocks.get(j);
            if (evidence.isFurniture(next)) {
                continue;
            }
            seen++;
            if (isHeaderLine(next)) {
                return true;
            }
            if (evidence.isProse(next)) {
                // running text comes first: what follows it is the text's, not this block's header
                return false;
            }
        }
        return false;
    }

    /**
     * A short summary right under the top picture's caption, a longer paragraph after it: the standfirst some sites
     * set between the photo and the text.
     */
    private boolean isTeaserUnderPicture(int i) {
        ReaderBlock block = blocks.get(i);
        if (i == 0 || !block.oneLine() || block.text().length() > BlockEvidence.MAX_TEASER_CHARS
                || i + 1 >= blocks.size()) {
            return false;
        }
        BlockRole before = roles[i - 1];
        ReaderBlock next = blocks.get(i + 1);
        return (before == BlockRole.CAPTION || before == BlockRole.CREDIT)
                && next.text().length() > block.text().length() && evidence.note(next).isEmpty()
                && !evidence.isCreditLine(next);
    }

    /**
     * A date line, or a date label alone with the date in the next block ("Published" / "1 day ago"): the first is
     * the article's date; a later one dates the article's last change when its label says so ("Updated …"), else
     * it is the page's. Returns how many blocks it takes, 0 for none.
     */
    private int dateRole(int i) {
        ReaderBlock block = blocks.get(i);
        // a later one that dates the last change ("Updated …") is read for that
        boolean modified = conventions.isModifiedLine(block.text());
        if (evidence.isDateLabel(block) && i + 1 < blocks.size() && evidence.dateLine(blocks.get(i + 1)).isPresent()) {
            BlockRole role = dateTaken && !modified ? BlockRole.FURNITURE : BlockRole.DATE;
            roles[i] = role;
            roles[i + 1] = role;
            dateTaken = true;
            return 2;
        }
        Optional<HeaderLines.DateLine> line = evidence.dateLine(block);
        if (line.isPresent() && evidence.byline(block).isEmpty()) {
            BlockRole role = dateTaken && !modified ? BlockRole.FURNITURE : BlockRole.DATE;
            roles[i] = role;
            dateTaken = true;
            // the day and, in the block under it, the time ("October 23, 2025" / "5:50 pm CET")
            boolean toTheDay = line.get().date() != null && line.get().date().time() == null;
            if (toTheDay && i + 1 < blocks.size() && evidence.isTimeAlone(blocks.get(i + 1))) {
                roles[i + 1] = role;
                return 2;
            }
            return 1;
        }
        return 0;
    }

    /**
     * A byline: by the language's words ("By …", "Von …"), its whole-line patterns, a byline's label alone with the
     * names in the blocks under it, a block the markup marks as the author's, or a name alone beside the date line
     * or under the headline. Returns how many blocks it takes, 0 for none.
     */
    private int bylineRole(int i) {
        ReaderBlock block = blocks.get(i);
        if (evidence.byline(block).isPresent()) {
            if (bylineTaken && weakBylineAt >= 0 && !continuesByline(i)) {
                // the language's byline words outweigh a line of capitalized words taken for names
                roles[weakBylineAt] = BlockRole.FURNITURE;
                weakBylineAt = -1;
                roles[i] = BlockRole.BYLINE;
                return 1;
            }
            roles[i] = bylineTaken && !continuesByline(i) ? BlockRole.FURNITURE : BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        if (evidence.isBylineLabel(block)) {
            int names = namesAfter(i);
            if (names > 0) {
                if (bylineTaken && weakBylineAt >= 0) {
                    // the byline's label and the names under it outweigh a line of capitalized words taken for names
                    // above them ("SPEED READ" / "By" / "Jane Doe")
                    roles[weakBylineAt] = BlockRole.FURNITURE;
                    weakBylineAt = -1;
                    bylineTaken = false;
                }
                for (int j = i; j <= i + names; j++) {
                    roles[j] = bylineTaken && !continuesByline(i) ? BlockRole.FURNITURE : BlockRole.BYLINE;
                }
                bylineTaken = true;
                return names + 1;
            }
            return 0;
        }
        // right under the headline a name is the byline, though a picture's credit follows it
        boolean name = evidence.isNameLine(block) && !evidence.isCreditLine(block)
                && (!creditFollows(i) || i == headline + 1);
        if (name && bylineTaken && weakBylineAt >= 0 && !continuesByline(i) && besideDate(i)
                && !besideDate(weakBylineAt)) {
            // a name alone beside the date line outweighs one under the headline, which is the story's topic or place
            // ("Supreme Court" / … / "Jane Doe" / "13/01/2025 10:22")
            roles[weakBylineAt] = BlockRole.FURNITURE;
            weakBylineAt = i;
            roles[i] = BlockRole.BYLINE;
            return 1;
        }
        if (name && (block.hint() == Hint.AUTHOR || continuesByline(i) || !bylineTaken && besideByline(i))) {
            if (block.hint() != Hint.AUTHOR && !bylineTaken) {
                weakBylineAt = i;
            }
            roles[i] = BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        if (evidence.isStaffTitleLine(block) && continuesByline(i)) {
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
        if (block.hint() == Hint.AUTHOR && bylineTaken && isAuthorBoxLine(block)) {
            // the author's box between the byline's names: no name of it, and the names go on after it
            return furniture(i);
        }
        if (block.hint() == Hint.AUTHOR && block.words() <= NameList.MAX_NAME_WORDS * 2 && !evidence.isCreditOnly(block)
                && !evidence.isStaffTitleLine(block) && !isAuthorBoxLine(block)) {
            roles[i] = BlockRole.BYLINE;
            bylineTaken = true;
            return 1;
        }
        return 0;
    }

    /**
     * Whether a picture's credit stands right under block {@code i}: the block is that picture's caption. An agency
     * beside the date line is the byline's ("Jane Doe" / "AP" / "June 30, 2026"), no picture's credit.
     */
    private boolean creditFollows(int i) {
        if (i + 1 >= blocks.size()) {
            return false;
        }
        ReaderBlock next = blocks.get(i + 1);
        if (next.hint() == Hint.AUTHOR) {
            // marked as the author's, but a credit line of the language ("Foto: Jane Doe/Agency") credits a picture
            return evidence.isCreditOnly(next);
        }
        boolean agencyBesideDate = conventions.isAgency(next.text()) && i + 2 < blocks.size()
                && (evidence.dateLine(blocks.get(i + 2)).isPresent() || evidence.isDateLabel(blocks.get(i + 2)));
        return !agencyBesideDate && (evidence.isCreditLine(next) || next.hint() == Hint.CREDIT);
    }

    /**
     * A line of the author's box the markup marks as the author's, not a byline: a sentence about the author ("Jane
     * Doe is a freelance journalist in London, UK."), or a labelled link ("Search author on: PubMed Google Scholar").
     */
    private boolean isAuthorBoxLine(ReaderBlock block) {
        String text = block.text().strip();
        boolean labelled = AUTHOR_BOX_LABEL.matcher(text).lookingAt() && evidence.byline(block).isEmpty()
                && !evidence.isCreditOnly(block);
        return labelled || WordShape.closesWithFullStop(text) && evidence.isProse(block);
    }

    /**
     * The sentence of the author's box right under the author's name, said of the author by the name in full ("Jane
     * Doe" / "Jane Doe is a freelance reporter in London."): what the page says of its author, not the story.
     */
    private boolean isAuthorsBio(int i) {
        if (!bylineTaken || i == 0 || roles[i - 1] != BlockRole.BYLINE) {
            return false;
        }
        String name = blocks.get(i - 1).text().strip().replaceFirst("[\\s,;&]+$", "");
        String text = blocks.get(i).text().strip();
        return name.split("\\s+").length >= 2 && name.length() < text.length() && text.startsWith(name + " ")
                && isAuthorBoxLine(blocks.get(i));
    }

    /** Whether the block under {@code i} is a picture's credit and nothing else ("Photo: Jane Doe/Agency"). */
    private boolean creditAloneFollows(int i) {
        ReaderBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        // read as a caption closed by its credit, it has no caption ("Naujasis tiltas … / J. Petraičio / BNS nuotr."
        // is a caption and its credit, though the language's credit line could take it whole)
        return next != null && (next.hint() == Hint.CREDIT || evidence.isCreditOnly(next)
                && evidence.caption(next).map(c -> c.figure().caption() == null).orElse(true));
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
            if (evidence.isFurniture(next) || evidence.isStaffTitleLine(next)) {
                continue;
            }
            return next.hint() == Hint.TIME || evidence.isDateLabel(next) || evidence.dateLine(next).isPresent();
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

    /** Whether the block before {@code i}, furniture skipped, is part of the byline. */
    private boolean continuesByline(int i) {
        for (int j = i - 1; j > headline; j--) {
            if (roles[j] == BlockRole.FURNITURE || WordShape.isEmail(blocks.get(j).text())) {
                // the page's furniture, or the e-mail address under each name of the byline
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
            boolean dated = evidence.dateLine(next).isPresent();
            if (!dated && (evidence.isNameLine(next)
                    || next.hint() == Hint.AUTHOR && next.words() <= NameList.MAX_NAME_WORDS)) {
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
        List<Integer> candidates = new ArrayList<>();
        int firstText = -1;
        int paragraphs = 0;
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (roles[i] != null) {
                continue;
            }
            ReaderBlock block = blocks.get(i);
            // the first blocks, or more of them while no more than the standfirst was read: a picture's caption and
            // credit, a byline and a date's label alone take blocks of their own before the date line under them
            boolean early = i < bodyStart + EARLY_BODY_BLOCKS
                    || paragraphs <= 1 && i < bodyStart + 2 * EARLY_BODY_BLOCKS;
            BlockRole role = bodyRole(i, block, early);
            roles[i] = role;
            if (role == BlockRole.PARAGRAPH) {
                paragraphs++;
                if (firstText >= 0 && !block.hinted() && block.oneLine()
                        && Headings.looksLikeHeading(block.text(), conventions) && !evidence.isBareDateline(block)) {
                    candidates.add(i);
                }
                if (firstText < 0 && !repeatsTheBlockBefore(i)) {
                    // a caption printed again under itself (a lightbox's copy) does not start the text
                    firstText = i;
                }
            }
        }
        // a source whose markup marks its subheadings within the text marks all of them: its other short lines are
        // no headings (headings above the text, a section's name or a deck set as one, mark nothing of it)
        for (int j = bodyStart; firstText >= 0 && j < firstText; j++) {
            boolean headsText = j + 1 == firstText && blocks.get(j - 1).hint() != Hint.HEADING
                    && blocks.get(firstText).hint() == Hint.NONE && blocks.get(j).words() > 1;
            if (roles[j] == BlockRole.SUBHEADING && blocks.get(j).hint() == Hint.HEADING && !headsText) {
                // headings above the text's first paragraph head no part of it (a section's name, a deck, a
                // place), but for one of a few words right over it
                roles[j] = BlockRole.FURNITURE;
            }
        }
        if (headingMarkedWithin(firstText)) {
            candidates.clear();
        }
        TextCleanup cleanup = new TextCleanup(blocks, roles, evidence, headline, bodyStart);
        cleanup.attributionsUnderQuotes();
        candidates.removeIf(j -> roles[j] == BlockRole.QUOTE);
        cleanup.confirmHeadings(candidates);
        cleanup.removePrintedTwice();
        cleanup.removeLiveStamps();
        cleanup.removeRelatedLinks();
        cleanup.removeTeaserRuns();
        cleanup.removeControlRuns();
        cleanup.captionsUnderPictures();
        cleanup.captionsBesideCredits();
        captionsPrintedTwice();
    }

    /**
     * A caption printed twice in a row (the picture's text and its caption, the same words) is said once: the later
     * one stays, beside the credit under it.
     */
    /** Whether block {@code i} says what the block right before it says. */
    private boolean repeatsTheBlockBefore(int i) {
        return i > 0 && BlockEvidence.squash(blocks.get(i - 1).text()).equals(BlockEvidence.squash(blocks.get(i).text()));
    }

    private void captionsPrintedTwice() {
        for (int i = 0; i < blocks.size(); i++) {
            int before = roles[i] == BlockRole.CAPTION ? previousPlaced(i) : -1;
            if (before >= 0 && roles[before] == BlockRole.CAPTION
                    && BlockEvidence.squash(blocks.get(before).text()).equals(BlockEvidence.squash(blocks.get(i).text()))) {
                roles[before] = BlockRole.FURNITURE;
            }
        }
    }

    /**
     * Makes block {@code i} the standfirst in place of the one taken, when that one was marked as the teaser but is
     * a line of a few words (a second headline) and block {@code i} is the teaser in sentences; whether it did.
     */
    private boolean takesStandfirst(int i) {
        int taken = -1;
        for (int j = 0; j < i && taken < 0; j++) {
            taken = roles[j] == BlockRole.STANDFIRST ? j : -1;
        }
        if (taken < 0 || blocks.get(taken).hint() != Hint.STANDFIRST || isSentences(blocks.get(taken))
                || !isSentences(blocks.get(i))) {
            return false;
        }
        roles[taken] = BlockRole.FURNITURE;
        roles[i] = BlockRole.STANDFIRST;
        return true;
    }

    /** Whether {@code block} is running text that closes a sentence. */
    private boolean isSentences(ReaderBlock block) {
        return evidence.isProse(block) && WordShape.closesSentence(block.text());
    }

    /** Whether a heading the markup marks stands between two paragraphs of the text read from {@code first} on. */
    private boolean headingMarkedWithin(int first) {
        if (first < 0) {
            return false;
        }
        boolean heading = false;
        for (int j = first; j < blocks.size(); j++) {
            if (blocks.get(j).hint() == Hint.HEADING && roles[j] == BlockRole.SUBHEADING) {
                heading = true;
            } else if (heading && roles[j] == BlockRole.PARAGRAPH) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short line the page prints again and again among the text ("Article content", "Advertisement", "Share"): a
     * label of the page's, whatever its words.
     */
    private boolean isRepeatedLabel(ReaderBlock block) {
        // a picture's credit repeats for every picture of one photographer: that is no label
        if (!block.oneLine() || block.words() > MAX_LABEL_WORDS
                || block.hint() != Hint.NONE && block.hint() != Hint.HEADING
                || evidence.isCreditLine(block) || evidence.isCreditOnly(block)) {
            return false;
        }
        if (labelCounts == null) {
            labelCounts = new java.util.HashMap<>();
            for (ReaderBlock b : blocks) {
                if (b.oneLine() && b.words() <= MAX_LABEL_WORDS) {
                    labelCounts.merge(BlockEvidence.squash(b.text()), 1, Integer::sum);
                }
            }
        }
        return labelCounts.getOrDefault(BlockEvidence.squash(block.text()), 0) >= MIN_LABEL_REPEATS;
    }

    /** How many times each short line stands in the article, read once. */
    private java.util.Map<String, Integer> labelCounts;

    /**
     * A line that says the same words twice in a row ("Storm closes schools Storm closes schools"): a teaser's link and
     * its label copied together, no sentence of the story.
     */
    private static boolean isSaidTwice(ReaderBlock block) {
        String text = block.text().strip();
        int half = text.length() / 2;
        return block.oneLine() && text.length() >= 2 * MIN_REPEATED_CHARS && text.charAt(half) == ' '
                && text.substring(0, half).equals(text.substring(half + 1));
    }

    /** The headline printed again inside the text (a page's print view, a sticky header). */
    private boolean isRepeatedHeadline(ReaderBlock block) {
        int length = headline < 0 ? 0 : blocks.get(headline).text().length();
        if (headline < 0 || !block.oneLine() || Math.abs(block.text().length() - length) > length / 4) {
            // the normalizer wrote both with single spaces: a block of another length says other words
            return false;
        }
        if (squashedHeadline == null) {
            squashedHeadline = BlockEvidence.squash(blocks.get(headline).text());
        }
        return BlockEvidence.squash(block.text()).equals(squashedHeadline);
    }

    /** The headline as {@link BlockEvidence#squash} writes it, once. */
    private String squashedHeadline;

    private BlockRole bodyRole(int i, ReaderBlock block, boolean early) {
        if (isRepeatedHeadline(block) || isSaidTwice(block) || isRepeatedLabel(block)) {
            return BlockRole.FURNITURE;
        }
        switch (block.hint()) {
            case HEADING -> {
                return evidence.isFurniture(block) || evidence.isRelatedLabel(block) ? BlockRole.FURNITURE
                        : BlockRole.SUBHEADING;
            }
            case CAPTION -> {
                return evidence.isCreditOnly(block) || evidence.isCreditNotCaption(block) ? BlockRole.CREDIT
                        : BlockRole.CAPTION;
            }
            case CREDIT -> {
                // a gallery's button set on its picture ("View 3 Images") is read where a credit stands
                return evidence.isFurniture(block) ? BlockRole.FURNITURE : BlockRole.CREDIT;
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
        if (evidence.isFurniture(block) || evidence.isLinkLine(block)) {
            return BlockRole.FURNITURE;
        }
        if (evidence.note(block).isPresent() || evidence.isEndMarker(block) || evidence.isEditorNote(block)) {
            return BlockRole.NOTE;
        }
        if (!early && evidence.isBylineLabel(block) && namesAfter(i) > 0) {
            // "By" and a name inside the text: the byline of a teaser for another story
            return BlockRole.FURNITURE;
        }
        if (evidence.isCreditNotCaption(block)) {
            // a credit line whole, though a few of its first words could pass for a caption before it
            return BlockRole.CREDIT;
        }
        if (evidence.caption(block).isPresent()) {
            return BlockRole.CAPTION;
        }
        if (evidence.isCreditLine(block)) {
            return BlockRole.CREDIT;
        }
        if (!bylineTaken && (early || block.hint() == Hint.AUTHOR) && bylineRole(i) > 0) {
            return roles[i];
        }
        if (!bylineTaken && BylineParser.parsePattern(block.text(), conventions).isPresent()) {
            bylineTaken = true;
            return BlockRole.BYLINE;
        }
        if (early && !dateTaken && evidence.isDateLabel(block) && i + 1 < blocks.size() && roles[i + 1] == null
                && evidence.dateLine(blocks.get(i + 1)).isPresent()) {
            // a date's label alone, the date under it ("Published" / "6 Feb 2025 17:25"), below a standfirst,
            // a picture or a byline
            return BlockRole.DATE;
        }
        if (block.words() <= MAX_DATE_LINE_WORDS && evidence.dateLine(block).isPresent()
                && evidence.byline(block).isEmpty()) {
            boolean labelled = i > bodyStart && roles[i - 1] == BlockRole.DATE && evidence.isDateLabel(blocks.get(i - 1));
            if (!dateTaken && (early || labelled
                    || block.hint() == Hint.TIME && i < bodyStart + EARLY_BODY_BLOCKS * 2)) {
                dateTaken = true;
                return BlockRole.DATE;
            }
            // a date alone inside the text dates something else: a teaser of another story, an update
            return BlockRole.FURNITURE;
        }
        if (block.lines().size() > 1 && block.lines().stream().allMatch(l -> LIST_ITEM.matcher(l).matches())) {
            return BlockRole.LIST;
        }
        if (evidence.isContactLine(block)) {
            // "Do you have a story to tell? Email: …": the newsroom's note to its readers, kept among the notes
            return BlockRole.NOTE;
        }
        return BlockRole.PARAGRAPH;
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
            if (!dateTaken && evidence.dateLine(block).isPresent()) {
                roles[i] = BlockRole.DATE;
                dateTaken = true;
            }
        }
        if (last >= 0 && last == blocks.size() - 1 && last > bodyStart && blocks.get(last).oneLine()
                && !blocks.get(last).hinted() && evidence.isNameLine(blocks.get(last))) {
            roles[last] = BlockRole.SIGN_OFF;
        }
    }

    /** Whether block {@code index} is a byline's label alone ("By", "Von"). */
    boolean isBylineLabelAt(int index) {
        return evidence.isBylineLabel(blocks.get(index));
    }

    /** What each block shows of its role by itself. */
    BlockEvidence evidence() {
        return evidence;
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
