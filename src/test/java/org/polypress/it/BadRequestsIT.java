package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand bad requests against the packaged service, as a scanner or a broken client in a loop sends them: ten
 * kinds (addresses with broken percent escapes, methods an address does not take, names that leave the drop
 * folder, forms, bodies over the limit), a hundred of each, each on its own connection. Every one is answered with
 * its 4xx status and one sentence as JSON; the service's log grows by a handful of lines, not by a stack trace
 * per request (before: some 60 lines for each broken escape). The log is kept in {@code target/bad-requests-it/}.
 */
@Tag("integration")
class BadRequestsIT {

    private static final Path LOG = Path.of("target/bad-requests-it/service.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EACH = 100;
    /** Lines the whole storm may add to the log: one a minute for each kind of line, whatever the number. */
    private static final int MOST_LOG_LINES = 6;

    /** The raw requests: what a client that does not follow the rules sends. */
    private static final Map<String, Integer> REQUESTS = new java.util.LinkedHashMap<>();

    static {
        REQUESTS.put("GET /api/articles/%zz HTTP/1.1\r\n\r\n", 400);
        REQUESTS.put("GET /articles/% HTTP/1.1\r\n\r\n", 400);
        REQUESTS.put("GET /api/articles?x=%zz HTTP/1.1\r\n\r\n", 400);
        REQUESTS.put("GET /api/uploads/%E0%A4%A HTTP/1.1\r\n\r\n", 400);
        REQUESTS.put("PUT /api/articles?filename=a.txt HTTP/1.1\r\nContent-Length: 1\r\n\r\nx", 405);
        REQUESTS.put("DELETE / HTTP/1.1\r\n\r\n", 405);
        REQUESTS.put("POST /api/articles?filename=..%2Fx.txt HTTP/1.1\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: 1\r\n\r\nx", 400);
        REQUESTS.put("POST /api/articles?filename=a.txt HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 3\r\n\r\na=b", 415);
        REQUESTS.put("POST /api/articles?filename=a.txt HTTP/1.1\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: 999999999999\r\n\r\n", 413);
        REQUESTS.put("POST /api/articles HTTP/1.1\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: 1\r\n\r\nx", 400);
    }

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    private PackagedService service;

    @AfterEach
    void endTheService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aThousandBadRequestsAreEachAnsweredWithAReasonAndTheLogGrowsByAHandfulOfLines() throws Exception {
        Files.createDirectories(LOG.getParent());
        int port = PackagedService.freePort();
        service = PackagedService.start(LOG, List.of("-XX:+ExitOnOutOfMemoryError"),
                "--input=" + Files.createDirectories(tmp.resolve("input")),
                "--output=" + Files.createDirectories(tmp.resolve("output")), "--port=" + port);
        service.waitForHealth(port, LOG);
        int linesBefore = Files.readAllLines(LOG).size();

        Map<String, Integer> wrong = new TreeMap<>();
        for (int round = 0; round < EACH; round++) {
            for (Map.Entry<String, Integer> request : REQUESTS.entrySet()) {
                String reply = send(port, request.getKey());
                String firstLine = request.getKey().substring(0, request.getKey().indexOf('\r'));
                if (!reply.startsWith("HTTP/1.1 " + request.getValue() + " ") || !saysWhy(reply)) {
                    wrong.merge(firstLine + " -> " + reply.lines().findFirst().orElse("(nothing)"), 1, Integer::sum);
                }
            }
        }
        assertEquals(Map.of(), wrong, "requests not answered with their status and a reason");
        // a 405 says what the address does take (the upload address takes POST, every address GET and HEAD)
        assertTrue(send(port, "PUT /api/articles?filename=a.txt HTTP/1.1\r\nContent-Length: 1\r\n\r\nx")
                .contains("\r\nAllow: GET, HEAD, POST\r\n"));
        assertTrue(send(port, "DELETE /articles/a-1.json HTTP/1.1\r\n\r\n").contains("\r\nAllow: GET, HEAD\r\n"));
        List<String> added = new ArrayList<>(Files.readAllLines(LOG).subList(linesBefore, Files.readAllLines(LOG).size()));
        assertTrue(added.size() <= MOST_LOG_LINES, added.size() + " lines logged for "
                + EACH * REQUESTS.size() + " bad requests:\n" + String.join("\n", added));
        assertTrue(service.process.isAlive());
    }

    /** Whether the reply's body is JSON with an {@code error} sentence. */
    private static boolean saysWhy(String reply) {
        int body = reply.indexOf("\r\n\r\n");
        if (body < 0) {
            return false;
        }
        try {
            JsonNode json = JSON.readTree(reply.substring(body + 4));
            return json.path("error").asText().length() > 10;
        } catch (IOException notJson) {
            return false;
        }
    }

    /** Sends one raw request on its own connection and reads the whole reply. */
    private static String send(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            int headEnd = request.indexOf("\r\n");
            String withHost = request.substring(0, headEnd + 2) + "Host: localhost\r\nConnection: close\r\n"
                    + request.substring(headEnd + 2);
            out.write(withHost.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // read as a client does: the head, then as many bytes as its Content-Length says
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream reply = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                reply.write(buffer, 0, n);
                String text = reply.toString(StandardCharsets.UTF_8);
                int head = text.indexOf("\r\n\r\n");
                java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)")
                        .matcher(text);
                if (head > 0 && length.find() && length.start() < head
                        && reply.size() - head - 4 >= Integer.parseInt(length.group(1))) {
                    break;
                }
            }
            return reply.toString(StandardCharsets.UTF_8);
        }
    }


}
