package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service in a 128 MB heap, started as the README starts it, under an upload storm: 16 clients each
 * upload a 40 MB file at once (more than the heap, together five times it), 8 more upload real articles, and 2
 * slow clients send a few bytes and stall. A client answered 503 waits its {@code Retry-After} and sends again,
 * as a well-behaved client does. Throughout, a watcher asks {@code /observe/health} four times a second.
 * <p>
 * Then: every upload was answered (202, or 408 for the stalled clients); every accepted file was published or set
 * aside with a reason that {@code GET /api/uploads/NAME} gives (the 40 MB texts need more heap than a 128 MB
 * service has for conversions, and say so); health answered 200 every time, each within 5 s; the service is still
 * running and never ran out of memory; the most heap it used, read from its own metrics, is logged. The service's
 * log is kept in {@code target/upload-load-it/}.
 */
@Tag("integration")
class UploadLoadIT {

    private static final Path LOGS = Path.of("target/upload-load-it");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LARGE_UPLOADS = 16;
    private static final int LARGE_BYTES = 40_000_000;
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    private PackagedService service;
    private int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void endTheService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void sixteenFortyMegabyteUploadsAtOnceInA128MegabyteHeapAreEachPublishedOrRefusedWithAReason() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = Files.createDirectories(tmp.resolve("output"));
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        List<String> small = NumberedArticles.write(articles, 8);
        Path large = tmp.resolve("large.txt");
        Files.write(large, largeText());
        Files.createDirectories(LOGS);
        port = PackagedService.freePort();
        service = PackagedService.start(LOGS.resolve("service.log"), List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-Dpolypress.upload.idle-seconds=5"), "--input=" + input, "--output=" + output, "--port=" + port);
        service.waitForHealth(port, LOGS.resolve("service.log"));

        Health health = new Health();
        Thread watcher = new Thread(health, "health-watcher");
        watcher.start();
        ExecutorService clients = Executors.newFixedThreadPool(LARGE_UPLOADS + small.size() + 2);
        Map<String, Future<Integer>> uploads = new ConcurrentHashMap<>();
        List<Future<String>> stalled = new ArrayList<>();
        try {
            for (int n = 1; n <= LARGE_UPLOADS; n++) {
                String name = "large-" + n + ".txt";
                uploads.put(name, clients.submit(() -> upload(name, HttpRequest.BodyPublishers.ofFile(large))));
            }
            for (String name : small) {
                byte[] body = Files.readAllBytes(articles.resolve(name));
                uploads.put(name, clients.submit(() -> upload(name, HttpRequest.BodyPublishers.ofByteArray(body))));
            }
            for (int n = 1; n <= 2; n++) {
                String name = "slow-" + n + ".txt";
                stalled.add(clients.submit(() -> stallAfterAFewBytes(name)));
            }
            for (Map.Entry<String, Future<Integer>> upload : uploads.entrySet()) {
                assertEquals(202, upload.getValue().get(DEADLINE.toSeconds(), TimeUnit.SECONDS), upload.getKey());
            }
            for (Future<String> slow : stalled) {
                String reply = slow.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                assertTrue(reply.startsWith("HTTP/1.1 408"), "a stalled client is given up with a reason: " + reply);
            }
            // every accepted file is published or set aside, with the reason
            for (String name : uploads.keySet()) {
                JsonNode status = outcome(name);
                if (name.startsWith("large-")) {
                    assertEquals("failed", status.path("status").asText(), status.toString());
                    assertTrue(status.path("report").path("reason").asText()
                            .contains("too large for this service's memory"), status.toString());
                } else {
                    assertEquals("published", status.path("status").asText(), status.toString());
                }
            }
        } finally {
            health.stop.set(true);
            watcher.join(10_000);
            clients.shutdownNow();
        }
        assertTrue(service.process.isAlive(), "the service is still running");
        assertFalse(Files.readString(LOGS.resolve("service.log")).contains("OutOfMemoryError"), "it never ran out of memory");
        assertTrue(health.asked.get() >= 4, "health was asked throughout: " + health.asked.get() + " times");
        assertEquals(List.of(), health.failures, "every health check answered 200 within 5 s");
        long peak = health.peakHeap.get();
        System.out.printf("UploadLoadIT: %d health checks, slowest %d ms; most heap in use %d MB of 128%n",
                health.asked.get(), health.slowestMillis.get(), peak / (1024 * 1024));
        assertTrue(peak > 0 && peak <= 128L * 1024 * 1024, "heap read from the metrics: " + peak);
    }

    /** Sends the upload until it is not answered 503, waiting each time as Retry-After says; the last status. */
    private int upload(String name, HttpRequest.BodyPublisher body) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/articles?filename=" + name))
                    .header("Content-Type", "application/octet-stream").timeout(DEADLINE).POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503 || System.nanoTime() > deadline) {
                return response.statusCode();
            }
            assertTrue(response.body().contains("send this one again"), response.body());
            Thread.sleep(1000L * Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow()));
        }
    }

    /** A client that states a 1 MB body, sends 10 bytes and nothing more: the reply the server gives it. */
    private String stallAfterAFewBytes(String name) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout((int) DEADLINE.toMillis());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/articles?filename=" + name + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n0123456789")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!reply.startsWith("HTTP/1.1 503") || System.nanoTime() > deadline) {
                    return reply;
                }
            }
            Thread.sleep(1000);
        }
    }

    /** What became of an upload, once it is no longer waiting in the drop folder. */
    private JsonNode outcome(String name) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/uploads/" + name)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode status = JSON.readTree(response.body());
            String state = status.path("status").asText();
            if (state.equals("published") || state.equals("failed") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(250);
        }
    }

    /** Asks for health four times a second, and the heap in use from the metrics once a second. */
    private final class Health implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong asked = new AtomicLong();
        final AtomicLong slowestMillis = new AtomicLong();
        final AtomicLong peakHeap = new AtomicLong();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void run() {
            while (!stop.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/observe/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        failures.add(response.statusCode() + " " + response.body());
                    }
                    if (asked.incrementAndGet() % 4 == 0) {
                        peakHeap.accumulateAndGet(heapInUse(), Math::max);
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
                slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$");

    /** The heap in use, summed over its areas, as the service's metrics say. */
    private long heapInUse() throws Exception {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/observe/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        long used = 0;
        Matcher area = HEAP.matcher(metrics.body());
        while (area.find()) {
            used += (long) Double.parseDouble(area.group(1));
        }
        return used;
    }


    /** 40 MB of text: paragraphs of the fixtures' words. */
    private static byte[] largeText() throws IOException {
        StringBuilder words = new StringBuilder();
        for (Path fixture : NumberedArticles.fixtures()) {
            words.append(Files.readString(fixture, StandardCharsets.UTF_8)).append("\n\n");
        }
        byte[] unit = words.toString().getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[LARGE_BYTES];
        for (int at = 0; at < text.length; at += unit.length) {
            System.arraycopy(unit, 0, text, at, Math.min(unit.length, text.length - at));
        }
        return text;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

}
