package org.polypress.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polypress.PipelineException;
import org.polypress.render.Renditions;
import org.polypress.testing.PipelineStages;

/**
 * How long one article takes in each format, in-process: the seed as plain text, web page, DOCX, ODT, RTF and PDF
 * (the fixtures of {@link OfficeDocuments}), each converted extract → normalize → recognize → render (all three
 * renditions) after a warm-up, with the median and 95th percentile of the runs. A benchmark, not a test: run it
 * with {@code bench/formats.sh [WARMUP] [RUNS]}.
 */
public final class FormatTimings {

    private FormatTimings() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        FixtureArticle seed = FixtureArticle.SEED;
        Map<String, byte[]> formats = new LinkedHashMap<>();
        formats.put("txt", Files.readAllBytes(seed.text()));
        formats.put("html", OfficeDocuments.html(seed, "en", OfficeDocuments.png(40, 30)));
        formats.put("docx", OfficeDocuments.docx(seed, "en"));
        formats.put("odt", OfficeDocuments.odt(seed, "en", OfficeDocuments.png(40, 30), null));
        formats.put("rtf", OfficeDocuments.rtf(seed));
        formats.put("pdf", OfficeDocuments.pdf(seed));
        Path dir = Files.createTempDirectory("polypress-timings");
        System.out.printf("seed article, %d warm-up and %d timed conversions per format, %d cores%n%n", warmup, runs,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| format | bytes | median ms | p95 ms |");
        System.out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, byte[]> format : formats.entrySet()) {
            Path file = Files.write(dir.resolve("seed." + format.getKey()), format.getValue());
            for (int i = 0; i < warmup; i++) {
                convert(file);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                convert(file);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("| %s | %,d | %.1f | %.1f |%n", format.getKey(), format.getValue().length,
                    percentile(millis, 50), percentile(millis, 95));
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static void convert(Path file) throws PipelineException {
        Renditions renditions = PipelineStages.get().convert(file);
        if (renditions.files().size() < 3) {
            throw new IllegalStateException("fewer than three renditions of " + file);
        }
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
