package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands, run as written, so that it cannot drift from what Polypress does: every shell block is
 * one this test runs or {@code .ci/run} runs, the run command starts a service that serves, and the first article
 * comes out with the files, log line and slug the README names. The commands run in a scratch folder laid out as
 * the checkout (its {@code routes/}, {@code src/} and the {@code target/} this build made; fresh {@code input/} and
 * {@code output/}), with {@code POLYPRESS_HTTP_PORT=0} so that the service takes any free port, not 8080.
 */
class ReadmeIT {

    private static final Path README = Path.of("README.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```\\n(.*?)^```$", Pattern.DOTALL);

    @TempDir
    Path scratch;

    @Test
    void everyShellBlockIsRunByThisTestOrByCi() throws Exception {
        List<String> blocks = blocks();
        assertEquals(3, blocks.size(), "the README's blocks are the run command, the test command and the first article;"
                + " a new one needs running here: " + blocks);
        assertTrue(blocks.get(0).startsWith("mvn -B -q package -DskipTests && java "), blocks.get(0));
        assertEquals("mvn -B verify", blocks.get(1).strip());
        assertTrue(Files.readString(Path.of(".ci/run")).lines().anyMatch(l -> l.strip().equals("mvn -B verify")),
                ".ci/run runs the README's test command");
        assertTrue(blocks.get(2).startsWith("cp "), blocks.get(2));
    }

    @Test
    void theRunCommandServesAndTheFirstArticleComesOutAsTheReadmeSays() throws Exception {
        String readme = Files.readString(README);
        List<String> blocks = blocks();
        String[] run = blocks.get(0).strip().split(" && ", 2);
        // the build this test runs in has just packaged Polypress as the run command's first half does
        assertEquals("mvn -B -q package -DskipTests", run[0]);
        assertTrue(Files.isRegularFile(Path.of("target/polypress.jar")), "mvn package wrote target/polypress.jar");
        for (String linked : List.of("routes", "src", "target")) {
            Files.createSymbolicLink(scratch.resolve(linked), Path.of(linked).toAbsolutePath());
        }
        Files.createDirectories(scratch.resolve("input"));
        Files.createDirectories(scratch.resolve("output"));
        Path log = scratch.resolve("service.log");

        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "exec " + run[1]).directory(scratch.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("POLYPRESS_HTTP_PORT", "0");
        Process service = builder.start();
        try {
            String url = awaitLine(service, log, Pattern.compile("serving the published articles at (\\S+)"));
            assertEquals(200, get(url).statusCode(), "the service serves its list page at " + url);

            List<String> firstArticle = blocks.get(2).strip().lines().toList();
            assertEquals(2, firstArticle.size(), firstArticle.toString());
            Process copy = new ProcessBuilder("sh", "-c", firstArticle.get(0)).directory(scratch.toFile())
                    .inheritIO().start();
            assertEquals(0, copy.waitFor(), firstArticle.get(0));

            Matcher slug = Pattern.compile("the slug is\\s+`([a-z0-9-]+)`").matcher(readme);
            assertTrue(slug.find(), "the README names the seed's slug");
            String logged = awaitLine(service, log, Pattern.compile("published (peoples-daily-kazakhstan-china\\.txt as "
                    + Pattern.quote(slug.group(1)) + ") in \\d+ ms"));
            assertEquals("peoples-daily-kazakhstan-china.txt as " + slug.group(1), logged);

            String[] list = firstArticle.get(1).split("#", 2);
            Process ls = new ProcessBuilder("sh", "-c", list[0].strip()).directory(scratch.toFile())
                    .redirectErrorStream(true).start();
            String listed = new String(ls.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, ls.waitFor(), listed);
            List<String> said = Arrays.asList(list[1].strip().split("\\s+"));
            List<String> files = new ArrayList<>(Arrays.asList(listed.strip().split("\\s+")));
            assertEquals(said, files, "the files the README's comment lists");
            assertEquals(200, get(url + "articles/" + slug.group(1) + ".epub").statusCode());
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static List<String> blocks() throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(README));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    /** Waits for a line of the service's log that {@code pattern} finds; its first group. */
    private static String awaitLine(Process service, Path log, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher found = pattern.matcher(Files.readString(log));
            if (found.find()) {
                return found.group(1);
            }
            assertTrue(service.isAlive(), "the service ended: " + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("no line " + pattern + " in 2 minutes: " + Files.readString(log));
    }

    private static HttpResponse<Void> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
