package org.polypress;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Something heavy to build (a language model, Tika's parsers) that starts building on a thread of its own
 * the moment it is asked for, so that several load side by side while Camel starts its routes, and the
 * application is ready to take files before they are done. The first article that needs it waits for it.
 *
 * @param <T> what is built
 */
public final class Preload<T> {

    private final String what;
    private final FutureTask<T> task;

    /**
     * Starts building.
     *
     * @param what   what is built, for the thread's name and the error message
     * @param loader builds it
     */
    public Preload(String what, Callable<T> loader) {
        this.what = Objects.requireNonNull(what, "what");
        this.task = new FutureTask<>(loader);
        Thread thread = new Thread(task, "polypress-preload-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
    }

    /** What was built, once it is; a failure to build is an {@link IllegalStateException} naming it. */
    public T get() {
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
