package org.polypress.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.polypress.PipelineException;
import org.polypress.PlainWords;
import org.polypress.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time one file may take to be read ({@code polypress.parse-timeout}). Two lines of defence:
 * <ol>
 * <li>each parse gets a {@link Deadline} that the parser's event handler checks at every element and every run
 * of characters ({@link DeadlineContentHandler}): a parser that keeps producing stops at the deadline and its
 * thread is free at once;
 * <li>a parser stuck without producing anything (a loop inside a damaged file's structure, a pathological
 * expression) is caught by running the parse on a thread of a small pool of its own while the worker waits for
 * it no longer than the limit. At the limit the worker sets the file aside and goes on; the parse thread is
 * interrupted and its deadline is marked passed, so it stops at its next check.
 * </ol>
 * A thread that ignores both cannot be killed safely in Java: it is abandoned to finish on its own. The pool is
 * bounded (twice the workers by default), so runaway parses can never multiply threads without limit: when every
 * pool thread is taken by one, the next file is read on the worker's own thread with the event deadline only,
 * and a warning says so.
 */
public final class ParseTimeLimit {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Duration limit;
    private final ThreadPoolExecutor pool;

    /** One file's reading, given its deadline. */
    @FunctionalInterface
    public interface Parse<T> {
        T run(Deadline deadline) throws PipelineException;
    }

    /**
     * @param limit   the longest one file may take to be read
     * @param threads the most parse threads at once, runaway ones included
     */
    public ParseTimeLimit(Duration limit, int threads) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.limit = limit;
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        // no queue: a parse starts at once on a free thread, or is refused and runs on the caller
        this.pool = new ThreadPoolExecutor(0, threads, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "polypress-parser-" + pool + "-" + count.incrementAndGet());
            // an abandoned runaway parse must never keep the JVM from exiting
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code parse} of {@code fileName} within the limit, or refuses the file when it takes longer. */
    public <T> T run(String fileName, Parse<T> parse) throws PipelineException {
        Deadline deadline = new Deadline(System.nanoTime() + limit.toNanos());
        Future<T> future;
        try {
            future = pool.submit(() -> {
                try {
                    return parse.run(deadline);
                } finally {
                    if (deadline.abandoned()) {
                        LOG.info("the abandoned parse of {} has stopped", PlainWords.name(fileName));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("every parse thread is taken by a parse that ran past its time limit; {} is read on the"
                    + " worker's own thread, stopped only by its parser's events", PlainWords.name(fileName));
            return parse.run(deadline);
        }
        try {
            return future.get(Math.max(0, deadline.nanosLeft()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            deadline.expire();
            future.cancel(true);
            LOG.warn("parsing {} took longer than {}: set aside; its parser was told to stop",
                    PlainWords.name(fileName), seconds());
            throw timedOut();
        } catch (InterruptedException e) {
            deadline.expire();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PipelineException(Stage.INGEST, "Polypress was stopped while reading the file",
                    "nothing is wrong with the file as far as is known: drop it again");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PipelineException pipeline) {
                throw pipeline;
            }
            if (cause instanceof StackOverflowError) {
                throw new PipelineException(Stage.INGEST, "The document is nested too deeply to be read",
                        "its structure goes deeper than Polypress can follow", cause);
            }
            if (cause instanceof OutOfMemoryError) {
                throw new PipelineException(Stage.INGEST, "The document needs more memory to be read than Polypress has",
                        "raise the Java heap (-Xmx) or lower polypress.max-bytes", cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PipelineException(Stage.INGEST, "The file could not be read", PlainWords.of(cause), cause);
        }
    }

    /** The most parse threads this limit has had at once. */
    int largestThreadCount() {
        return pool.getLargestPoolSize();
    }

    /** The refusal of a file whose parse ran past the limit. */
    PipelineException timedOut() {
        return new PipelineException(Stage.INGEST, "Parsing took longer than " + seconds()
                + " (polypress.parse-timeout)", "the file was set aside after " + seconds()
                + "; a larger limit may read it, or the file may be damaged");
    }

    private String seconds() {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** When a parse must stop: checked by the parser's event handler, marked passed by the watchdog. */
    public static final class Deadline {
        private final long nanos;
        private volatile boolean expired;

        Deadline(long nanos) {
            this.nanos = nanos;
        }

        long nanosLeft() {
            return nanos - System.nanoTime();
        }

        void expire() {
            expired = true;
        }

        /** True once the watchdog gave up waiting for the parse. */
        boolean abandoned() {
            return expired;
        }

        /** True once the time is up, or the watchdog gave up on the parse, or its thread was interrupted. */
        public boolean passed() {
            return expired || Thread.currentThread().isInterrupted() || nanosLeft() <= 0;
        }
    }
}
