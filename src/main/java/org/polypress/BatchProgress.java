package org.polypress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the drop folder route published and set aside, and tells a one-shot batch when the
 * folder has been drained: a poll found nothing and no file is left waiting, or files are left that
 * polls keep passing over (still being written, unreadable) for longer than the batch's patience.
 */
public final class BatchProgress {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final Path input;
    private final int patience;
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger idlePollsWithFilesLeft = new AtomicInteger();
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile int left;

    /**
     * @param input    the drop folder
     * @param patience idle polls to wait while files are left that no poll takes
     */
    public BatchProgress(Path input, int patience) {
        this.input = input;
        this.patience = patience;
    }

    /** Called by the publish route for each article published. */
    public void published(String fileName, String slug) {
        int n = published.incrementAndGet();
        LOG.info("[{}] published {} as {}", n + failed.get(), fileName, slug);
    }

    /** Called by the error handler for each file set aside. */
    public void failed() {
        failed.incrementAndGet();
    }

    /** Called when a poll of the drop folder found no file to take. */
    public void pollFoundNothing() {
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
