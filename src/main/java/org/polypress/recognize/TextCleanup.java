package org.polypress.recognize;

import java.util.List;
import org.polypress.ingest.SourceBlock.Hint;

/**
 * The second look at an article's body, once every block has a role: what stands among the text but is not the
 * article's — links under a related-stories label, teasers of other stories, the page's buttons copied in a row — is
 * made furniture; a caption is known by the credit line beside it; a heading of the text is confirmed by the running
 * text after it.
 */
final class TextCleanup {
    /** A page's button or prompt is a few words; three of them in a row are its controls. */
    private static final int MAX_CONTROL_WORDS = 5;
    private static final int MIN_CONTROL_RUN = 3;
    /** Links under a related-stories label are a few. */
    private static final int MAX_RELATED_LINKS = 6;
    /** A section of text under a subheading is more than a sentence or two. */
    private static final int MIN_SECTION_WORDS = 20;
    /** A story told in running text has a few paragraphs of a section's length. */
    private static final int MIN_RUNNING_PARAGRAPHS = 3;
    /** Words of a pull quote's attribution, at most ("Jane Doe, deputy director of the climate programme"). */
    private static final int MAX_ATTRIBUTION_WORDS = 14;
    /** Words of a line set over a subheading that is a line of its own, not a label of the subheading. */
    private static final int MIN_BOXED_LINE_WORDS = 5;
    /** Lines set over a subheading, at most: more are a box of teasers. */
    private static final int MAX_LINES_OVER_SUBHEADING = 2;
    /** A caption is a sentence or two. */
    private static final int MAX_CAPTION_CHARS = 300;
    /** A credit set as a line of its own is a few words: a name, an agency, "Jane Doe/Agency". */
    private static final int MAX_CREDIT_LINE_WORDS = 5;

    private final List<ReaderBlock> blocks;
    private final BlockRole[] roles;
    private final BlockEvidence evidence;
    private final int headline;
    private final int bodyStart;

    TextCleanup(List<ReaderBlock> blocks, BlockRole[] roles, BlockEvidence evidence, int headline, int bodyStart) {
        this.blocks = blocks;
        this.roles = roles;
        this.evidence = evidence;
        this.headline = headline;
        this.bodyStart = bodyStart;
    }

