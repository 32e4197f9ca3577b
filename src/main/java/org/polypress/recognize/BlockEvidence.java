package org.polypress.recognize;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.ingest.SourceBlock.Hint;
import org.polypress.ingest.StatedMetadata;
import org.polypress.model.Credit;

/**
 * What one block of an article shows of its role, by itself: whether it is the page's furniture, a date line, a
 * byline or its label, names alone, a staff title, a credit line, a caption, a picture's credit, running text, a
 * label above a headline; by the language's conventions, the block's length and closing punctuation, and what the
 * document's metadata states. {@link ArticleLayout} weighs this evidence against the block's neighbours.
 */
final class BlockEvidence {


    /** A first block longer than this is the article's first paragraph, not its headline. */
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_TITLE_CHARS = 250;
    /** A kicker is a word or a few ("Opinion", "Premier League"); the headline under it is longer. */
    private static final int MAX_KICKER_WORDS = 4;
    private static final int MAX_KICKER_CHARS = 40;
    /** A block of running text has at least this many words, or closes a sentence. */
    private static final int PROSE_WORDS = 6;
    /** A block this long is running text whatever its last character. */
    private static final int PROSE_CHARS = 150;
    /** A picture's credit standing alone is short. */
    private static final int MAX_CREDIT_CHARS = 100;
    private static final Pattern CREDIT_SEPARATORS_AT_END = Pattern.compile("[\\s/|,;]+$");
    /** What parts the names of a credit line ("Jane Doe/dpa", "AP - Reuters", "Jane Doe via Getty Images"). */
    private static final Pattern CREDIT_PARTS = Pattern.compile("\\s*(?:[/|,;]|\\s[-–—]\\s|\\s+via\\s+)\\s*");
    private static final Pattern PICTURE_WORD_AT_END =
            Pattern.compile("(?i)\\s+(?:photos?|images?|pictures?|foto|fotos|bild)$");
    private static final Pattern TIME_ALONE = Pattern.compile("(?iu)(?:\\p{L}{1,4}\\.?\\s+)?\\d{1,2}[:.h]\\d{2}"
            + "(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h|hrs|horas|heures|timer)?\\s*(?:\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?");
    private static final Pattern CREDIT_LABEL_ALONE = Pattern.compile("(?iu)(?:foto|fotos|photo|photos|bild|image|"
            + "picture|credit|credits|kuva|fotó|zdjęcie|billede|mynd|фото)\\s*[:：]|copyright|©");
    /** A teaser's lines: a headline, a section, a date. */
    static final int MAX_TEASER_WORDS = 16;
    /** A standfirst set under the top picture is a summary of a few sentences. */
    static final int MAX_TEASER_CHARS = 350;
    /** A deck, a standfirst without closing punctuation, has at least this many words. */
    static final int DECK_WORDS = 5;

    private final Conventions conventions;
    private final StatedMetadata stated;
    /**
     * What the costliest readings found for each block, read once per block: the rules ask them again and again
     * (whether a block is furniture up to ten times).
     */
    private final Map<ReaderBlock, Optional<CaptionParser.Parsed>> captions = new IdentityHashMap<>();
    private final Map<ReaderBlock, Optional<HeaderLines.DateLine>> dateLines = new IdentityHashMap<>();
    private final Map<ReaderBlock, Optional<BylineParser.Parsed>> bylines = new IdentityHashMap<>();
    private final Map<ReaderBlock, Boolean> creditsOnly = new IdentityHashMap<>();
    private final Map<ReaderBlock, Boolean> furniture = new IdentityHashMap<>();
    private final Map<ReaderBlock, Optional<List<Credit>>> notes = new IdentityHashMap<>();

    BlockEvidence(Conventions conventions, StatedMetadata stated) {
        this.conventions = conventions;
        this.stated = stated;
    }

    Conventions conventions() {
        return conventions;
    }

    /** A block that can be a headline: short enough, no sentence, no date line, byline or caption. */
    boolean canHeadline(ReaderBlock block) {
        return fitsHeadline(block) && Headings.withoutClosingPunctuation(block.text()) && dateLine(block).isEmpty()
                && byline(block).isEmpty() && caption(block).isEmpty() && !isFurniture(block);
    }

    static boolean fitsHeadline(ReaderBlock block) {
        return block.text().length() <= MAX_TITLE_CHARS && block.words() <= MAX_TITLE_WORDS;
    }

