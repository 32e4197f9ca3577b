package org.polypress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.polypress.MainAccess;
import org.polypress.dropfolder.BatchProgress;

/**
 * The application as {@code java -jar target/polypress.jar} runs it in service mode (the route files of
 * {@code routes/}, the beans of the configuration class), started in this JVM on a scratch drop folder, with an
 * watch on the output folder that notes the moment each dropped file is published: when its article's folder,
 * with the three renditions, is renamed into place.
 */
final class RunningApp implements AutoCloseable {

    private final org.apache.camel.main.Main camel;
    /** A batch that publishes nothing for this long has failed (an article of 300 KB takes well under a second). */
    private static final long STALLED_SECONDS = 120;
    private final PublishedMoments published;
    final Path input;
    final Path output;

    private RunningApp(Path dir, Map<String, String> properties) throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        output = dir.resolve("output");
        Map<String, String> overrides = new HashMap<>(properties);
        overrides.put("polypress.input", input.toString());
        overrides.put("polypress.output", output.toString());
        // the HTTP server runs, as in service mode, on a free port
        overrides.putIfAbsent("polypress.http.port", "0");
        published = new PublishedMoments(output);
        camel = MainAccess.camelMain(overrides);
        camel.start();
    }

    static RunningApp start(Path dir, Map<String, String> properties) throws Exception {
        return new RunningApp(dir, properties);
    }

    BatchProgress batch() {
        return camel.getCamelContext().getRegistry().lookupByNameAndType("batch", BatchProgress.class);
    }

    /** The {@link System#nanoTime()} each file (by name) was published at. */
    Map<String, Long> publishedAt() {
        return published.at;
    }

    /**
     * Waits until every file of {@code names} is published; fails when any is set aside or found unchanged, or
     * after {@code timeoutSeconds}.
     */
    void awaitPublished(Collection<String> names, long timeoutSeconds) throws InterruptedException {
        BatchProgress batch = batch();
        int failedBefore = batch.failedCount();
        int unchangedBefore = batch.unchangedCount();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int progress = -1;
        long lastProgress = System.nanoTime();
        while (!published.at.keySet().containsAll(names)) {
            int now = published.at.size();
            if (now != progress) {
                progress = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(STALLED_SECONDS)) {
                throw new IllegalStateException("no article was published for " + STALLED_SECONDS + " s (out of memory?"
                        + " see target/bench/app.log)");
            }
            if (batch.failedCount() > failedBefore || batch.unchangedCount() > unchangedBefore) {
                throw new IllegalStateException("a benchmark article was not published: " + batch.failedCount()
                        + " failed (see " + input.resolve(".failed") + "), " + batch.unchangedCount() + " unchanged");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + names.stream().filter(published.at::containsKey).count()
                        + " of " + names.size() + " articles were published in " + timeoutSeconds + " s");
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void close() {
        camel.stop();
        try {
            published.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Notes when each article's folder appears in the output folder (the publisher renames it into place whole,
     * with its three renditions written and synced), by the dropped file's name that its {@code article.json}
     * gives. inotify, through the JDK's watch service, tells at once; after an overflow the folder is listed.
     */
    private static final class PublishedMoments implements Runnable {
        final Map<String, Long> at = new ConcurrentHashMap<>();
        private final java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Path output;
        private final java.nio.file.WatchService watch;
        private final Thread thread;
        private volatile boolean running = true;

        PublishedMoments(Path output) throws java.io.IOException {
            this.output = Files.createDirectories(output);
            watch = output.getFileSystem().newWatchService();
            output.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            thread = new Thread(this, "bench-output-watch");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            while (running) {
                java.nio.file.WatchKey key;
                try {
                    key = watch.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                    return;
                }
                if (key == null) {
                    continue;
                }
                long now = System.nanoTime();
                for (java.nio.file.WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == java.nio.file.StandardWatchEventKinds.OVERFLOW) {
                        try (java.util.stream.Stream<Path> folders = Files.list(output)) {
                            folders.forEach(folder -> note(folder, now));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    } else {
                        note(output.resolve((Path) event.context()), now);
                    }
                }
                key.reset();
            }
        }

        private void note(Path folder, long now) {
            String name = folder.getFileName().toString();
            if (name.startsWith(".") || !seen.add(name)) {
                return;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(folder.resolve("article.json").toFile());
                at.putIfAbsent(json.get("source").get("fileName").asText(), now);
            } catch (java.io.IOException e) {
                // a story folder (story-<key>/) has no article.json: not an article
            }
        }

        void close() throws java.io.IOException {
            running = false;
            watch.close();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
