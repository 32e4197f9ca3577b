package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polypress.PipelineException;

/**
 * The parse time limit on parses that never look at their deadline: a pathological regular expression (genuine
 * backtracking work, seconds of it) is given up on at the limit, the worker goes on at once, and runaway parses never
 * take more threads than the pool has.
 */
class ParseTimeLimitTest {

    /**
     * Backtracking of a high degree: ten nested choices over the letters before a {@code b} that can never match;
     * 34 letters take 2.7 s on this machine even once compiled (more on a slower one), and nothing in it checks a
     * deadline. The tests allow 2 s for what the limit stops: more than a busy machine needs to hand over, less
     * than the runaway itself.
     */
    private static final Pattern PATHOLOGICAL = Pattern.compile("(.*a){10}");

    private static boolean runaway(int letters) {
        return PATHOLOGICAL.matcher("a".repeat(letters) + "b").matches();
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Test
    void aParseStuckWithoutEventsIsGivenUpOnAtTheLimit() {
        ParseTimeLimit limit = new ParseTimeLimit(Duration.ofMillis(300), 2);
        long started = System.nanoTime();
        PipelineException refused = assertThrows(PipelineException.class,
                () -> limit.run("stuck.txt", deadline -> runaway(34)));
        long waited = millisSince(started);
        assertEquals("Parsing took longer than 0.3 s (polypress.parse-timeout)", refused.reason());
        assertTrue(waited >= 300 && waited < 2_000, "waited " + waited + " ms");
    }

    @Test
    void aParseWithinTheLimitReturnsItsResult() throws Exception {
        ParseTimeLimit limit = new ParseTimeLimit(Duration.ofSeconds(5), 1);
        assertEquals(false, limit.run("quick.txt", deadline -> runaway(12)));
    }

    @Test
    void runawayParsesTakeNoMoreThreadsThanThePoolHasAndTheDeadlineStillHoldsWhenAllAreTaken() throws Exception {
        ParseTimeLimit limit = new ParseTimeLimit(Duration.ofMillis(200), 1);
        assertThrows(PipelineException.class, () -> limit.run("first.txt", deadline -> runaway(34)));
        // the one parse thread is still busy with the runaway: this parse runs on the caller, and a parse that checks
        // its deadline (as the event handler does) stops there
        long started = System.nanoTime();
        PipelineException refused = assertThrows(PipelineException.class, () -> limit.run("second.txt", deadline -> {
            while (!deadline.passed()) {
                runaway(12);
            }
            throw limit.timedOut();
        }));
        assertTrue(refused.reason().startsWith("Parsing took longer than"), refused.reason());
        assertTrue(millisSince(started) < 2_000, "the deadline held on the caller's thread");
        assertEquals(1, limit.largestThreadCount(), "a second parse thread was made for a pool of one");
    }
}
