package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.polypress.MainAccess;
import org.polypress.testing.TestProperties;

/**
 * The real application (the route files of {@code routes/}, the beans of the configuration) on temporary
 * folders, serving HTTP on a free port of the loopback address, with articles published through its drop
 * folder as a newsroom would.
 */
final class ServedPipeline implements AutoCloseable {

    static final Path STORIES = Path.of("src/test/resources/stories");
    static final Path HOSTILE = Path.of("src/test/resources/serve/hostile-headline.txt");
    /** An English article of its own: the story's English version is the seed article, byte for byte. */
    static final Path PORT = Path.of("src/test/resources/golden/xinhua-port-two-authors/xinhua-port-two-authors.txt");

    final Path input;
    final Path output;
    final int port;
    final org.apache.camel.main.Main camel;
    /** HTTP/1.1 as browsers speak it to an http:// address (they never upgrade to cleartext HTTP/2). */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServedPipeline(Path tmp, Map<String, String> more) throws Exception {
        input = Files.createDirectories(tmp.resolve("input"));
        output = tmp.resolve("output");
        // any free port; the server says which
        Map<String, String> properties = TestProperties.forFolders(input, output);
        properties.putAll(more);
        camel = MainAccess.camelMain(properties);
        camel.start();
        port = ServerAddress.port(camel.getCamelContext()).orElseThrow(() -> new AssertionError("no HTTP server"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Drops {@code files} (source → name in the drop folder) and waits until each is published or set aside. */
    void publish(Map<Path, String> files) throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel.getCamelContext()).fromRoute("ingest-article")
                .whenDone(files.size()).create();
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.copy(file.getKey(), input.resolve(file.getValue()));
        }
        assertTrue(done.matches(90, TimeUnit.SECONDS), "the drop folder route did not finish in time");
    }

    /** The newsroom's usual morning: a story in three languages, an English article, a hostile headline. */
    void publishFixtures() throws Exception {
        publish(Map.of(
                STORIES.resolve("kazakhstan.en.txt"), "kazakhstan.en.txt",
                STORIES.resolve("kazakhstan.zh.txt"), "kazakhstan.zh.txt",
                STORIES.resolve("kazakhstan.ar.txt"), "kazakhstan.ar.txt",
                PORT, "port.txt",
                HOSTILE, "hostile.txt"));
    }

    /** The slugs published, by the name of the file they came from. */
    Map<String, String> slugsBySource() throws IOException {
        Map<String, String> slugs = new HashMap<>();
        try (Stream<Path> folders = Files.list(output)) {
            for (Path json : folders.map(f -> f.resolve("article.json")).filter(Files::exists).toList()) {
                com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
                slugs.put(node.path("source").path("fileName").asText(), node.path("slug").asText());
            }
        }
        return slugs;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> head(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post ({@code application/x-www-form-urlencoded}), as a browser sends the list page's retry button. */
    HttpResponse<String> postForm(String path, String form, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The list page's upload form as a browser sends it: {@code multipart/form-data} with the file in its field
     * {@code file}, named {@code fileName}.
     */
    HttpResponse<String> postUpload(String fileName, byte[] content, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----PolypressTestBoundary" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/upload")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sets {@code content} aside in {@code .failed/} as the pipeline does, with a report saying {@code reason}. */
    void setAside(String name, byte[] content, String stage, String reason, String detail) throws IOException {
        Path failed = Files.createDirectories(input.resolve(".failed"));
        Files.write(failed.resolve(name), content);
        Map<String, String> report = new java.util.LinkedHashMap<>();
        report.put("file", name);
        report.put("archivedAs", ".failed/" + name);
        report.put("stage", stage);
        report.put("reason", reason);
        report.put("detail", detail);
        report.put("time", java.time.Instant.now().toString());
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(failed.resolve(name + ".error.json").toFile(), report);
    }

    /** The files of the drop folder that are not hidden. */
    List<String> visibleInput() throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
