package org.polypress.serve;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * One line in the log for a kind of event, at most once per interval: a flood of bad requests (a scanner, a
 * broken client in a loop) writes one line a minute saying how many there were, not one line (or a stack trace)
 * each. The first of a quiet spell is logged at once.
 */
final class QuietLog {

    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong nextLine = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong unsaid = new AtomicLong();

    QuietLog(Logger log, java.time.Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    /** Logs {@code line} as a warning, unless a line was logged less than the interval ago (then it is counted). */
    void warn(String line) {
        long now = System.nanoTime();
        long next = nextLine.get();
        if ((next != Long.MIN_VALUE && now - next < 0) || !nextLine.compareAndSet(next, now + intervalNanos)) {
            unsaid.incrementAndGet();
            return;
        }
        long more = unsaid.getAndSet(0);
        log.warn(more == 0 ? line : line + " (and " + more + " more like it since the last such line)");
    }
}
