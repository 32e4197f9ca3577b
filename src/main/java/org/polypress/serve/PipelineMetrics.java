package org.polypress.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Objects;
import org.apache.camel.Exchange;

/**
 * The pipeline's own metrics, in the Prometheus registry that Camel's route metrics also use:
 * {@code polypress_articles_published_total}, {@code …_failed_total}, {@code …_unchanged_total} and the
 * histogram {@code polypress_conversion_seconds} (buckets from 10 ms to 60 s; from the moment a file was taken to its publication).
 * The routes call {@link #published(Exchange)} and {@link #failed()}; whatever decides that a file needs
 * no new publication calls {@link #unchanged()}.
 */
public final class PipelineMetrics {

    private final PrometheusMeterRegistry registry;
    private final Counter published;
    private final Counter failed;
    private final Counter unchanged;
    private final Timer conversion;

    public PipelineMetrics(PrometheusMeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.published = Counter.builder("polypress.articles.published")
                .description("Articles published (all three renditions written)").register(registry);
        this.failed = Counter.builder("polypress.articles.failed")
                .description("Dropped files set aside in .failed/ with their reason").register(registry);
        this.unchanged = Counter.builder("polypress.articles.unchanged")
                .description("Dropped files whose renditions were already published as they are").register(registry);
        this.conversion = Timer.builder("polypress.conversion")
                .description("From taking a dropped file to publishing its renditions")
                // buckets a newsroom reads at a glance: a text article takes tens of milliseconds, a PDF seconds
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
                        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
                        Duration.ofSeconds(60))
                .register(registry);
    }

    /** An article was published; its conversion took from the exchange's creation until now. */
    public void published(Exchange exchange) {
        published.increment();
        long created = exchange.getClock().getCreated();
        if (created > 0) {
            conversion.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - created)));
        }
    }

    /** A dropped file was set aside. */
    public void failed() {
        failed.increment();
    }

    /** A dropped file needed no new publication (the same article, already published). */
    public void unchanged() {
        unchanged.increment();
    }

    /** Records one conversion time, for callers that time a conversion themselves. */
    public void conversion(Duration duration) {
        conversion.record(duration);
    }

    public double publishedCount() {
        return published.count();
    }

    public double failedCount() {
        return failed.count();
    }

    public double unchangedCount() {
        return unchanged.count();
    }

    /** {@code GET /observe/metrics}: every metric in the Prometheus text format. */
    public HttpReply scrape() {
        return HttpReply.text(200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape())
                .with("Cache-Control", "no-store");
    }
}
