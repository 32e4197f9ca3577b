package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.WordCounter;
import org.polypress.ingest.PlacedImage;
import org.polypress.ingest.SourceBlock;
import org.polypress.model.Article;
import org.polypress.normalize.NormalizedDocument;

/**
 * Recognizes the structure of a news article by the conventions of its language: every block's role is decided
 * over the whole article ({@link ArticleLayout}) — headline, kicker, standfirst, byline, date line, paragraphs,
 * subheadings, captions with their credits, lists, quotes, credit lines, sign-off, the page's furniture — from what
 * the source's markup says of it and from the text's evidence; then the article is built from the roles
 * ({@link ArticleDraft}), with what the source's metadata states weighed in. Thread-safe: one instance serves every
 * article.
 */
public final class ArticleRecognizer {

    /** At debug level ({@code org.polypress.recognize}), the role of every block of every article. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleRecognizer.class);

    private final ConventionsLibrary conventionsLibrary;
    private final PlaceZones placeZones = new PlaceZones();
    private final SlugMaker slugMaker = new SlugMaker();
    private final WordCounter wordCounter = new WordCounter();

    public ArticleRecognizer(ConventionsLibrary conventionsLibrary) {
        this.conventionsLibrary = Objects.requireNonNull(conventionsLibrary, "conventionsLibrary");
    }

    /** Recognizes one article. */
    public Article recognize(NormalizedDocument document) throws PipelineException {
        Conventions conventions = conventionsLibrary.forLanguage(document.language().tag());
        ReaderBlocks reader = ReaderBlocks.of(document.blocks());
        if (reader.blocks().isEmpty()) {
            throw new PipelineException(Stage.RECOGNIZE, "The file holds no text", "nothing but whitespace");
        }
        ArticleDraft draft = new ArticleDraft(conventions, placeZones);
        try {
            ArticleLayout layout = ArticleLayout.of(reader.blocks(), conventions, document.extraction().stated());
            if (LOG.isDebugEnabled()) {
                LOG.debug("roles of {}:\n{}", document.extraction().source().fileName(), layout.describe());
            }
            draft.read(layout);
            draft.body = ImagePlacement.place(draft.body, draft.origins, placed(document, reader));
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

    /** The document's pictures, each before the reader block that follows it in the source. */
    private static List<ImagePlacement.Placed> placed(NormalizedDocument document, ReaderBlocks reader) {
        List<ImagePlacement.Placed> placed = new ArrayList<>();
        for (PlacedImage image : document.images()) {
            placed.add(new ImagePlacement.Placed(image.placed() ? reader.before(image.block())
                    : ImagePlacement.Placed.UNPLACED, image.image()));
        }
        return placed;
    }

    /**
     * The reader blocks of a document: its blocks but the pictures, each knowing whether a picture stands right
     * before it; and for each source block, how many reader blocks stand before it.
     */
    record ReaderBlocks(List<ReaderBlock> blocks, int[] readerBefore) {

        static ReaderBlocks of(List<SourceBlock> source) {
            List<ReaderBlock> blocks = new ArrayList<>();
            int[] before = new int[source.size() + 1];
            boolean picture = false;
            for (int i = 0; i < source.size(); i++) {
                before[i] = blocks.size();
                SourceBlock block = source.get(i);
                if (block.hint() == SourceBlock.Hint.PICTURE) {
                    picture = true;
                    continue;
                }
                blocks.add(new ReaderBlock(blocks.size(), block.hint(), block.level(), block.lines(),
                        TextBlocks.join(block.lines()), picture));
                picture = false;
            }
            before[source.size()] = blocks.size();
            return new ReaderBlocks(blocks, before);
        }

        /** How many reader blocks stand before the source block {@code sourceIndex}. */
        int before(int sourceIndex) {
            return readerBefore[Math.max(0, Math.min(sourceIndex, readerBefore.length - 1))];
        }
    }
}
