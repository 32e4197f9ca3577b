package org.polypress;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Something heavy to build (a language model, Tika's parsers), built on a thread of its own: all of them side
 * by side as soon as the application has started ({@link #startPending()}), so that they take no processor
 * time from the start-up itself (measured: ready 2.8 s instead of 3.7 s on two cores), or when first needed,
 * whichever comes first. The first article that needs one waits for it.
 *
 * @param <T> what is built
 */
public final class Preload<T> {

    /** Weakly held: one that is no longer wanted (a test's) is never built. */
    private static final Queue<WeakReference<Preload<?>>> PENDING = new ConcurrentLinkedQueue<>();

    private final String what;
    private final FutureTask<T> task;
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * Prepares the building, which starts at {@link #startPending()} or at the first {@link #get()}.
     *
     * @param what   what is built, for the thread's name and the error message
     * @param loader builds it
     */
    public Preload(String what, Callable<T> loader) {
        this.what = Objects.requireNonNull(what, "what");
        this.task = new FutureTask<>(loader);
        PENDING.add(new WeakReference<>(this));
    }

    /** Starts building everything made so far and not yet started; called once the application is ready. */
    public static void startPending() {
        for (WeakReference<Preload<?>> pending = PENDING.poll(); pending != null; pending = PENDING.poll()) {
            Preload<?> preload = pending.get();
            if (preload != null) {
                preload.start();
            }
        }
    }

    /**
     * Starts building it now, on its thread, unless that has begun: for an application that needs it at once (a
     * one-shot batch) rather than once it is ready.
     */
    public void start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(task, "polypress-preload-" + what.replace(' ', '-'));
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether the building has begun (or is done). */
    public boolean started() {
        return started.get();
    }

    /** What was built, once it is; a failure to build is an {@link IllegalStateException} naming it. */
    public T get() {
        start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the " + what + " could not be loaded", e.getCause());
        }
    }
}
