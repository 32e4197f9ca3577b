package org.polypress.broker;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For tests only ({@code polypress.broker.halt-after-sends}, 0 otherwise): an ingest node halts, as {@code kill -9}
 * ends it, right after the broker has stored its {@code n}-th article and before that article's file is archived. A
 * kill at a moment of the test's choosing cannot hit this window but by chance (it lasts the few milliseconds
 * between the broker's answer and the file's move to {@code .done/}); ScaleOutIT needs it hit, to show that the file
 * is queued again by the restarted node and still published once.
 */
public final class HaltAfterSends {

    /** The exit status of a JVM killed by SIGKILL, as {@code kill -9} would give. */
    static final int HALT_STATUS = 137;
    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final long haltAfter;
    private final AtomicLong sends = new AtomicLong();

    /** @param haltAfter the send after which the process halts; 0 (or less): never */
    public HaltAfterSends(long haltAfter) {
        this.haltAfter = haltAfter;
    }

    /** Counts the send of {@code fileName}'s article; halts the process after the {@code haltAfter}-th. */
    public void sent(String fileName) {
        if (haltAfter > 0 && sends.incrementAndGet() == haltAfter) {
            LOG.warn("polypress.broker.halt-after-sends={}: halting after {} was queued, before it is archived",
                    haltAfter, fileName);
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