    /**
     * A label above a headline: a few words that name no date and no author and read as a label — one of the
     * language's section words ("Opinion", "Analyse"), a label in capitals ("EXCLUSIVE"), or one that ends in a
     * colon or a bar ("Live:", "Ukraine |"). A short line of ordinary words is a short headline.
     */
    boolean isKicker(ReaderBlock block) {
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

    /** The longest dateline set apart: a place, its region, an agency and a date, as "WASHINGTON, March 3 (AP) —". */
    private static final int MAX_DATELINE_CHARS = 80;

    /** Whether a paragraph opens with an agency's dateline ("BEIJING, July 5 (Xinhua) --"): the story's first. */
    boolean opensWithDateline(ReaderBlock block) {
        return DatelineParser.parse(block.text(), conventions, 0).isPresent();
    }

    /**
     * Whether a block is a dateline and nothing else ("AUBURN, Wash. —"): a page that sets the dateline apart, or a
     * copy of one, parts it from the paragraph it opens.
     */
    boolean isBareDateline(ReaderBlock block) {
        String text = block.text().strip();
        // asked of every paragraph: a dateline is a place and a few signs, so a longer block is none without a search
        return text.length() <= MAX_DATELINE_CHARS && block.oneLine() && DatelineParser.parse(text, conventions, 0)
                .filter(p -> p.dateline().text().equals(text)).isPresent();
    }

    boolean isStatedDescription(ReaderBlock block) {
        String description = stated.description();
        if (description == null) {
            return false;
        }
        String a = squash(description);
        String b = squash(block.text());
        return !b.isEmpty() && (a.equals(b) || a.startsWith(b) && b.length() * 4 >= a.length() * 3
                || b.startsWith(a) && a.length() * 4 >= b.length() * 3);
    }

    /** A note of the editors on the article itself ("This article was originally published in …"). */
    boolean isEditorNote(ReaderBlock block) {
        return conventions.isEditorNote(block.text());
    }

    /**
     * A short block that gives an e-mail address: the newsroom asking for tips or feedback ("Have a story? Email:
     * …", "Senden Sie uns Ihr Feedback an: …"), or a reporter's address. A story's text names no mailbox; a line
     * that does is a note to the reader.
     */
    boolean isContactLine(ReaderBlock block) {
        return block.words() <= MAX_CONTACT_WORDS && block.text().indexOf('@') >= 0
                && EMAIL.matcher(block.text()).find();
    }

    private static final int MAX_CONTACT_WORDS = 40;
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    /**
     * How many blocks from {@code from} on are the page's stated description set in lines of a sentence or two each
     * (a summary in two or three short paragraphs under the headline): 0 unless two or more blocks together say
     * most of it, in its words and order. A description cut short for a preview ("… says the police chi") may
     * end inside the last of them.
     */
    int statedDescriptionLines(List<ReaderBlock> blocks, int from) {
        String description = stated.description();
        if (description == null) {
            return 0;
        }
        String a = squash(description).replaceFirst("\\s*(?:…|\\.\\.\\.)$", "");
        String joined = "";
        for (int j = from; j < blocks.size() && j < from + MAX_DESCRIPTION_LINES; j++) {
            String b = squash(blocks.get(j).text());
            if (b.isEmpty()) {
                return 0;
            }
            String next = joined.isEmpty() ? b : joined + " " + b;
            int lines = j - from + 1;
            if (next.equals(a) || next.startsWith(a) && !joined.isEmpty()) {
                return lines >= 2 ? lines : 0;
            }
            if (!a.startsWith(next)) {
                return 0;
            }
            joined = next;
        }
        return 0;
    }

    private static final int MAX_DESCRIPTION_LINES = 5;

    static String squash(String text) {
        return oneSpaceEach(text).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} with each run of spaces ({@code [\s\p{Z}]+}) written as one " ", as {@code replaceAll(" ")} writes
     * it but without a search and a copy for each space; {@code text} itself when each run already is one " " (most
     * paragraphs).
     */
    static String oneSpaceEach(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpaceRunChar(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpaceRunChar(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end - i > 1)) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    /** A character of {@code [\s\p{Z}]}: ASCII whitespace or a Unicode space, line or paragraph separator. */
    private static boolean isSpaceRunChar(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A time alone on its line: "5:50 pm CET", "15:44 Uhr", "07.39", "9h30". */
    static boolean isTimeAlone(ReaderBlock block) {
        return block.oneLine() && TIME_ALONE.matcher(block.text().strip()).matches();
    }

    /** A block that is only a picture's credit by the language's credit lines ("Foto: Jane Doe", "© AP"). */
    boolean isCreditOnly(ReaderBlock block) {
        return block.oneLine() && creditsOnly.computeIfAbsent(block, b ->
                CaptionParser.creditLine(b.text().strip(), conventions).isPresent() || isCreditLabelAlone(b.text()));
    }

    /** A staff title on a line of its own: its last word is a title's ("Political Correspondent", "Redakteurin"). */
    boolean isStaffTitleLine(ReaderBlock block) {
        String[] words = block.text().strip().split("\\s+");
        return block.oneLine() && words.length <= NameList.MAX_NAME_WORDS
                && conventions.isStaffTitleWord(words[words.length - 1]);
    }

    /** A label that announces links to other stories: one of the language's ("Read more", "Lesen Sie auch"). */
    boolean isRelatedLabel(ReaderBlock block) {
        return conventions.isRelatedLabel(block.text());
    }

    /** A short line opened by an arrow (">> More on this", "» Read the interview", "→ All results"): a link. */
    static boolean isLinkLine(ReaderBlock block) {
        String text = block.text().strip();
        return block.oneLine() && block.words() <= MAX_TEASER_WORDS && !text.isEmpty()
                && ("»→▶►➤⇒".indexOf(text.charAt(0)) >= 0 || text.startsWith(">>"));
    }

    // ---- evidence ----

    boolean isFurniture(ReaderBlock block) {
        return furniture.computeIfAbsent(block, b -> conventions.isFurniture(b.text()));
    }

    boolean isEndMarker(ReaderBlock block) {
        return conventions.endMarkers().contains(block.text().strip());
    }

    Optional<HeaderLines.DateLine> dateLine(ReaderBlock block) {
        return dateLines.computeIfAbsent(block, b -> HeaderLines.dateLine(b.text(), conventions));
    }

    /** A date's label alone ("Published", "Updated:"). */
    boolean isDateLabel(ReaderBlock block) {
        String text = block.text().strip();
        return text.length() <= 40 && conventions.dateLabel().matcher(text).matches();
    }

    Optional<BylineParser.Parsed> byline(ReaderBlock block) {
        return bylines.computeIfAbsent(block, b -> BylineParser.parse(b.text(), conventions)
                .or(() -> BylineParser.parsePattern(b.text(), conventions)));
    }

    /** A byline's label alone: one of the language's byline words, perhaps with a colon ("By", "Von", "Autor:"). */
    boolean isBylineLabel(ReaderBlock block) {
        if (block.words() > MAX_KICKER_WORDS) {
            // a label is a word or two ("By", "Written by", "Texte et photos :")
            return false;
        }
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
        return notes.computeIfAbsent(block, this::readNote);
    }

    private Optional<List<Credit>> readNote(ReaderBlock block) {
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
        return captions.computeIfAbsent(block, b -> CaptionParser.parse(b.lines(), conventions));
    }

    /**
     * A credit line whole that a caption's reading would cut after its first word ("Jane Doe/Copyright 2026 The
     * Agency") or its label ("Photo: Jane Doe for The Courier via Agency"): what stands before the credit is no
     * caption.
     */
    boolean isCreditNotCaption(ReaderBlock block) {
        Optional<CaptionParser.Parsed> caption = caption(block);
        String before = caption.isEmpty() ? null : caption.get().figure().caption();
        if (isCreditOnly(block)) {
            return before == null || WordShape.words(before) < 2 || CREDIT_LABEL_ALONE.matcher(before).lookingAt();
        }
        // an agency's credit line that a caption's reading cut after the agency ("picture alliance / AP | Jane Doe")
        String cut = before == null ? null : CREDIT_SEPARATORS_AT_END.matcher(before).replaceFirst("");
        return cut != null && conventions.isAgency(cut) && isCreditLine(block);
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
        for (String part : CREDIT_PARTS.split(unbracketed)) {
            String name = PICTURE_WORD_AT_END.matcher(part.strip()).replaceFirst("");
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

    boolean isProse(ReaderBlock block) {
        if (block.text().length() >= PROSE_CHARS) {
            return true;
        }
        return block.words() >= PROSE_WORDS && WordShape.closesSentence(block.text());
    }
}