    /**
     * Paragraphs printed again and again in one body, word for word: a subscription offer shown in two boxes, a
     * video player's notice under each video, one credit line set under a series of pictures. A story does not say a
     * paragraph three times, nor two different paragraphs in a row twice over, so none of those copies is the
     * story's; a single paragraph printed twice stays (a paragraph pasted twice by mistake loses nothing).
     */
    void removePrintedTwice() {
        String[] squashed = new String[blocks.size()];
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (roles[i] == BlockRole.PARAGRAPH) {
                squashed[i] = BlockEvidence.squash(blocks.get(i).text());
                counts.merge(squashed[i], 1, Integer::sum);
            }
        }
        if (counts.values().stream().allMatch(n -> n == 1)) {
            return;
        }
        boolean[] repeated = new boolean[blocks.size()];
        for (int i = bodyStart; i < blocks.size(); i++) {
            repeated[i] = squashed[i] != null && counts.get(squashed[i]) > 1;
        }
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (!repeated[i]) {
                continue;
            }
            boolean inBox = i > bodyStart && repeated[i - 1] && !squashed[i].equals(squashed[i - 1])
                    || i + 1 < blocks.size() && repeated[i + 1] && !squashed[i].equals(squashed[i + 1]);
            if (counts.get(squashed[i]) > 2 || inBox) {
                roles[i] = BlockRole.FURNITURE;
            }
        }
    }

    /**
     * A live report's entry stamps: the time of each post and who wrote it, or a label of it ("19:48 Jane Doe",
     * "20:42 KEY EVENT", "9.15am Live"), set above every post. They date and sign the posts, they are not the story's
     * text; one such line alone can be, so only a series of three or more is taken for the stamps.
     */
    void removeLiveStamps() {
        java.util.List<Integer> stamps = new java.util.ArrayList<>();
        for (int i = bodyStart; i < blocks.size(); i++) {
            boolean text = roles[i] == BlockRole.PARAGRAPH
                    || roles[i] == BlockRole.SUBHEADING && blocks.get(i).hint() != Hint.HEADING;
            java.util.regex.Matcher stamp = LIVE_STAMP.matcher(blocks.get(i).text().strip());
            if (text && blocks.get(i).oneLine() && stamp.matches() && (stamp.group("before").isBlank()
                    || DateRecognizer.relative(stamp.group("before"), evidence.conventions()).isPresent())) {
                stamps.add(i);
            }
        }
        if (stamps.size() >= MIN_LIVE_STAMPS) {
            stamps.forEach(i -> roles[i] = BlockRole.FURNITURE);
        }
    }

    /**
     * A clock time and up to four words closing no sentence: "19:48 Jane Doe", "9.15am KEY EVENT"; the page may set
     * how long ago it was right before it ("21 mins ago11:48 Jane Doe"), which the language's relative dates read.
     */
    private static final java.util.regex.Pattern LIVE_STAMP = java.util.regex.Pattern.compile(
            "(?i)(?<before>.{0,30}?)\\s*\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h)?\\s+[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*"
            + "(?:\\s+[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*){0,3}(?<![.!?])");
    private static final int MIN_LIVE_STAMPS = 3;

    /**
     * Links to other stories under a label that announces them ("Read more:", "Auch interessant", "Lire aussi"): the
     * label and the short lines under it that close no sentence, up to the next running text.
     */
    void removeRelatedLinks() {
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (!evidence.isRelatedLabel(blocks.get(i)) || blocks.get(i).words() > BlockEvidence.MAX_TEASER_WORDS) {
                continue;
            }
            roles[i] = BlockRole.FURNITURE;
            for (int j = i + 1; j < blocks.size() && j <= i + MAX_RELATED_LINKS; j++) {
                ReaderBlock next = blocks.get(j);
                // a teaser asks or exclaims ("Is the cable car coming?"); the story's text goes on in sentences
                boolean statement = evidence.isProse(next) && (next.text().strip().endsWith(".")
                        || next.text().length() > BlockEvidence.MAX_TEASER_CHARS);
                if (statement || next.hint() == Hint.CAPTION || next.hint() == Hint.CREDIT
                        || roles[j] == BlockRole.CAPTION || roles[j] == BlockRole.NOTE) {
                    break;
                }
                if (next.words() <= BlockEvidence.MAX_TEASER_WORDS * 2) {
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
    void removeControlRuns() {
        long paragraphs = java.util.stream.IntStream.range(bodyStart, blocks.size())
                .filter(j -> roles[j] == BlockRole.PARAGRAPH).count();
        // a text made only of short lines is that text: the run is the page's controls only beside running text;
        // and a run with a short statement in it ("Is it over?" / "Yes." / "Why?") is an interview's dialogue, for
        // a button says what it does and closes with no full stop
        furnishRuns(this::isControlLike, (from, to) -> to - from >= MIN_CONTROL_RUN
                && paragraphs > java.util.stream.IntStream.range(from, to)
                        .filter(j -> roles[j] == BlockRole.PARAGRAPH).count()
                && java.util.stream.IntStream.range(from, to)
                        .noneMatch(j -> WordShape.closesWithFullStop(blocks.get(j).text())));
    }

    private boolean isControlLike(int i) {
        ReaderBlock block = blocks.get(i);
        BlockRole role = roles[i];
        return !block.hinted() && block.oneLine() && block.words() <= MAX_CONTROL_WORDS
                && (role == BlockRole.PARAGRAPH || role == BlockRole.SUBHEADING || role == BlockRole.FURNITURE);
    }

    /**
     * Teasers of other stories set inside the text: a run of two or more short lines that close no sentence, among
     * them a date or a section's label ("Other headline" / "News" / "2 hours ago"). None of it is the article's.
     */
    void removeTeaserRuns() {
        // a run of a date's label and the date ("Published" / "6 Feb 2025") has no headline: it is no teaser
        furnishRuns(this::isTeaserPart, (from, to) -> to - from >= 2 && java.util.stream.IntStream.range(from, to)
                .anyMatch(j -> isDated(blocks.get(j))) && java.util.stream.IntStream.range(from, to)
                .anyMatch(j -> !isDated(blocks.get(j)) && !evidence.isDateLabel(blocks.get(j))));
    }

    private boolean isDated(ReaderBlock block) {
        return evidence.dateLine(block).isPresent()
                || DateRecognizer.relative(block.text(), evidence.conventions()).isPresent();
    }

    /** Makes furniture of every run of blocks that are all {@code part} and that {@code whole} accepts. */
    private void furnishRuns(java.util.function.IntPredicate part,
            java.util.function.BiPredicate<Integer, Integer> whole) {
        int i = bodyStart;
        while (i < blocks.size()) {
            int end = i;
            while (end < blocks.size() && part.test(end)) {
                end++;
            }
            if (end > i && whole.test(i, end)) {
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
                && block.words() <= BlockEvidence.MAX_TEASER_WORDS && !WordShape.closesSentence(block.text());
    }

    /**
     * The line under a quote the markup sets apart (a pull quote) that names who said it — "Jane Doe, the city's
     * mayor", "– Jane Doe" — is the quote's attribution, set in the quote's box: one line, a name first, then at most
     * a comma and the speaker's post, closing no sentence.
     */
    void attributionsUnderQuotes() {
        for (int i = Math.max(bodyStart, 1); i < blocks.size(); i++) {
            ReaderBlock block = blocks.get(i);
            if (roles[i - 1] != BlockRole.QUOTE || blocks.get(i - 1).hint() != Hint.QUOTE || block.hinted()
                    || roles[i] != BlockRole.PARAGRAPH && roles[i] != BlockRole.SUBHEADING || !block.oneLine()
                    || block.words() > MAX_ATTRIBUTION_WORDS || WordShape.closesSentence(block.text())) {
                continue;
            }
            String speaker = block.text().strip().replaceFirst("^[—–-]\\s*", "").split(",", 2)[0].strip();
            if (evidence.conventions().name().matcher(speaker).matches()) {
                roles[i] = BlockRole.QUOTE;
            }
        }
    }

    /**
     * A picture's caption and credit that a page prints as two lines of their own right under the picture, marked
     * by nothing (a page built of styled boxes): a line of a caption's length, then a line of a few words that
     * closes no sentence (the photographer, the agency), then the story's running text or its end. A line of the
     * page's furniture, a date line or a byline is neither.
     */
    void captionsUnderPictures() {
        for (int i = Math.max(bodyStart, headline + 1); i + 1 < blocks.size(); i++) {
            ReaderBlock caption = blocks.get(i);
            ReaderBlock credit = blocks.get(i + 1);
            if (!caption.pictureBefore() || credit.pictureBefore() || caption.hinted() || credit.hinted()
                    || !caption.oneLine() || !credit.oneLine() || caption.text().length() > MAX_CAPTION_CHARS
                    || credit.words() > MAX_CREDIT_LINE_WORDS || WordShape.closesSentence(credit.text())
                    || !isLoose(i) || !isLoose(i + 1) || evidence.isFurniture(caption) || evidence.isFurniture(credit)
                    || evidence.dateLine(credit).isPresent() || evidence.byline(credit).isPresent()) {
                continue;
            }
            if (i + 2 >= blocks.size() || roles[i + 2] == BlockRole.PARAGRAPH) {
                roles[i] = BlockRole.CAPTION;
                roles[i + 1] = BlockRole.CREDIT;
                i++;
            }
        }
    }

    /** Whether the role of block {@code i} was given for want of a better: a paragraph, a heading, furniture. */
    private boolean isLoose(int i) {
        return roles[i] == BlockRole.PARAGRAPH || roles[i] == BlockRole.SUBHEADING || roles[i] == BlockRole.FURNITURE;
    }

    /**
     * A picture's caption without a credit of its own, known by the credit line beside it: the short block right
     * above a credit standing alone ("Frozen samples in a clinic." / "Jane Doe/dpa"), else the one right under it.
     */
    void captionsBesideCredits() {
        for (int i = headline + 1; i < blocks.size(); i++) {
            if (roles[i] != BlockRole.CREDIT || blocks.get(i).hint() == Hint.CREDIT
                    || i > headline + 1 && roles[i - 1] == BlockRole.CAPTION) {
                // a credit hinted as one, or under a caption, is that caption's
                continue;
            }
            if (i > headline + 1 && isCaptionSized(i - 1)) {
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
                && !evidence.isFurniture(block) && block.words() >= BlockEvidence.DECK_WORDS) && !block.hinted()
                && block.text().length() <= MAX_CAPTION_CHARS;
    }

    /**
     * A heading candidate of the text is a subheading when longer running text follows it; a subheading the markup
     * states is one when any text follows it before the article ends (one at the very end heads a box of links).
     */
    void confirmHeadings(List<Integer> candidates) {
        List<Integer> boxLines = new java.util.ArrayList<>();
        List<Integer> undecided = new java.util.ArrayList<>();
        for (int index : candidates) {
            String text = blocks.get(index).text();
            boolean parts = sectionWords(index, candidates, 1) >= MIN_SECTION_WORDS
                    && sectionWords(index, candidates, -1) >= MIN_SECTION_WORDS;
            if (parts && textFollows(index, candidates)) {
                roles[index] = BlockRole.SUBHEADING;
            } else if (!parts && !WordShape.closesSentence(text)) {
                boxLines.add(index);
            } else {
                undecided.add(index);
            }
        }
        // a box's lines ("Join our newsletter", "Sign me up", the name of a list of offers) are the page's, not the
        // story's, where the story is told in paragraphs of running text; a text made of short lines is its lines,
        // and a question or a sentence of a few words (an interview's "Is it over?") is the story's
        long runningText = java.util.stream.IntStream.range(bodyStart, blocks.size())
                .filter(j -> roles[j] == BlockRole.PARAGRAPH && blocks.get(j).words() >= MIN_SECTION_WORDS).count();
        if (runningText >= MIN_RUNNING_PARAGRAPHS) {
            // the last of two or three short lines set between two sections of text, with the text right under it,
            // heads the section under it when those above it are lines of their own (links to other stories, a
            // picture's caption the copy kept without its picture), not labels of a few words (a teaser's section,
            // "Read our coverage"); four or more are a box of teasers
            for (int index : candidates) {
                int start = runStart(index, candidates);
                if (start < index && index - start <= MAX_LINES_OVER_SUBHEADING && textFollows(index, candidates)
                        && java.util.stream.IntStream.range(start, index).allMatch(j -> blocks.get(j).words()
                                >= MIN_BOXED_LINE_WORDS && !evidence.isRelatedLabel(blocks.get(j)))
                        && sectionWords(index, candidates, 1) >= MIN_SECTION_WORDS
                        && sectionWords(start, candidates, -1) >= MIN_SECTION_WORDS) {
                    roles[index] = BlockRole.SUBHEADING;
                    boxLines.remove(Integer.valueOf(index));
                    undecided.remove(Integer.valueOf(index));
                }
            }
            boxLines.forEach(j -> roles[j] = BlockRole.FURNITURE);
            // a question right under such a box ("Budget: key points at a glance" / "Why do forecasts matter?")
            // heads the section the box was set above: the box's lines are no section of their own
            List<Integer> left = candidates.stream().filter(j -> !boxLines.contains(j)).toList();
            for (int index : undecided) {
                // right under the box, with running text right under it
                if (!boxLines.contains(index - 1) || index + 1 >= blocks.size()
                        || roles[index + 1] != BlockRole.PARAGRAPH) {
                    continue;
                }
                if (sectionWords(index, left, 1) >= MIN_SECTION_WORDS && sectionWords(index, left, -1) >= MIN_SECTION_WORDS
                        && textFollows(index, left)) {
                    roles[index] = BlockRole.SUBHEADING;
                }
            }
        }
        for (int i = blocks.size() - 1; i >= bodyStart; i--) {
            if (roles[i] == BlockRole.PARAGRAPH || roles[i] == BlockRole.LIST || roles[i] == BlockRole.QUOTE
                    || roles[i] == BlockRole.CAPTION || roles[i] == BlockRole.CREDIT) {
                // the story's last text, or its last picture: a story told in pictures under headings (a numbered
                // list of facts, each with its photo) ends with a picture, no box of the page does
                break;
            }
            if (roles[i] == BlockRole.SUBHEADING && blocks.get(i).hint() == Hint.HEADING) {
                roles[i] = BlockRole.FURNITURE;
            }
        }
    }

    /**
     * The words of running text from {@code index} on in {@code direction} (1 after it, -1 before it) up to the next
     * subheading or one of {@code candidates}, or the body's end or start. A subheading parts sections of text: a
     * short line with no more than a line or two of text between it and another short line, before or after it, is
     * one of a box's lines ("Join our newsletter", its prompt and its button; a list of job offers under its name),
     * not a part of the story.
     */
    private int sectionWords(int index, List<Integer> candidates, int direction) {
        int words = 0;
        for (int j = index + direction; j >= bodyStart && j < blocks.size() && words < MIN_SECTION_WORDS;
                j += direction) {
            if (roles[j] == BlockRole.SUBHEADING || candidates.contains(j)) {
                return words;
            }
            if (roles[j] == BlockRole.PARAGRAPH || roles[j] == BlockRole.LIST || roles[j] == BlockRole.QUOTE) {
                words += blocks.get(j).words();
            }
        }
        // the body's start or end closes a section of any length
        return MIN_SECTION_WORDS;
    }

    /** The first of the candidates set one right under the other up to {@code index}. */
    private int runStart(int index, List<Integer> candidates) {
        int start = index;
        while (start - 1 >= bodyStart && candidates.contains(start - 1)) {
            start--;
        }
        return start;
    }

    /** Whether running text longer than candidate {@code index} follows it, no other candidate. */
    private boolean textFollows(int index, List<Integer> candidates) {
        int next = nextInBody(index);
        return next >= 0 && roles[next] == BlockRole.PARAGRAPH && !candidates.contains(next)
                && blocks.get(next).text().length() > blocks.get(index).text().length()
                && evidence.isProse(blocks.get(next));
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
}
