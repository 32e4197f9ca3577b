package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same routes as one ingest node and three worker nodes over a real ActiveMQ Artemis broker (docs/scaling.md):
 * the broker is Artemis's own distribution from Maven Central (unpacked into {@code target/artemis/} by the build),
 * an instance created and run as its own process on loopback; the nodes are the packaged service
 * ({@code java -jar target/polypress.jar --mode=...}). The 2,000 articles with
 * {@code -Dpolypress.scale-out.articles=2000}, 500 by default (2,000 take 11 minutes on the project's shared 2-core
 * machine, docs/scaling.md); every round of the fixtures holds a story in three languages. The ingest node halts
 * itself after a tenth of its sends, its last article on the queue and its file not yet archived
 * ({@code polypress.broker.halt-after-sends}); started again, it is killed with SIGKILL once a third of the files
 * have left the drop folder, and started again; one worker is killed with SIGKILL once a third of the articles are
 * published, and started again; then a message that is no article is put on the queue. Then: every article is
 * published exactly once (one folder, one ledger line), every story's EPUB holds each of its languages, the output
 * is byte for byte the output of a standalone {@code --once} run of the same files, the broker itself says that
 * every message put on the queue was acknowledged and none is left or in delivery (Artemis's {@code queue stat}),
 * and the message that is no article is on the dead-letter queue with the reason, listed with the failed files by
 * the ingest node's and a worker's download servers ({@code /api/failed}, the list page) and counted once in the
 * workers' {@code /observe/metrics}. The logs are kept in {@code target/scale-out-it/}.
 */
@Tag("integration")
class ScaleOutIT {

    /** The 2,000 with {@code -Dpolypress.scale-out.articles=2000}; fewer by default, for the build's time. */
    private static final int ARTICLES = Integer.getInteger("polypress.scale-out.articles", 500);
    private static final int WORKERS = 3;
    private static final Path JAR = Path.of("target/polypress.jar");
    private static final Path ARTEMIS = Path.of("target/artemis/apache-artemis-2.40.0");
    private static final Path LOGS = Path.of("target/scale-out-it");
    private static final String QUEUE = "polypress.articles";
    private static final String DEAD_LETTERS = "polypress.articles.failed";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous for a machine whose two cores other builds share: a node starts in 7 to 60 s. */
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(10);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    /** Every process the test started, the broker first. */
    private final List<Process> processes = new ArrayList<>();
    /** The port each node's download server listens on. */
    private final Map<Process, Integer> ports = new java.util.HashMap<>();
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Process broker;
    private Path brokerInstance;
    private int brokerPort;
    private String brokerUrl;

    @AfterEach
    void endEveryProcess() throws InterruptedException {
        // the nodes first, the broker last
        List<Process> all = new ArrayList<>(processes);
        all.remove(broker);
        if (broker != null) {
            all.add(broker);
        }
        for (Process process : all) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void oneIngestNodeAndThreeWorkersKilledMidRunPublishEveryArticleOnceAsAStandaloneServiceDoes() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: this test runs after the package phase (mvn verify)");
        assertTrue(Files.isDirectory(ARTEMIS), ARTEMIS + " is missing: the build unpacks it before the integration"
                + " tests (mvn verify)");
        Files.createDirectories(LOGS);
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        List<String> articles = NumberedArticles.write(input, ARTICLES);

        // the reference: a standalone batch of the same files
        Path standaloneInput = Files.createDirectories(tmp.resolve("standalone-input"));
        Path standaloneOutput = tmp.resolve("standalone-output");
        NumberedArticles.write(standaloneInput, ARTICLES);
        long began = System.nanoTime();
        Process standalone = node("standalone", List.of("-Xmx512m"), "--once", "--input=" + standaloneInput,
                "--output=" + standaloneOutput);
        assertTrue(standalone.waitFor(PHASE_TIMEOUT.toMinutes(), TimeUnit.MINUTES), "the standalone batch ended");
        assertEquals(0, standalone.exitValue(), "the standalone batch published everything:\n" + tail("standalone"));
        System.out.printf("ScaleOutIT: standalone batch of %d articles in %d ms%n", ARTICLES, millisSince(began));

        startBroker();
        began = System.nanoTime();
        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= WORKERS; w++) {
            workers.add(worker("worker-" + w, output));
        }
        // the ingest node halts itself, as kill -9 ends it, right after the broker stored an article and before that
        // file is archived (the test-only polypress.broker.halt-after-sends): a window no kill hits but by chance
        Process ingest = ingest("ingest", input, output, "-Dpolypress.broker.halt-after-sends=" + ARTICLES / 10);
        assertTrue(ingest.waitFor(PHASE_TIMEOUT.toMinutes(), TimeUnit.MINUTES), "the ingest node halted");
        assertEquals(137, ingest.exitValue(), "the ingest node halted as kill -9 ends it:\n" + tail("ingest"));
        String halted = haltedAfter(Files.readString(LOGS.resolve("ingest.log"), StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(input.resolve(halted)), halted + " is queued and still in the drop folder");
        System.out.printf("ScaleOutIT: ingest node halted after queuing %s, %d ms after the broker started%n", halted,
                millisSince(began));

        // started again, it is killed with SIGKILL while it still has files to take
        Process restarted = ingest("ingest-restarted", input, output);
        await(() -> waiting(input).size() <= ARTICLES * 2 / 3 || !restarted.isAlive(), "a third of the files taken");
        assertTrue(restarted.isAlive(), "the restarted ingest node died by itself:\n" + tail("ingest-restarted"));
        kill(restarted);
        int waitingAtKill = waiting(input).size();
        System.out.printf("ScaleOutIT: ingest node killed with %d files in the drop folder and %d published, %d ms"
                + " after the broker started%n", waitingAtKill, lines(output.resolve(".state/published.jsonl")),
                millisSince(began));
        assertTrue(waitingAtKill > 0, "files were still to be taken when the ingest node was killed");
        Process ingestAgain = ingest("ingest-restarted-again", input, output);

        Path ledger = output.resolve(".state/published.jsonl");
        Process worker1 = workers.get(0);
        await(() -> lines(ledger) >= ARTICLES / 3 || !worker1.isAlive(), "a third of the articles published");
        assertTrue(worker1.isAlive(), "worker 1 died by itself:\n" + tail("worker-1"));
        kill(worker1);
        int atKill = lines(ledger);
        System.out.printf("ScaleOutIT: worker 1 killed at %d published articles, %d ms after the broker started%n",
                atKill, millisSince(began));
        assertTrue(atKill < ARTICLES, "articles were still to be published when the worker was killed");
        Process worker1Again = worker("worker-1-restarted", output);
        // once the killed worker is back, so that the worker that dead-letters it still counts it at the end
        sendMessageThatIsNoArticle();

        await(() -> lines(ledger) >= ARTICLES && waiting(input).isEmpty(), "every article published");
        System.out.printf("ScaleOutIT: 1 ingest node and %d workers published %d articles in %d ms%n", WORKERS,
                ARTICLES, millisSince(began));
        await(() -> deadLetters().size() == 1, "the message that is no article on the dead-letter queue");
        assertDeadLetterShown(ingestAgain, List.of(workers.get(1), workers.get(2), worker1Again));
        // the broker's own count, the nodes still running: every message it took was acknowledged, none is left
        await(() -> settledNow(QUEUE), "every message on " + QUEUE + " acknowledged");
        JsonNode stat = queueStat(QUEUE);
        System.out.printf("ScaleOutIT: the broker took %s messages on %s and had %s acknowledged%n",
                stat.path("messagesAdded").asText(), QUEUE, stat.path("messagesAcked").asText());
        assertTrue(stat.path("messagesAdded").asLong() >= ARTICLES + 1, "every article and the bad message were"
                + " queued: " + stat);

        // the nodes stop (a worker's unacknowledged message would go back to the queue): nothing is left on it
        for (Process process : processes) {
            if (process != broker) {
                process.destroy();
            }
        }
        for (Process process : processes) {
            if (process != broker) {
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "a node stopped");
            }
        }
        assertTrue(settled(queueStat(QUEUE)), "nothing left or unacknowledged on " + QUEUE + ": " + queueStat(QUEUE));
        assertEquals(0, browse(QUEUE).size(), "messages left on the queue " + QUEUE);
        assertEquals(1, queueStat(DEAD_LETTERS).path("messageCount").asLong(), "one message on " + DEAD_LETTERS);
        Message dead = deadLetters().get(0);
        assertTrue(dead.getStringProperty("PolypressFailureReason").contains("not an article"),
                "the reason is on the dead letter: " + dead.getStringProperty("PolypressFailureReason"));

        assertPublishedOnce(output, articles);
        assertSameOutput(standaloneOutput, output);
        // the file queued before the halt was taken again by the restarted node: queued a second time (a worker then
        // found its bytes published) or found published by the node itself
        String again = Files.readString(LOGS.resolve("ingest-restarted.log"), StandardCharsets.UTF_8);
        assertTrue(again.contains("queued " + halted + " for the workers as ") || again.contains("unchanged " + halted
                + ":"), "the restarted ingest node took " + halted + " again:\n" + tail("ingest-restarted"));
        // each node says what it is doing: the ingest node queues, the workers publish
        assertTrue(Files.readString(LOGS.resolve("ingest.log")).contains("queued " + articles.get(0) + " for the"
                + " workers as "), "the ingest node logs what it queued:\n" + tail("ingest"));
        String worker = Files.readString(LOGS.resolve("worker-2.log"));
        assertTrue(worker.contains("polypress: worker taking articles from " + QUEUE + " at " + brokerUrl)
                && worker.contains("published "), "the worker says where it takes articles from:\n" + tail("worker-2"));
    }

    /**
     * The dead letter as the nodes show it: listed with the failed files by the ingest node's download server
     * ({@code /api/failed}) and on a worker's list page, from the report its worker wrote in the shared output, with
     * its file, reason, queue and time; and counted once by the workers ({@code /observe/metrics}).
     */
    private void assertDeadLetterShown(Process ingest, List<Process> workers) throws Exception {
        await(() -> listedDeadLetter(ingest) != null, "the dead letter listed by the ingest node's download server");
        JsonNode listed = listedDeadLetter(ingest);
        assertEquals("poison.json", listed.path("file").asText(), listed.toString());
        assertTrue(listed.path("reason").asText().contains("not an article"), listed.toString());
        assertEquals(DEAD_LETTERS, listed.path("queue").asText(), listed.toString());
        java.time.Instant.parse(listed.path("time").asText());
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(get(workers.get(0), "/"))
                .selectFirst("section.failed tr.dead-letter");
        assertTrue(row != null && row.selectFirst("td.file").text().equals("poison.json")
                && row.selectFirst("td.reason").text().contains("not an article")
                && row.selectFirst("td.queue").text().contains(DEAD_LETTERS), "on a worker's list page: " + row);
        double counted = 0;
        for (Process worker : workers) {
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^polypress_articles_dead_lettered_total"
                    + " (\\S+)$").matcher(get(worker, "/observe/metrics"));
            assertTrue(line.find(), "a worker's metrics count its dead letters");
            counted += Double.parseDouble(line.group(1));
        }
        assertEquals(1.0, counted, "the dead letter counted once, by the worker that put it on " + DEAD_LETTERS);
    }

    /** The dead letter of {@code poison.json} among the failed files a node's server lists, or null. */
    private JsonNode listedDeadLetter(Process node) {
        try {
            for (JsonNode failure : JSON.readTree(get(node, "/api/failed"))) {
                if (failure.path("file").asText().equals("poison.json") && failure.has("queue")) {
                    return failure;
                }
            }
            return null;
        } catch (IOException | AssertionError notYet) {
            return null;
        }
    }

    /** The body of a GET of {@code path} from a node's download server, answered 200. */
    private String get(Process node, String path) throws IOException {
        java.net.http.HttpResponse<String> response;
        try {
            response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                    + ports.get(node) + path)).timeout(Duration.ofSeconds(30)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertEquals(200, response.statusCode(), "GET " + path + ": " + response.body());
        return response.body();
    }

    /** An Artemis instance of the bin distribution, created in the test's folder and run as its own process. */
    private void startBroker() throws Exception {
        int port = PackagedService.freePort();
        Path instance = tmp.resolve("broker");
        brokerInstance = instance;
        brokerPort = port;
        Process create = new ProcessBuilder(ARTEMIS.resolve("bin/artemis").toString(), "create", instance.toString(),
                "--silent", "--allow-anonymous", "--user", "polypress", "--password", "polypress", "--no-web",
                "--no-autotune", "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                "--no-hornetq-acceptor", "--host", "127.0.0.1", "--default-port", Integer.toString(port),
                "--java-memory", "256M").redirectErrorStream(true).redirectOutput(LOGS.resolve("broker-create.log")
                        .toFile()).start();
        assertTrue(create.waitFor(2, TimeUnit.MINUTES), "the broker instance was created");
        assertEquals(0, create.exitValue(), "artemis create: see " + LOGS.resolve("broker-create.log"));
        // the instance's start-up heap is 512 MB, more than the 256 MB it may use
        Path profile = instance.resolve("etc/artemis.profile");
        Files.writeString(profile, Files.readString(profile).replace("-Xms512M", "-Xms64M"));
        broker = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(LOGS.resolve("broker.log").toFile()).start();
        processes.add(broker);
        brokerUrl = "tcp://127.0.0.1:" + port + "?consumerWindowSize=0";
        await(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException notYet) {
                return !broker.isAlive();
            }
        }, "the broker listening on port " + port);
        assertTrue(broker.isAlive(), "the broker ended at start-up:\n" + tail("broker"));
    }

    /**
     * What the broker says of {@code queue} ({@code artemis queue stat --json}, the instance's own command line,
     * over its acceptor): its counts of messages added, acknowledged, on the queue and in delivery; a missing node
     * for a queue the broker does not have.
     */
    private JsonNode queueStat(String queue) throws IOException, InterruptedException {
        Path log = LOGS.resolve("queue-stat.log");
        Process stat = new ProcessBuilder(brokerInstance.resolve("bin/artemis").toString(), "queue", "stat", "--url",
                "tcp://127.0.0.1:" + brokerPort, "--user", "polypress", "--password", "polypress", "--json", "--silent",
                "--field", "NAME", "--operation", "EQUALS", "--value", queue).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(stat.waitFor(2, TimeUnit.MINUTES), "artemis queue stat ended");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, stat.exitValue(), "artemis queue stat:\n" + text);
        assertTrue(text.contains("{"), "artemis queue stat printed JSON:\n" + text);
        for (JsonNode row : JSON.readTree(text.substring(text.indexOf('{'))).path("data")) {
            if (row.path("name").asText().equals(queue)) {
                return row;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Whether every message the queue took was acknowledged, with none on it or in delivery. */
    private static boolean settled(JsonNode stat) {
        return !stat.isMissingNode() && stat.path("messageCount").asLong(-1) == 0
                && stat.path("deliveringCount").asLong(-1) == 0
                && stat.path("messagesAcked").asLong(-1) == stat.path("messagesAdded").asLong(-2);
    }

    private boolean settledNow(String queue) {
        try {
            return settled(queueStat(queue));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed node is gone");
        assertEquals(137, process.exitValue(), "killed with SIGKILL");
    }

    private Process ingest(String name, Path input, Path output, String... more) throws IOException {
        int port = PackagedService.freePort();
        List<String> arguments = new ArrayList<>(List.of("--mode=ingest", "--input=" + input, "--output=" + output,
                "--port=" + port, "-Dpolypress.broker.url=" + brokerUrl));
        arguments.addAll(List.of(more));
        Process process = node(name, List.of("-Xmx512m"), arguments.toArray(String[]::new));
        ports.put(process, port);
        return process;
    }

    /** The file an ingest node's log says it halted after queuing ({@code polypress.broker.halt-after-sends}). */
    private static String haltedAfter(String log) {
        java.util.regex.Matcher halt = java.util.regex.Pattern.compile("halting after (\\S+) was queued").matcher(log);
        assertTrue(halt.find(), "the ingest node says which file it halted after:\n" + log);
        return halt.group(1);
    }

    private Process worker(String name, Path output) throws IOException {
        int port = PackagedService.freePort();
        Process process = node(name, List.of("-Xmx384m"), "--mode=worker", "--output=" + output, "--port=" + port,
                "-Dpolypress.broker.url=" + brokerUrl);
        ports.put(process, port);
        return process;
    }

    /**
     * {@code java -XX:+ExitOnOutOfMemoryError <jvm options> [-D...] -jar target/polypress.jar <arguments>}; the
     * arguments that start with {@code -D} are the JVM's.
     */
    private Process node(String name, List<String> jvmOptions, String... arguments) throws IOException {
        List<String> jvm = new ArrayList<>(jvmOptions);
        jvm.add("-XX:+ExitOnOutOfMemoryError");
        List<String> args = new ArrayList<>();
        for (String argument : arguments) {
            (argument.startsWith("-D") ? jvm : args).add(argument);
        }
        Process process = PackagedService.start(LOGS.resolve(name + ".log"), jvm, args.toArray(String[]::new)).process;
        processes.add(process);
        return process;
    }

    /** Bytes no ingest node wrote, as a worker would take them: they go to the dead-letter queue with the reason. */
    private void sendMessageThatIsNoArticle() throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            BytesMessage message = session.createBytesMessage();
            message.writeBytes("{\"not\": \"an article\"}".getBytes(StandardCharsets.UTF_8));
            message.setStringProperty("PolypressFile", "poison.json");
            message.setStringProperty("PolypressSha256", "0".repeat(64));
            producer.send(message);
        }
    }

    private List<Message> deadLetters() {
        try {
            return browse(DEAD_LETTERS);
        } catch (Exception notYet) {
            return List.of();
        }
    }

    private List<Message> browse(String queue) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            List<Message> messages = new ArrayList<>();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                for (var all = browser.getEnumeration(); all.hasMoreElements();) {
                    messages.add((Message) all.nextElement());
                }
            }
            return messages;
        }
    }

    /** One folder per article, one ledger line per article, naming that folder. */
    private static void assertPublishedOnce(Path output, List<String> articles) throws IOException {
        PublishedOutput published = new PublishedOutput(output);
        published.assertEachPublishedOnce(articles);
        published.assertHoldsOnlyPublishedFiles();
        published.assertEveryArticleIsComplete();
        int stories = published.assertStoriesAreLinked();
        assertTrue(stories >= articles.size() / NumberedArticles.fixtures().size(), "a story in several languages in"
                + " every round of the fixtures: " + stories);
    }

    /** The same files with the same bytes in both, the ledger's lines the same in any order. */
    private static void assertSameOutput(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the files published");
        List<String> different = want.keySet().stream().filter(f -> !java.util.Arrays.equals(want.get(f), got.get(f)))
                .toList();
        assertEquals(List.of(), different, "files whose bytes differ from the standalone run's");
        assertEquals(new TreeSet<>(Files.readAllLines(expected.resolve(".state/published.jsonl"))),
                new TreeSet<>(Files.readAllLines(actual.resolve(".state/published.jsonl"))), "the ledger's lines");
    }

    /** The published files (not {@code .state/}) by their path in the folder. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString();
                if (!relative.startsWith(".state")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static int lines(Path file) {
        try {
            return Files.exists(file) ? (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Files still in the drop folder, Camel's lock markers and hidden ones aside. */
    private static List<String> waiting(Path input) {
        try (Stream<Path> files = Files.list(input)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.endsWith(
                    ".camelLock")).toList();
        } catch (IOException e) {
            return List.of("(unreadable: " + e + ")");
        }
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + PHASE_TIMEOUT + " for: " + what + "; the logs are in " + LOGS.toAbsolutePath());
            }
            Thread.sleep(100);
        }
    }

    private static String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(LOGS.resolve(name + ".log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
