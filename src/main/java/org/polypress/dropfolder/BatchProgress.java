package org.polypress.dropfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.polypress.PlainWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the drop folder route took, published, found unchanged and set aside, logs one line per
 * article, and tells a one-shot batch when the folder has been drained: a poll found nothing, no file is
 * being converted, and no file is left waiting, or files are left that polls keep passing over (still
 * being written, unreadable) for longer than the batch's patience.
 * <p>
 * Files are taken on the polling thread and converted on the workers: a file counts as in flight from
 * {@link #taken()} until {@link #published}, {@link #unchanged} or {@link #failed}.
 */
public final class BatchProgress {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final Path input;
    private final int patience;
    private final boolean once;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger idlePollsWithFilesLeft = new AtomicInteger();
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile int left;
    /** Files the current poll found that are not taken yet: the batch's size is known before they are. */
    private volatile int takenNotYet;

    /**
     * @param input    the drop folder
     * @param patience idle polls to wait while files are left that no poll takes
     * @param once     a one-shot batch: progress lines count the files, {@code [12/200]}
     */
    public BatchProgress(Path input, int patience, boolean once) {
        this.input = input;
        this.patience = patience;
        this.once = once;
    }

    /**
     * Called on the polling thread for each file taken from the drop folder: the {@code index}-th of the
     * {@code size} files its poll found.
     */
    public void taken(int index, int size) {
        takenNotYet = Math.max(0, size - index - 1);
        taken.incrementAndGet();
        inFlight.incrementAndGet();
    }

    /** The moment a worker starts on a file, for the time it took. */
    public long started() {
        return System.nanoTime();
    }

    /** Called by the publish route for each article published; {@code started} is from {@link #started()}. */
    public void published(String fileName, String slug, long started) {
        published.incrementAndGet();
        finished("published {} as {} in {} ms", fileName, slug, started);
    }

    /**
     * Called for each file an ingest node put on the broker's queue for the workers (docs/scaling.md): counted as
     * done here, said as queued.
     */
    public void queued(String fileName, String slug, long started) {
        published.incrementAndGet();
        finished("queued {} for the workers as {} in {} ms", fileName, slug, started);
    }

    /**
     * Called for each file whose bytes are already published (under any name): it is archived without
     * being published again.
     */
    public void unchanged(String fileName, String slug, long started) {
        unchanged.incrementAndGet();
        finished("unchanged {}: already published as {} ({} ms)", fileName, slug, started);
    }

    /** Called by the error handler for each file set aside (the failure reporter logs why). */
    public void failed() {
        failed.incrementAndGet();
        inFlight.decrementAndGet();
    }

    private void finished(String message, String dropped, String slug, long started) {
        // a line break in a file's name must not forge a log line
        String fileName = PlainWords.name(dropped);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (once) {
            int done = published.get() + unchanged.get() + failed.get();
            LOG.info("[" + done + "/" + (taken.get() + takenNotYet) + "] " + message, fileName, slug, millis);
        } else {
            LOG.info(message, fileName, slug, millis);
        }
        inFlight.decrementAndGet();
    }

    /** Called on the polling thread when a poll of the drop folder found no file to take. */
    public void pollFoundNothing() {
        if (inFlight.get() > 0) {
            // files are still being converted: they are not left, and patience starts when they are done
            idlePollsWithFilesLeft.set(0);
            return;
        }
        int waiting = filesWaiting();
        if (waiting == 0 || idlePollsWithFilesLeft.incrementAndGet() > patience) {
            left = waiting;
            drained.countDown();
        }
    }

    /** Stops waiting: whatever is still in the drop folder counts as left. */
    public void giveUp() {
        left = filesWaiting();
        drained.countDown();
    }

    /** Waits until the drop folder is drained; false on timeout. */
    public boolean awaitDrained(long timeout, TimeUnit unit) throws InterruptedException {
        return drained.await(timeout, unit);
    }

    public int publishedCount() {
        return published.get();
    }

    public int unchangedCount() {
        return unchanged.get();
    }

    public int failedCount() {
        return failed.get();
    }

    /** Files still in the drop folder when the batch was drained. */
    public int leftCount() {
        return left;
    }

    private int filesWaiting() {
        try (Stream<Path> files = Files.list(input)) {
            return (int) files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }
}
