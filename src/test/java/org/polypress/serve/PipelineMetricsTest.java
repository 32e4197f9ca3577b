package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.dropfolder.DropFolderBacklog;

/**
 * The dead letters' counter: on a process that takes articles from the broker (worker, all) it is scraped from the
 * start, at 0, and counts each article put on the dead-letter queue; a standalone service's scrape has no such line.
 */
class PipelineMetricsTest {

    private static final String DEAD_LETTERED = "polypress_articles_dead_lettered_total";

    @TempDir
    Path input;

    @Test
    void aWorkerCountsTheArticlesItDeadLettersFromZero() {
        PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new DropFolderBacklog(input, Pattern.compile("$^")), true);
        assertTrue(scrape(metrics).contains("\n" + DEAD_LETTERED + " 0.0\n"), scrape(metrics));
        metrics.deadLettered();
        metrics.deadLettered();
        assertTrue(scrape(metrics).contains("\n" + DEAD_LETTERED + " 2.0\n"), scrape(metrics));
        assertTrue(scrape(metrics).contains("# HELP " + DEAD_LETTERED + " Articles this worker put on the broker's"
                + " dead-letter queue"), scrape(metrics));
    }

    @Test
    void aStandaloneServiceHasNoDeadLetterCounter() {
        PipelineMetrics metrics = new PipelineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new DropFolderBacklog(input, Pattern.compile("$^")), false);
        assertFalse(scrape(metrics).contains("dead_letter"), scrape(metrics));
        assertTrue(scrape(metrics).contains("polypress_articles_failed_total 0.0"), scrape(metrics));
        assertThrows(IllegalStateException.class, metrics::deadLettered);
    }

    private static String scrape(PipelineMetrics metrics) {
        return new String(metrics.scrape().body(), StandardCharsets.UTF_8);
    }
}
