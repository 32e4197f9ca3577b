package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * The same routes as one ingest node and two worker nodes over a real ActiveMQ Artemis broker (docs/scaling.md):
 * the broker is Artemis's own distribution from Maven Central (unpacked into {@code target/artemis/} by the build),
 * an instance created and run as its own process on loopback; the nodes are the packaged service
 * ({@code java -jar target/polypress.jar --mode=...}). 300 articles (every round holds a story in three languages)
 * are dropped; one worker is killed with SIGKILL while the articles are being published, and started again; a
 * message that is no article is put on the queue too. Then: every article is published exactly once (one folder,
 * one ledger line), the output is byte for byte the output of a standalone {@code --once} run of the same files,
 * nothing is left on the queue once the workers have stopped, and the message that is no article is on the
 * dead-letter queue with the reason. The logs are kept in {@code target/scale-out-it/}.
 */
@Tag("integration")
class ScaleOutIT {

    private static final int ARTICLES = 300;
    private static final Path JAR = Path.of("target/polypress.jar");
    private static final Path ARTEMIS = Path.of("target/artemis/apache-artemis-2.40.0");
    private static final Path LOGS = Path.of("target/scale-out-it");
    private static final String QUEUE = "polypress.articles";
    private static final String DEAD_LETTERS = "polypress.articles.failed";
    /** Generous for a machine whose two cores other builds share: a node starts in 7 to 60 s. */
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(6);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    /** Every process the test started, the broker first. */
    private final List<Process> processes = new ArrayList<>();
    private Process broker;
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
    void oneIngestNodeAndTwoWorkersPublishEveryArticleOnceAsAStandaloneServiceDoes() throws Exception {
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
        Process worker1 = worker("worker-1", output);
        worker("worker-2", output);
        node("ingest", List.of("-Xmx512m"), "--mode=ingest", "--input=" + input, "--output=" + output,
                "--port=" + PackagedService.freePort(), "-Dpolypress.broker.url=" + brokerUrl);
        sendMessageThatIsNoArticle();

        Path ledger = output.resolve(".state/published.jsonl");
        await(() -> lines(ledger) >= ARTICLES / 4 || !worker1.isAlive(), "a quarter of the articles published");
        assertTrue(worker1.isAlive(), "worker 1 died by itself:\n" + tail("worker-1"));
        worker1.destroyForcibly();
        assertTrue(worker1.waitFor(30, TimeUnit.SECONDS), "the killed worker is gone");
        assertEquals(137, worker1.exitValue(), "killed with SIGKILL");
        int atKill = lines(ledger);
        System.out.printf("ScaleOutIT: worker 1 killed at %d published articles, %d ms after the broker started%n",
                atKill, millisSince(began));
        assertTrue(atKill < ARTICLES, "articles were still to be published when the worker was killed");
        worker("worker-1-restarted", output);

        await(() -> lines(ledger) >= ARTICLES && waiting(input).isEmpty(), "every article published");
        System.out.printf("ScaleOutIT: 1 ingest node and 2 workers published %d articles in %d ms%n", ARTICLES,
                millisSince(began));
        await(() -> deadLetters().size() == 1, "the message that is no article on the dead-letter queue");

        // the workers stop (their unacknowledged messages, if any, go back to the queue): nothing is left on it
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
        assertEquals(0, browse(QUEUE).size(), "messages left on the queue " + QUEUE);
        Message dead = deadLetters().get(0);
        assertTrue(dead.getStringProperty("PolypressFailureReason").contains("not an article"),
                "the reason is on the dead letter: " + dead.getStringProperty("PolypressFailureReason"));

        assertPublishedOnce(output, articles);
        assertSameOutput(standaloneOutput, output);
        // each node says what it is doing: the ingest node queues, the workers publish
        assertTrue(Files.readString(LOGS.resolve("ingest.log")).contains("queued " + articles.get(0) + " for the"
                + " workers as "), "the ingest node logs what it queued:\n" + tail("ingest"));
        String worker = Files.readString(LOGS.resolve("worker-2.log"));
        assertTrue(worker.contains("polypress: worker taking articles from " + QUEUE + " at " + brokerUrl)
                && worker.contains("published "), "the worker says where it takes articles from:\n" + tail("worker-2"));
    }

    /** An Artemis instance of the bin distribution, created in the test's folder and run as its own process. */
    private void startBroker() throws Exception {
        int port = PackagedService.freePort();
        Path instance = tmp.resolve("broker");
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

    private Process worker(String name, Path output) throws IOException {
        return node(name, List.of("-Xmx384m"), "--mode=worker", "--output=" + output,
                "--port=" + PackagedService.freePort(), "-Dpolypress.broker.url=" + brokerUrl);
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
        published.assertStoriesAreLinked();
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
