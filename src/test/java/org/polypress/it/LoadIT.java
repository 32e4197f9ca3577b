package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.MainAccess;
import org.polypress.serve.ServerAddress;
import org.polypress.testing.PublishedTree;
import org.polypress.testing.TestProperties;

/**
 * 2,000 distinct articles dropped at once into the running application (the real route files, its
 * workers, its HTTP server on a free port) while a client downloads from it in a loop: the list page, the
 * API, each rendition of an article already published, {@code HEAD}, and conditional requests. No request
 * fails (every answer is 200 or 304), nothing dropped is lost (2,000 archived in {@code .done/}, 2,000
 * published), and the published tree is byte for byte what a one-shot batch with one worker publishes
 * from the same files.
 */
@Tag("integration")
class LoadIT {

    private static final int FILES = 2000;
    private static final Path LOGS = Path.of("target/load-it");
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    @Test
    void twoThousandFilesDroppedAtOnceWhileAClientDownloadsArePublishedAsOneWorkerPublishesThem() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("source"));
        List<String> names = NumberedArticles.write(source, FILES);
        Files.createDirectories(LOGS);

        long started = System.nanoTime();
        Path serial = tmp.resolve("serial");
        copy(source, Files.createDirectories(serial.resolve("input")));
        int status = withLogIn(LOGS.resolve("serial.log"), () -> MainAccess.run(new String[] {"--once", "--workers=1",
            "--input=" + serial.resolve("input"), "--output=" + serial.resolve("output")}, System.out, System.err));
        assertEquals(0, status, "the serial batch published every file; its log: " + LOGS.resolve("serial.log"));
        System.out.printf("LoadIT: the serial batch took %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        Path service = tmp.resolve("service");
        Path input = Files.createDirectories(service.resolve("input"));
        Path output = service.resolve("output");
        // on the same file system as the drop folder, so each file arrives whole in one rename
        Path ready = Files.createDirectories(service.resolve("ready"));
        copy(source, ready);
        Client client = null;
        started = System.nanoTime();
        org.apache.camel.main.Main camel = MainAccess.camelMain(TestProperties.forFolders(input, output));
        PrintStream err = System.err;
        try (PrintStream log = new PrintStream(Files.newOutputStream(LOGS.resolve("service.log")), true,
                StandardCharsets.UTF_8)) {
            System.setErr(log);
            camel.start();
            try {
                int port = ServerAddress.port(camel.getCamelContext()).orElseThrow(() -> new AssertionError("no HTTP server"));
                client = new Client(port);
                Thread downloads = new Thread(client, "load-it-client");
                downloads.start();
                client.awaitFirstRound();
                for (String name : names) {
                    Files.move(ready.resolve(name), input.resolve(name));
                }
                awaitDrained(input, names.size(), client);
                client.stop();
                downloads.join(TimeUnit.MINUTES.toMillis(1));
                assertTrue(!downloads.isAlive(), "the client stopped");
            } finally {
                if (client != null) {
                    client.stop();
                }
                camel.stop();
            }
        } finally {
            System.setErr(err);
        }
        System.out.printf("LoadIT: the service published %d files in %d ms while the client made %s%n", names.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), client.counts);

        assertEquals(List.of(), client.errors, "requests that failed");
        assertTrue(client.counts.getOrDefault("article.epub", new AtomicInteger()).get() >= 20
                && client.counts.getOrDefault("304", new AtomicInteger()).get() >= 20
                && client.counts.getOrDefault("HEAD", new AtomicInteger()).get() >= 20,
                "the client downloaded articles while they were published: " + client.counts);
        assertEquals(new TreeSet<>(names), new TreeSet<>(list(input.resolve(".done"))), "every file is archived in .done/");
        assertTrue(!Files.exists(input.resolve(".failed")), "no file failed");
        PublishedOutput published = new PublishedOutput(output);
        Map<String, List<String>> folders = published.foldersBySource();
        assertEquals(new TreeSet<>(names), folders.keySet(), "every file is published");
        assertTrue(folders.values().stream().allMatch(f -> f.size() == 1), "each in one folder");

        Map<String, String> expected = PublishedTree.of(serial.resolve("output"));
        Map<String, String> actual = PublishedTree.of(output);
        assertEquals(expected.keySet(), actual.keySet(), "the files published by the service and by the serial batch");
        List<String> differing = expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.get(f))).toList();
        assertEquals(List.of(), differing, "renditions that differ from the serial batch's");

        started = System.nanoTime();
        published.assertHoldsOnlyPublishedFiles();
        published.assertEveryFileIsWhole();
        published.assertEveryArticleIsComplete();
        int stories = published.assertStoriesAreLinked();
        System.out.printf("LoadIT: checked %d articles and %d stories in %d ms%n", folders.size(), stories,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private interface Run {
        int call() throws Exception;
    }

    /** Runs with the log (slf4j-simple writes to System.err as it is at each line) in {@code file}. */
    private static int withLogIn(Path file, Run run) throws Exception {
        PrintStream err = System.err;
        try (OutputStream out = Files.newOutputStream(file);
                PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setErr(log);
            return run.call();
        } finally {
            System.setErr(err);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String name : list(from)) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Waits until every file is archived and the drop folder is empty, or fails after {@link #TIMEOUT}. */
    private static void awaitDrained(Path input, int files, Client client) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            int done = Files.isDirectory(input.resolve(".done")) ? list(input.resolve(".done")).size() : 0;
            List<String> waiting = list(input).stream().filter(n -> !n.startsWith(".")).toList();
            if (done >= files && waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("after " + TIMEOUT + " " + done + " of " + files + " files are archived, " + waiting.size()
                        + " waiting; the client made " + client.counts + ", errors " + client.errors);
            }
            Thread.sleep(50);
        }
    }

    /**
     * A reader of the site, as fast as it can: the list page, the API (and again with its ETag), then an
     * article already published at random: its three renditions, {@code HEAD} of its EPUB, and the EPUB
     * again with its ETag. Any answer but 200 or 304, or a rendition that is not whole, is an error.
     */
    private static final class Client implements Runnable {

        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final ObjectMapper json = new ObjectMapper();
        private final Random random = new Random(2000);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final java.util.concurrent.CountDownLatch firstRound = new java.util.concurrent.CountDownLatch(1);
        private final String base;

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        void stop() {
            stopped.set(true);
        }

        void awaitFirstRound() throws InterruptedException {
            assertTrue(firstRound.await(1, TimeUnit.MINUTES), "the client's first round: " + errors);
        }

        @Override
        public void run() {
            while (!stopped.get()) {
                try {
                    round();
                } catch (Exception e) {
                    errors.add(e.toString());
                }
                firstRound.countDown();
                if (errors.size() > 20) {
                    return;
                }
            }
        }

        private void round() throws Exception {
            send("GET", "/", null, "list page");
            HttpResponse<byte[]> list = send("GET", "/api/articles", null, "api");
            if (list == null) {
                return;
            }
            send("GET", "/api/articles", list.headers().firstValue("ETag").orElse(null), "api again");
            JsonNode articles = json.readTree(list.body());
            if (articles.isEmpty()) {
                return;
            }
            String slug = articles.get(random.nextInt(articles.size())).get("slug").asText();
            for (String format : List.of("md", "json", "epub")) {
                HttpResponse<byte[]> rendition = send("GET", "/articles/" + slug + "." + format, null, "article." + format);
                if (rendition != null) {
                    checkWhole(slug, format, rendition.body());
                }
            }
            HttpResponse<byte[]> head = send("HEAD", "/articles/" + slug + ".epub", null, "HEAD");
            if (head != null) {
                send("GET", "/articles/" + slug + ".epub", head.headers().firstValue("ETag").orElse(null), "epub again");
            }
        }

        private HttpResponse<byte[]> send(String method, String path, String etag, String kind) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 304 && etag != null) {
                counts.computeIfAbsent("304", k -> new AtomicInteger()).incrementAndGet();
                return null;
            }
            if (status != 200) {
                errors.add(method + " " + path + (etag == null ? "" : " If-None-Match " + etag) + ": " + status + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
                return null;
            }
            counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (method.equals("HEAD") && response.body().length != 0) {
                errors.add("HEAD " + path + " answered with a body");
            }
            return response;
        }

        private void checkWhole(String slug, String format, byte[] body) {
            try {
                switch (format) {
                    case "json" -> {
                        if (!slug.equals(json.readTree(body).path("slug").asText())) {
                            errors.add(slug + ".json names another slug");
                        }
                    }
                    case "epub" -> {
                        int entries = 0;
                        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                            byte[] buffer = new byte[8192];
                            for (; zip.getNextEntry() != null; entries++) {
                                while (zip.read(buffer) > 0) {
                                    // the entry's checksum is checked at its end
                                }
                            }
                        }
                        if (entries < 4) {
                            errors.add(slug + ".epub holds " + entries + " entries");
                        }
                    }
                    default -> {
                        if (!new String(body, StandardCharsets.UTF_8).startsWith("---\n")) {
                            errors.add(slug + ".md does not start with its front matter");
                        }
                    }
                }
            } catch (IOException e) {
                errors.add(slug + "." + format + " is not whole: " + e);
            }
        }
    }
}
