package org.polypress.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.render.RenditionSet;
import org.polypress.render.StoryRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker node's publication into an output folder other worker nodes publish into too (docs/scaling.md). Each
 * article is published as a standalone service publishes it, for the length of that one publication: with the
 * folder's lock held ({@link OutputLock#await}, released by the system when a worker is killed), whatever a killed
 * worker left half-done is cleaned up, the ledger is read as the other workers left it, bytes it already holds are
 * not published again (a message redelivered after its worker died once it had published) and a file name
 * published before keeps its folder; then the article is published, its story brought up to date, and its ledger
 * line written (synced), all before the lock goes and the broker's message is acknowledged.
 * <p>
 * One publication at a time, in this process and across the processes sharing the folder: the lock is the whole
 * folder's, as the ledger and the stories are. The ledger is read whole for every publication (cheap for thousands
 * of articles, not for millions: a per-story lock and an appended ledger read from where it was left are not
 * built yet).
 */
public final class SharedOutput {

    /** What a worker did with an article. */
    public enum Outcome {
        PUBLISHED, UNCHANGED
    }

    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final Path output;
    private final long maxBytes;
    private final RenditionSet renditions;
    private final StoryRenderer storyRenderer;

    public SharedOutput(Path output, long maxBytes, RenditionSet renditions, StoryRenderer storyRenderer) {
        this.output = Objects.requireNonNull(output, "output");
        this.maxBytes = maxBytes;
        this.renditions = Objects.requireNonNull(renditions, "renditions");
        this.storyRenderer = Objects.requireNonNull(storyRenderer, "storyRenderer");
    }

    /**
     * Publishes {@code article}, made from dropped bytes whose SHA-256 is {@code sha256}, unless the ledger says
     * those bytes are published already.
     */
    public synchronized Outcome publish(Article article, String sha256) throws PipelineException {
        try (OutputLock lock = OutputLock.await(output)) {
            ArticlePublisher publisher = new ArticlePublisher(output, Durability.PER_ARTICLE, null);
            publisher.recoverInterruptedPublications();
            PublicationLedger ledger = new PublicationLedger(output, maxBytes, Durability.PER_ARTICLE, null);
            PublicationLedger.Drop drop = new PublicationLedger.Drop(sha256, 0);
            String publishedAs = ledger.publishedAs(drop);
            if (publishedAs != null) {
                LOG.info("{} is unchanged: its bytes are published in {}", article.source().fileName(), publishedAs);
                return Outcome.UNCHANGED;
            }
            Article kept = ledger.keepSlug(article);
            new StoryPublisher(output, renditions, publisher, storyRenderer).publish(kept, null);
            ledger.record(drop, kept);
            LOG.info("published {} into {}", kept.source().fileName(), kept.slug());
            return Outcome.PUBLISHED;
        } catch (IOException e) {
            throw new PipelineException(Stage.PUBLISH, "The shared output folder " + output + " could not be locked or"
                    + " cleaned up", e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException(Stage.PUBLISH, "Interrupted while publishing", e.toString(), e);
        }
    }
}
