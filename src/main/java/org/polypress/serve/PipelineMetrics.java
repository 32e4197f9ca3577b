package org.polypress.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Objects;
import org.polypress.dropfolder.DropFolderBacklog;

/**
 * The pipeline's own metrics, with Camel's and the JVM's, in one Prometheus registry served at {@code /observe/metrics}:
 * {@code polypress_articles_published_total}, {@code …_failed_total}, {@code …_unchanged_total} (and on a worker
 * node {@code …_dead_lettered_total}: the articles it put on the broker's dead-letter queue), the
 * histogram {@code polypress_conversion_seconds} (buckets from 10 ms to 60 s; from the moment a worker took a file
 * to its publication, as the log line times it) and the gauge {@code polypress_dropfolder_files_waiting}. The routes call {@link #published(long)} and {@link #failed()};
 * whatever decides that a file needs no new publication calls {@link #unchanged()}; a worker's dead letter
 * {@link #deadLettered()}.
 */
public final class PipelineMetrics {

    private final PrometheusMeterRegistry registry;
    private final Counter published;
    private final Counter failed;
    private final Counter unchanged;
    /** Null where no article is taken from the broker. */
    private final Counter deadLettered;
    private final Timer conversion;

    /**
     * @param backlog     the drop folder's files waiting, counted at each scrape as the gauge
     *                    {@code polypress_dropfolder_files_waiting}
     * @param deadLetters whether this process takes articles from the broker (worker, all), and so counts those it
     *                    puts on the dead-letter queue, {@code polypress_articles_dead_lettered_total}
     */
    public PipelineMetrics(PrometheusMeterRegistry registry, DropFolderBacklog backlog, boolean deadLetters) {
        this.registry = Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(backlog, "backlog");
        Gauge.builder("polypress.dropfolder.files.waiting", backlog, DropFolderBacklog::waiting)
                .description("Files in the drop folder waiting to be taken (not hidden, not excluded by polypress.exclude)")
                .strongReference(true).register(registry);
        this.published = Counter.builder("polypress.articles.published")
                .description("Articles published (all three renditions written)").register(registry);
        this.failed = Counter.builder("polypress.articles.failed")
                .description("Dropped files set aside in .failed/ with their reason").register(registry);
        this.unchanged = Counter.builder("polypress.articles.unchanged")
                .description("Dropped files whose renditions were already published as they are").register(registry);
        this.deadLettered = !deadLetters ? null : Counter.builder("polypress.articles.dead.lettered")
                .description("Articles this worker put on the broker's dead-letter queue, listed with the failed files")
                .register(registry);
        this.conversion = Timer.builder("polypress.conversion")
                .description("From taking a dropped file to publishing its renditions")
                // buckets a newsroom reads at a glance: a text article takes tens of milliseconds, a PDF seconds
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
                        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
                        Duration.ofSeconds(60))
                .register(registry);
    }

    /**
     * An article was published; its conversion took from {@code started} (a {@link System#nanoTime()} taken when a
     * worker started on the file, {@code BatchProgress.started()}) until now. The exchange's own creation time would
     * count the file's wait in the read lock and in the workers' queue too.
     */
    public void published(long started) {
        published.increment();
        conversion.record(Duration.ofNanos(Math.max(0, System.nanoTime() - started)));
    }

    /** A dropped file was set aside. */
    public void failed() {
        failed.increment();
    }

    /** A worker put an article on the broker's dead-letter queue. */
    public void deadLettered() {
        if (deadLettered == null) {
            throw new IllegalStateException("only a process that takes articles from the broker dead-letters them");
        }
        deadLettered.increment();
    }

    /** A dropped file needed no new publication (the same article, already published). */
    public void unchanged() {
        unchanged.increment();
    }

    /** {@code GET /observe/metrics}: every metric in the Prometheus text format. */
    public HttpReply scrape() {
        return HttpReply.text(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape())
                .with("Cache-Control", "no-store");
    }
}
