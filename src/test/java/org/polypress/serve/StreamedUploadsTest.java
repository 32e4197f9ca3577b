package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.Eventually;

/**
 * Uploads are written to the drop folder as they arrive, through the service's own routes: one at a time here
 * ({@code polypress.upload.concurrency=1}), a client silent for 2 s given up, a 1 MB limit. The clients that
 * stall or send half a body are raw sockets, as a slow or hostile client is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamedUploadsTest {

    private static final int LIMIT = 1024 * 1024;

    private ServedPipeline app;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        app = new ServedPipeline(tmp, Map.of("polypress.http.max-upload-bytes", Integer.toString(LIMIT),
                "polypress.upload.concurrency", "1", "polypress.upload.idle-seconds", "2"));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @AfterEach
    void noHiddenPartIsLeft() throws Exception {
        assertEquals(List.of(), hiddenParts(), "an upload's hidden part outlived its request");
    }

    @Test
    void theBodyReachesTheDropFolderAsItArrivesBeforeItEnds() throws Exception {
        byte[] article = article(200_000);
        try (Socket client = upload("arriving.txt", article.length)) {
            client.getOutputStream().write(article, 0, 150_000);
            client.getOutputStream().flush();
            // the first bytes are on disk while the rest is still to come: the body is not gathered in memory
            waitFor(() -> hiddenParts().stream().anyMatch(p -> size(p) >= 100_000));
            assertFalse(Files.exists(app.input.resolve("arriving.txt")), "the name is given only once the body is whole");
            client.getOutputStream().write(article, 150_000, article.length - 150_000);
            client.getOutputStream().flush();
            String reply = reply(client);
            assertTrue(reply.startsWith("HTTP/1.1 202"), reply);
        }
        waitFor(() -> !Files.exists(app.input.resolve("arriving.txt")));
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413AndNothingIsStored() throws Exception {
        // no Content-Length: the guard cannot refuse it before reading, so the first byte over the limit does
        HttpResponse<String> response = app.http.send(HttpRequest.newBuilder(app.uri("/api/articles?filename=chunked.txt"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(article(3 * LIMIT))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("larger than " + LIMIT + " bytes"), response.body());
        assertFalse(Files.exists(app.input.resolve("chunked.txt")));
    }

    @Test
    void oneUploadMoreThanAreReceivedAtATimeIs503WithRetryAfter() throws Exception {
        byte[] article = article(50_000);
        try (Socket first = upload("first.txt", article.length)) {
            first.getOutputStream().write(article, 0, 1000);
            first.getOutputStream().flush();
            waitFor(() -> !hiddenParts().isEmpty());
            HttpResponse<String> second = app.post("/api/articles?filename=second.txt", article);
            assertEquals(503, second.statusCode(), second.body());
            assertEquals(String.valueOf(Uploads.RETRY_AFTER_SECONDS), second.headers().firstValue("Retry-After").orElse(null));
            assertTrue(second.body().contains("send this one again"), second.body());
            assertFalse(Files.exists(app.input.resolve("second.txt")));
            first.getOutputStream().write(article, 1000, article.length - 1000);
            first.getOutputStream().flush();
            String reply = reply(first);
            assertTrue(reply.startsWith("HTTP/1.1 202"), reply);
        }
        // the place is free again
        assertEquals(202, app.post("/api/articles?filename=second.txt", article).statusCode());
    }

    @Test
    void aClientThatStopsSendingIsGivenUpWith408AndFreesItsPlace() throws Exception {
        byte[] article = article(50_000);
        try (Socket stalled = upload("stalled.txt", article.length)) {
            stalled.getOutputStream().write(article, 0, 1000);
            stalled.getOutputStream().flush();
            long start = System.nanoTime();
            String reply = reply(stalled);
            assertTrue(reply.startsWith("HTTP/1.1 408"), reply);
            assertTrue(reply.contains("stalled"), reply);
            assertTrue(System.nanoTime() - start >= 1_500_000_000L, "given up after the idle time, not before");
        }
        assertFalse(Files.exists(app.input.resolve("stalled.txt")));
        assertEquals(202, app.post("/api/articles?filename=after-the-stall.txt", article).statusCode());
    }

    @Test
    void aClientThatHangsUpHalfwayLeavesNothing() throws Exception {
        byte[] article = article(50_000);
        try (Socket gone = upload("gone.txt", article.length)) {
            gone.getOutputStream().write(article, 0, 20_000);
            gone.getOutputStream().flush();
            waitFor(() -> !hiddenParts().isEmpty());
        }
        waitFor(() -> hiddenParts().isEmpty());
        assertFalse(Files.exists(app.input.resolve("gone.txt")));
        assertEquals(202, app.post("/api/articles?filename=after-the-hang-up.txt", article).statusCode());
    }

    /** A client that has sent an upload's head, stating {@code length} bytes of body, and none of them yet. */
    private Socket upload(String name, int length) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/articles?filename=" + name + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The whole reply, read until the server closes or the body's stated length arrived. */
    private static String reply(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            int head = text.indexOf("\r\n\r\n");
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
            if (head > 0 && length.find() && text.length() - head - 4 >= Integer.parseInt(length.group(1))) {
                break;
            }
        }
        return text.toString();
    }

    private static byte[] article(int bytes) {
        StringBuilder text = new StringBuilder("The council approved the new tram line\n\n");
        while (text.length() < bytes) {
            text.append("The line will run from the station to the harbour, the mayor said on Tuesday. ");
        }
        return text.substring(0, bytes).getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> hiddenParts() throws IOException {
        try (Stream<Path> files = Files.list(app.input)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".upload-")).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return -1;
        }
    }

    private static void waitFor(Eventually.Condition condition) throws Exception {
        Eventually.waitFor(java.time.Duration.ofSeconds(20), condition);
    }
}
