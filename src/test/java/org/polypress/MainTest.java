package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.testing.PublishedFolderAssertion;

/** The command line: {@code --once} batches, their exit status and summary line, and bad arguments. */
class MainTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String lastLine() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }

    private int goldenArticles;

    /** The input of every golden case, each in its own name. */
    private Path inputWithGoldenArticles() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        try (Stream<Path> files = Files.walk(GOLDEN, 2)) {
            for (Path article : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                Files.copy(article, input.resolve(article.getFileName()));
                goldenArticles++;
            }
        }
        return input;
    }

    @Test
    void onceConvertsEveryFileAndExitsZero() throws Exception {
        Path input = inputWithGoldenArticles();
        Path output = tmp.resolve("out");
        int status = run("--once", "--input=" + input, "--output=" + output);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(lastLine().matches("published " + goldenArticles + ", unchanged 0, failed 0 in \\d+ ms"), lastLine());
        List<Path> folders;
        try (Stream<Path> listed = Files.list(output)) {
            // article folders; the zh and ar versions of the seed story also make story-kazakhstan/
            folders = listed.filter(f -> Files.exists(f.resolve("article.json"))).toList();
        }
        assertEquals(goldenArticles, folders.size());
        for (Path folder : folders) {
            PublishedFolderAssertion.assertPublishedFolderIsComplete(folder);
        }
        try (Stream<Path> left = Files.list(input)) {
            assertEquals(List.of(".done"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void onceWithAFailedFileExitsOneAndStillPublishesTheRest() throws Exception {
        Path input = inputWithGoldenArticles();
        Files.write(input.resolve("empty.txt"), new byte[0]);
        int status = run("--once", "--input=" + input, "--output=" + tmp.resolve("out"));
        assertEquals(1, status);
        assertTrue(lastLine().matches("published " + goldenArticles + ", unchanged 0, failed 1 in \\d+ ms"), lastLine());
        assertTrue(Files.exists(input.resolve(".failed/empty.txt.error.json")));
    }

    @Test
    void onceOnAnEmptyFolderPublishesNothingAndExitsZero() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        assertEquals(0, run("--once", "--input=" + input, "--output=" + tmp.resolve("out")));
        assertTrue(lastLine().matches("published 0, unchanged 0, failed 0 in \\d+ ms"), lastLine());
    }

    @Test
    void aBatchStartsBuildingTheLanguageModelAndTikasParsersAsItStartsNotAtItsFirstArticle() throws Exception {
        // an empty folder: no article asks for them, so only the start-up can have begun building them
        Path input = Files.createDirectory(tmp.resolve("in"));
        java.util.Map<String, String> once = CommandLine.parse(new String[] {"--once", "--input=" + input,
                "--output=" + tmp.resolve("out")}).properties();
        org.apache.camel.main.Main batch = Main.batchMain(once);
        batch.start();
        try {
            org.apache.camel.spi.Registry registry = batch.getCamelContext().getRegistry();
            assertTrue(registry.lookupByNameAndType("extractor", org.polypress.ingest.ArticleExtractor.class)
                    .preloadStarted(), "Tika's parsers wait for the first article");
            assertTrue(registry.lookupByNameAndType("normalizer", org.polypress.normalize.DocumentNormalizer.class)
                    .preloadStarted(), "the language model waits for the first article");
        } finally {
            batch.stop();
        }
        // the same application started without the batch's listener (a service's is run, and builds them once
        // ready): nothing else starts them
        Path other = Files.createDirectory(tmp.resolve("in2"));
        org.apache.camel.main.Main started = Main.camelMain(CommandLine.parse(new String[] {"--once",
                "--input=" + other, "--output=" + tmp.resolve("out2")}).properties());
        started.start();
        try {
            assertFalse(started.getCamelContext().getRegistry().lookupByNameAndType("extractor",
                    org.polypress.ingest.ArticleExtractor.class).preloadStarted());
        } finally {
            started.stop();
        }
    }

    @Test
    void unknownArgumentExitsTwoWithUsage() throws Exception {
        assertEquals(2, run("--once", "--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown argument: --frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    @Test
    void emptyFolderArgumentExitsTwo() throws Exception {
        assertEquals(2, run("--once", "--input="));
    }

    @Test
    void missingInputFolderExitsTwo() throws Exception {
        assertEquals(2, run("--once", "--input=" + tmp.resolve("no-such-folder")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a folder"));
    }

    @Test
    void brokenRouteFileStopsStartUpWithAMessageAndExitsTwo() throws Exception {
        Path routes = Files.createDirectory(tmp.resolve("routes"));
        Files.writeString(routes.resolve("broken.camel.yaml"), "- route:\n    from:\n      uri: [unclosed\n");
        Path input = Files.createDirectory(tmp.resolve("in"));
        System.setProperty("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml");
        try {
            assertEquals(2, run("--once", "--input=" + input, "--output=" + tmp.resolve("out")));
        } finally {
            System.clearProperty("camel.main.routes-include-pattern");
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("could not start"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void routesThatNameNoFileStopStartUpSayingWhereTheyWereLookedForAndExitTwo() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Path linked = Files.createSymbolicLink(tmp.resolve("linked"), Path.of("routes").toAbsolutePath());
        java.util.Map<Path, String> said = java.util.Map.of(tmp.resolve("absent"), "There is no routes folder",
                empty, "holds no route file", linked, "is a link, which Camel does not follow");
        for (java.util.Map.Entry<Path, String> routes : said.entrySet()) {
            err.reset();
            System.setProperty("camel.main.routes-include-pattern", "file:" + routes.getKey() + "/*.camel.yaml");
            try {
                assertEquals(2, run("--once", "--input=" + input, "--output=" + tmp.resolve("out")), routes.getKey().toString());
            } finally {
                System.clearProperty("camel.main.routes-include-pattern");
            }
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains(routes.getValue()) && message.contains(routes.getKey().toString()), message);
        }
    }

    @Test
    void helpPrintsUsageAndExitsZero() throws Exception {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--once"));
    }

    @Test
    void versionPrintsTheVersionAndTheCommitOfTheBuildAndExitsZero() throws Exception {
        assertEquals(0, run("--version"));
        String printed = out.toString(StandardCharsets.UTF_8);
        // classes run from target/classes: no jar manifest, so no version; the commit file the build wrote
        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = Main.class.getResourceAsStream("/polypress-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        }
        String commit = build.getProperty("git.commit.id", "");
        assertTrue(printed.startsWith("polypress "), printed);
        assertTrue(commit.isEmpty() ? printed.contains("commit unknown")
                : printed.contains("(commit " + commit.substring(0, 12)), printed + " " + build);
        assertTrue(printed.contains("Java " + Runtime.version()), printed);
    }

    @Test
    void badPortOrHostExitsTwoWithTheReason() throws Exception {
        for (String bad : List.of("--port=http", "--port=65536", "--port=-1", "--port=", "--host=", "--host=a b")) {
            err.reset();
            assertEquals(2, run(bad), bad);
            // the first line gives the reason; the usage printed after it names every option anyway
            String reason = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertTrue(reason.startsWith("polypress: " + bad.substring(0, 6) + " needs "), bad + ": " + reason);
        }
    }

    @Test
    void hostAndPortBecomeTheHttpPropertiesAndOnceServesNothing() throws Exception {
        CommandLine serving = CommandLine.parse(new String[] {"--host=0.0.0.0", "--port=9090"});
        assertEquals("0.0.0.0", serving.properties().get("polypress.http.host"));
        assertEquals("9090", serving.properties().get("polypress.http.port"));
        assertEquals(null, serving.properties().get("polypress.http.enabled"), "the server runs unless told otherwise");
        assertEquals("false", CommandLine.parse(new String[] {"--once"}).properties().get("polypress.http.enabled"));
    }

    @Test
    void withoutTheServerTheHttpRoutesStayStoppedAndNothingListens() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        org.apache.camel.main.Main camel = Main.camelMain(java.util.Map.of(
                "polypress.input", Files.createDirectory(tmp.resolve("in")).toString(),
                "polypress.output", tmp.resolve("out").toString(),
                "polypress.http.enabled", "false",
                "polypress.http.port", Integer.toString(port)));
        camel.start();
        try {
            org.apache.camel.CamelContext context = camel.getCamelContext();
            assertTrue(context.getRouteController().getRouteStatus("ingest-article").isStarted());
            assertTrue(context.getRouteController().getRouteStatus("serve-downloads").isStopped());
            assertTrue(context.getRouteController().getRouteStatus("accept-uploads").isStopped());
            assertTrue(org.polypress.serve.ServerAddress.port(context).isEmpty());
            assertEquals(1, Main.startupLines(context).size(), "no address is announced: " + Main.startupLines(context));
            assertThrows(java.net.ConnectException.class, () -> new java.net.Socket("127.0.0.1", port).close());
        } finally {
            camel.stop();
        }
    }

    @Test
    void aStartedServiceSaysWhereItWatchesPublishesAndServesOnThePortItGot() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("in"));
        org.apache.camel.main.Main camel = Main.camelMain(java.util.Map.of(
                "polypress.input", input.toString(),
                "polypress.output", tmp.resolve("out").toString(),
                "polypress.http.port", "0"));
        camel.start();
        try {
            org.apache.camel.CamelContext context = camel.getCamelContext();
            int port = org.polypress.serve.ServerAddress.port(context).orElseThrow();
            assertTrue(port > 0, "the system chose a port: " + port);
            String url = "http://127.0.0.1:" + port + "/";
            assertEquals(List.of(
                    "polypress: watching " + input.toAbsolutePath() + ", publishing into "
                            + tmp.resolve("out").toAbsolutePath() + " (Ctrl-C to stop)",
                    "polypress: serving the published articles at " + url), Main.startupLines(context));
            java.net.http.HttpResponse<String> list = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "api/articles")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, list.statusCode(), "the announced address answers");
            assertEquals("[]", list.body().strip());
        } finally {
            camel.stop();
        }
    }

    @Test
    void theJvmIsKnownToEndAtItsFirstOutOfMemoryErrorAsTheTestsRunIt() {
        // surefire starts the tests with -XX:+ExitOnOutOfMemoryError, as the README starts the service; without it
        // the service warns at start-up
        assertTrue(Main.exitsOnOutOfMemory());
    }

    @Test
    void aSecondPolypressOnTheSameOutputFolderIsRefusedNamingTheHolderAndExitsTwo() throws Exception {
        Path input = inputWithGoldenArticles();
        Path output = tmp.resolve("out");
        org.apache.camel.main.Main first = Main.camelMain(java.util.Map.of("polypress.input", input.toString(),
                "polypress.output", output.toString(), "polypress.http.enabled", "false"));
        first.start();
        try {
            // a staging folder of the first one's publication in progress: the second's recovery must not touch it
            Path staging = Files.createDirectories(output.resolve(".staging-in-progress-1a2b3c4d-"
                    + java.util.UUID.randomUUID()));
            assertEquals(Main.BAD_ARGUMENTS, run("--once", "--input=" + input, "--output=" + output));
            String said = err.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("Another Polypress (PID " + ProcessHandle.current().pid() + " on "), said);
            assertTrue(said.contains("is publishing into " + output.toAbsolutePath()), said);
            assertTrue(Files.isDirectory(staging), "the first one's staging folder is left alone");
            Files.delete(staging);
        } finally {
            first.stop();
        }
        // let go when the first stops: the folder can be used again
        assertEquals(Main.OK, run("--once", "--input=" + input, "--output=" + output));
    }
}
