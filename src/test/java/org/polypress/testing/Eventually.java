package org.polypress.testing;

import java.time.Duration;

/** Waits for what a running service does in its own time: a file archived, a metric moved, a status reached. */
public final class Eventually {

    /** Something to check again until it holds. */
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /** Checks {@code condition} every 50 ms until it holds; fails when it still does not after {@code limit}. */
    public static void waitFor(Duration limit, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + limit.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
