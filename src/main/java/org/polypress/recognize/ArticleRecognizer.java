package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.normalize.NormalizedDocument;

/**
 * Recognizes the structure of a plain-text news article by the conventions of its language: the
 * headline area (a date line above or below the headline, a deck or standfirst, a top photo, the
 * byline), then the body (paragraphs, subheadings, captions with their credits, lists), then the
 * credit lines and sign-offs after it. Thread-safe: one instance serves every article.
 */
public final class ArticleRecognizer {

    /** A first block longer than this is the article's first paragraph, not its headline. */
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_TITLE_CHARS = 250;
    /** A standfirst is a short summary; a longer block after the top photo is the first paragraph. */
    private static final int MAX_STANDFIRST_CHARS = 350;
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•*–·▪]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^\\d{1,3}[.)]\\s+");

    private final ConventionsLibrary conventionsLibrary;
    private final PublicationZones publicationZones;
    private final SlugMaker slugMaker = new SlugMaker();
    private final WordCounter wordCounter = new WordCounter();

    public ArticleRecognizer(ConventionsLibrary conventionsLibrary, PublicationZones publicationZones) {
        this.conventionsLibrary = Objects.requireNonNull(conventionsLibrary, "conventionsLibrary");
        this.publicationZones = Objects.requireNonNull(publicationZones, "publicationZones");
    }

    /** Recognizes one article. */
    public Article recognize(NormalizedDocument document) throws PipelineException {
        Conventions conventions = conventionsLibrary.forLanguage(document.language().tag());
        TextBlocks.Split split = TextBlocks.splitWithOrigins(document.text())
                .without(block -> conventions.isPageControls(TextBlocks.join(block)));
        List<List<String>> blocks = split.blocks();
        if (blocks.isEmpty()) {
            throw new PipelineException(Stage.RECOGNIZE, "The file holds no text", "nothing but whitespace");
        }
        ArticleDraft draft = new ArticleDraft(conventions, publicationZones);
        try {
            BlockReader reader = new BlockReader(blocks, conventions, draft);
            reader.readHeadline(document);
            reader.readHeader();
            reader.readBody();
            draft.body = ImagePlacement.place(draft.body, draft.origins, placed(document, split.origins()));
        } catch (RuntimeException e) {
            throw new PipelineException(Stage.RECOGNIZE, "The article's structure could not be recognized",
                    e.toString(), e);
        }
        if (draft.body.isEmpty()) {
            throw new PipelineException(Stage.RECOGNIZE, "The file holds no article text",
                    "only a headline" + (draft.byline != null || draft.hasDate() ? ", a byline or a date" : "")
                            + ": \"" + draft.title + "\"");
        }
        try {
            return draft.build(document, slugMaker, wordCounter);
        } catch (RuntimeException e) {
            throw new PipelineException(Stage.RECOGNIZE, "The article's structure could not be recognized",
                    e.toString(), e);
        }
    }

    /**
     * The document's pictures, each before the first reader block made from the text block it stands before.
     */
    private static List<ImagePlacement.Placed> placed(NormalizedDocument document, List<Integer> origins) {
        List<ImagePlacement.Placed> placed = new ArrayList<>();
        for (var image : document.images()) {
            if (!image.placed()) {
                placed.add(new ImagePlacement.Placed(ImagePlacement.Placed.UNPLACED, image.image()));
                continue;
            }
            int before = origins.size();
            for (int i = 0; i < origins.size(); i++) {
                if (origins.get(i) >= image.block()) {
                    before = i;
                    break;
                }
            }
            placed.add(new ImagePlacement.Placed(before, image.image()));
        }
        return placed;
    }

    /** Reads the blocks of one article in order into its draft. */
    private static final class BlockReader {
        private final List<List<String>> lines;
        private final List<String> blocks;
        private final Conventions conventions;
        private final ArticleDraft draft;
        private int next;

        BlockReader(List<List<String>> lines, Conventions conventions, ArticleDraft draft) {
            this.lines = lines;
            this.blocks = lines.stream().map(TextBlocks::join).toList();
            this.conventions = conventions;
            this.draft = draft;
        }

        /** The headline, with a date line standing above it (as some sites print it). */
        void readHeadline(NormalizedDocument document) {
            if (blocks.size() > 1 && HeaderLines.dateLine(blocks.get(0), conventions).isPresent()
                    && isHeadline(blocks.get(1)) && Headings.withoutClosingPunctuation(blocks.get(1))
                    && BylineParser.parse(blocks.get(1), conventions).isEmpty()
                    && BylineParser.parsePattern(blocks.get(1), conventions).isEmpty()) {
                draft.takeDateLine(blocks.get(0));
                next = 1;
            }
            String candidate = blocks.get(next);
            if (isHeadline(candidate)) {
                draft.title = candidate;
                next++;
                return;
            }
            // no headline in the text: the document's stated title, else its file name
            String stated = document.extraction().statedTitle();
            draft.title = stated != null && !stated.isBlank() ? stated.strip()
                    : titleFromFileName(document.extraction().source().fileName());
        }

        private static boolean isHeadline(String block) {
            return block.length() <= MAX_TITLE_CHARS && block.split("\\s+").length <= MAX_TITLE_WORDS;
        }

        /**
         * The blocks between the headline and the body: byline, date line, a name beside the date, the
         * top photo's caption, a deck (a line without closing punctuation right under the headline) and a
         * standfirst (a short summary right under the top photo).
         */
        void readHeader() {
            int headlineEnd = next;
            boolean previousWasTopCaption = false;
            while (next < blocks.size()) {
                draft.reading = next;
                String block = blocks.get(next);
                boolean last = next + 1 >= blocks.size();
                if (draft.byline == null && draft.takeByline(block)) {
                    next++;
                } else if (!draft.hasDate() && draft.takeDateLine(block)) {
                    next++;
                } else if (draft.byline == null && isNameBesideDateLine(next)) {
                    draft.takeBareNameByline(block);
                    next++;
                } else if (!last && takeCaption(next)) {
                    next++;
                    previousWasTopCaption = true;
                    continue;
                } else if (draft.subtitle == null && next == headlineEnd && !last
                        && Headings.withoutClosingPunctuation(block) && lines.get(next).size() == 1) {
                    draft.subtitle = block;
                    next++;
                } else if (draft.subtitle == null && previousWasTopCaption && isStandfirst(next)) {
                    draft.subtitle = block;
                    next++;
                } else {
                    return;
                }
                previousWasTopCaption = false;
            }
        }

        private boolean isNameBesideDateLine(int index) {
            String block = blocks.get(index);
            if (lines.get(index).size() != 1 || !conventions.name().matcher(block).matches()) {
                return false;
            }
            boolean dateBefore = index > 0 && blocks.get(index - 1).equals(draft.dateLineText);
            boolean dateAfter = index + 1 < blocks.size()
                    && HeaderLines.dateLine(blocks.get(index + 1), conventions).isPresent();
            return dateBefore || dateAfter;
        }

        private boolean isStandfirst(int index) {
            String block = blocks.get(index);
            return index + 1 < blocks.size() && lines.get(index).size() == 1
                    && block.length() <= MAX_STANDFIRST_CHARS
                    && blocks.get(index + 1).length() > block.length()
                    && CreditLineParser.parse(blocks.get(index + 1), conventions).isEmpty();
        }

        /** The body to the end: paragraphs, subheadings, figures, lists, credit lines, a sign-off. */
        void readBody() {
            List<Integer> headingCandidates = new ArrayList<>();
            int bodyStart = draft.body.size();
            for (int i = next; i < blocks.size(); i++) {
                draft.reading = i;
                String block = blocks.get(i);
                if (draft.takeCreditBlock(lines.get(i))) {
                    continue;
                }
                if (takeCaption(i)) {
                    continue;
                }
                if (draft.byline == null && draft.takeBylinePattern(block)) {
                    continue;
                }
                if (isSignOff(i)) {
                    draft.takeSignOff(block);
                    continue;
                }
                List<String> blockLines = lines.get(i);
                if (blockLines.size() > 1 && blockLines.stream().allMatch(l -> LIST_ITEM.matcher(l).matches())) {
                    boolean ordered = blockLines.stream().allMatch(l -> ORDERED_ITEM.matcher(l).find());
                    draft.add(new Block.ListBlock(ordered, blockLines.stream()
                            .map(l -> l.replaceFirst(ordered ? ORDERED_ITEM.pattern() : "^\\S+\\s+", "")).toList()));
                    continue;
                }
                // the first block of the body opens the text: a short one there is a lede, not a heading
                boolean opensBody = draft.body.size() == bodyStart;
                if (blockLines.size() == 1 && !opensBody && Headings.looksLikeHeading(block, conventions)) {
                    headingCandidates.add(draft.body.size());
                }
                draft.add(new Block.Paragraph(block));
            }
            draft.body = Headings.confirm(draft.body, headingCandidates);
            draft.takeTrailingCredits();
        }

        /**
         * A name standing alone as the last block, after the text: the author signing off, or the page's author
         * box repeating the byline's name ("AFP" under a wire story).
         */
        private boolean isSignOff(int index) {
            return index == blocks.size() - 1 && index > next && lines.get(index).size() == 1
                    && (conventions.name().matcher(blocks.get(index)).matches()
                            || draft.isBylineAuthor(blocks.get(index)));
        }

        /** A caption: credit-closed, credit on its own last line, or opened by picture words. */
        private boolean takeCaption(int index) {
            Optional<CaptionParser.Parsed> caption = CaptionParser.parse(lines.get(index), conventions);
            caption.ifPresent(draft::takeCaption);
            return caption.isPresent();
        }

        /** "U.S. budget deal.txt" is "U.S. budget deal"; "story.fr.txt" is "story". */
        private static String titleFromFileName(String fileName) {
            String key = org.polypress.ingest.LanguageTags.storyKey(fileName);
            int dot = fileName.lastIndexOf('.');
            String stem = key != null ? key : dot > 0 ? fileName.substring(0, dot) : fileName;
            String words = stem.replaceAll("[-_]+", " ").strip();
            return words.isEmpty() ? fileName : words;
        }
    }
}
