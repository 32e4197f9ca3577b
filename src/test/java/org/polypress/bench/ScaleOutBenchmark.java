package org.polypress.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The throughput of one ingest node and 1, 2, 3 worker nodes over a real ActiveMQ Artemis broker (issue 15,
 * docs/scaling.md), a program rather than a test: the {@code bench} profile runs it after {@link Benchmark}
 * ({@code mvn -B -Pbench verify -DskipTests}; {@code -Dbench.main.skip=true} runs it alone). Parameters are
 * {@code name=value} arguments: {@code articles=300} seed-sized copies (each an article of no story, so each its own
 * message group) and {@code workers=1,2,3}. The broker is an instance of the distribution the build unpacks into
 * {@code target/artemis/}; the nodes are {@code java -jar target/polypress.jar --mode=...}, as docs/scaling.md
 * starts them. For each number of workers, a fresh output folder: the workers start, then the ingest node with the
 * articles already in its drop folder. Figures: articles per second from the 20th percentile of the ledger's lines to
 * the last (the nodes' start-up and first, interpreted articles left out), and each kind of node's processor time per
 * article (user + system, as the system counts it for the process). The report is printed and written to
 * {@code target/bench/scale-out.md}; everything else goes under {@code target/bench/scale-out/}, removed at the start.
 */
public final class ScaleOutBenchmark {

    private static final Path WORK = Path.of("target/bench/scale-out");
    private static final Path JAR = Path.of("target/polypress.jar");
    private static final Path ARTEMIS = Path.of("target/artemis/apache-artemis-2.40.0");
    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private final int articles;
    private final List<Integer> workerCounts;
    private final int roundTrips;
    private final List<Process> processes = new ArrayList<>();
    private Process broker;
    private String brokerUrl;

    private ScaleOutBenchmark(Map<String, String> options) {
        this.articles = Integer.parseInt(options.getOrDefault("articles", "300").strip());
        this.workerCounts = Stream.of(options.getOrDefault("workers", "1,2,3").split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).map(Integer::valueOf).toList();
        this.roundTrips = Integer.parseInt(options.getOrDefault("roundtrips", "500").strip());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        ScaleOutBenchmark bench = new ScaleOutBenchmark(options);
        try {
            bench.run();
        } finally {
            bench.endAll();
        }
    }

    /** One run's figures. */
    private record Run(int workers, double perSecond, double ingestPerSecond, double seconds, double ingestCpuMs,
            double workerCpuMs) {
    }

    private void run() throws Exception {
        if (articles <= 0) {
            System.out.println("[scale-out bench] skipped: articles=" + articles);
            return;
        }
        require(Files.isRegularFile(JAR), JAR + " is missing: run mvn -B -Pbench verify -DskipTests");
        require(Files.isDirectory(ARTEMIS), ARTEMIS + " is missing: the build unpacks it before the integration tests");
        deleteTree(WORK);
        Files.createDirectories(WORK);
        String loadBefore = loadAverage();
        startBroker();
        double[] roundTrip = roundTrips();
        List<Run> runs = new ArrayList<>();
        for (int workers : workerCounts) {
            runs.add(runWith(workers));
        }
        String loadAfter = loadAverage();

        StringBuilder report = new StringBuilder();
        report.append("# Scale-out benchmark\n\n");
        report.append(String.format("%d seed-sized articles (%d bytes each, each its own message group); 1 ingest node,"
                + " workers as below, one Artemis broker, all on this machine (%d cores); load average %s before, %s"
                + " after.%n%n", articles, Files.size(BenchArticles.SEED), Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter));
        report.append(String.format("The broker's round trips, %d messages of %d bytes on a queue of their own: a"
                + " persistent send (as the ingest node's) %.2f ms, a transacted receive and its commit (as a worker's)"
                + " %.2f ms.%n%n", roundTrips, MESSAGE_BYTES, roundTrip[0], roundTrip[1]));
        report.append("| workers | published articles/s | queued articles/s | ingest node's start to last publication |"
                + " ingest CPU per article | workers' CPU per article (together) |\n|---|---|---|---|---|---|\n");
        for (Run run : runs) {
            report.append(String.format("| %d | %.1f | %.1f | %.1f s | %.1f ms | %.1f ms |%n", run.workers(),
                    run.perSecond(), run.ingestPerSecond(), run.seconds(), run.ingestCpuMs(), run.workerCpuMs()));
        }
        System.out.println();
        System.out.print(report);
        Files.writeString(WORK.resolveSibling("scale-out.md"), report, StandardCharsets.UTF_8);
    }

    private Run runWith(int workers) throws Exception {
        Path folder = WORK.resolve(workers + "-workers");
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = Files.createDirectories(folder.resolve("output"));
        Path ledger = output.resolve(".state/published.jsonl");
        step(workers + " worker(s): " + articles + " articles");
        List<Process> nodes = new ArrayList<>();
        for (int w = 1; w <= workers; w++) {
            nodes.add(node(folder.resolve("worker-" + w + ".log"), List.of("-Xmx384m"), "--mode=worker",
                    "--output=" + output, "--port=" + freePort()));
        }
        // the workers listen before any article is queued, so the first articles are not all one worker's
        for (int w = 1; w <= workers; w++) {
            Path log = folder.resolve("worker-" + w + ".log");
            await(() -> contains(log, "worker taking articles from"), "worker " + w + " ready");
        }
        BenchArticles.seedCopies(input, 1, articles, "scale-out");
        long began = System.nanoTime();
        Process ingest = node(folder.resolve("ingest.log"), List.of("-Xmx512m"), "--mode=ingest",
                "--input=" + input, "--output=" + output, "--port=" + freePort());
        nodes.add(ingest);
        // one look every 50 ms at both ends: the drop folder the ingest node empties, the ledger the workers fill; the
        // figures are taken between a fifth and the whole of each (the start-up and the first, interpreted articles
        // left out), each node's processor time over the same stretch
        int from = Math.max(1, articles / 5);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long ingestFrom = 0;
        long ingestTo = 0;
        long publishFrom = 0;
        double ingestCpu = 0;
        double workerCpu = 0;
        while (true) {
            int left = waiting(input);
            int published = lines(ledger);
            long now = System.nanoTime();
            if (ingestFrom == 0 && left <= articles - from) {
                ingestFrom = now;
                ingestCpu = -cpuMillis(ingest);
            }
            if (ingestFrom != 0 && ingestTo == 0 && left == 0) {
                ingestTo = now;
                ingestCpu += cpuMillis(ingest);
            }
            if (publishFrom == 0 && published >= from) {
                publishFrom = now;
                workerCpu = -workersCpu(nodes, ingest);
            }
            if (published >= articles && ingestTo != 0) {
                break;
            }
            for (Process node : nodes) {
                require(node.isAlive(), "a node ended; the logs are in " + folder);
            }
            require(now < deadline, "waited " + PATIENCE + " for the articles; the logs are in " + folder);
            Thread.sleep(50);
        }
        long end = System.nanoTime();
        workerCpu += workersCpu(nodes, ingest);
        for (Process node : nodes) {
            node.destroy();
        }
        for (Process node : nodes) {
            node.waitFor(60, TimeUnit.SECONDS);
        }
        double perSecond = (articles - from) / ((end - publishFrom) / 1e9);
        double ingestPerSecond = (articles - from) / ((ingestTo - ingestFrom) / 1e9);
        Run run = new Run(workers, perSecond, ingestPerSecond, (end - began) / 1e9, ingestCpu / (articles - from),
                workerCpu / (articles - from));
        System.out.printf("  published %.1f articles/s, queued %.1f/s; %.1f s from the ingest node's start; CPU per"
                + " article: ingest %.1f ms, workers %.1f ms%n", run.perSecond(), run.ingestPerSecond(), run.seconds(),
                run.ingestCpuMs(), run.workerCpuMs());
        return run;
    }

    /** About the size of a seed-sized article's message: its article.json (5.7 KB) in the message's JSON. */
    private static final int MESSAGE_BYTES = 6 * 1024;

    /**
     * Milliseconds per message of a persistent send that waits for the broker to store it (the ingest node's) and
     * of a transacted receive committed once the message is handled (a worker's), over {@code roundtrips} messages.
     */
    private double[] roundTrips() throws Exception {
        if (roundTrips <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        step("round trips: " + roundTrips + " messages");
        byte[] body = new byte[MESSAGE_BYTES];
        try (var factory = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(brokerUrl);
                jakarta.jms.Connection connection = factory.createConnection()) {
            connection.start();
            jakarta.jms.Session sender = connection.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE);
            jakarta.jms.Queue queue = sender.createQueue("polypress.bench.round-trips");
            jakarta.jms.MessageProducer producer = sender.createProducer(queue);
            producer.setDeliveryMode(jakarta.jms.DeliveryMode.PERSISTENT);
            long began = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                jakarta.jms.BytesMessage message = sender.createBytesMessage();
                message.writeBytes(body);
                producer.send(message);
            }
            double send = (System.nanoTime() - began) / 1e6 / roundTrips;
            jakarta.jms.Session taker = connection.createSession(true, jakarta.jms.Session.SESSION_TRANSACTED);
            jakarta.jms.MessageConsumer consumer = taker.createConsumer(queue);
            began = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                require(consumer.receive(60_000) != null, "a round-trip message came back");
                taker.commit();
            }
            double take = (System.nanoTime() - began) / 1e6 / roundTrips;
            System.out.printf("  persistent send %.2f ms, transacted receive and commit %.2f ms%n", send, take);
            return new double[] {send, take};
        }
    }

    private static double workersCpu(List<Process> nodes, Process ingest) {
        return nodes.stream().filter(p -> p != ingest).mapToDouble(ScaleOutBenchmark::cpuMillis).sum();
    }

    /** Files still in the drop folder, Camel's lock markers and hidden ones aside. */
    private static int waiting(Path input) {
        try (Stream<Path> files = Files.list(input)) {
            return (int) files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.endsWith(".camelLock")).count();
        } catch (IOException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The processor time the system counts for {@code process}, in ms (user + system). */
    private static double cpuMillis(Process process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e6;
    }

    private void startBroker() throws Exception {
        int port = freePort();
        Path instance = WORK.resolve("broker");
        Process create = new ProcessBuilder(ARTEMIS.resolve("bin/artemis").toString(), "create", instance.toString(),
                "--silent", "--allow-anonymous", "--user", "polypress", "--password", "polypress", "--no-web",
                "--no-autotune", "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                "--no-hornetq-acceptor", "--host", "127.0.0.1", "--default-port", Integer.toString(port),
                "--java-memory", "256M").redirectErrorStream(true)
                .redirectOutput(WORK.resolve("broker-create.log").toFile()).start();
        require(create.waitFor(2, TimeUnit.MINUTES) && create.exitValue() == 0, "artemis create failed: see "
                + WORK.resolve("broker-create.log"));
        Path profile = instance.resolve("etc/artemis.profile");
        Files.writeString(profile, Files.readString(profile).replace("-Xms512M", "-Xms64M"));
        broker = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(WORK.resolve("broker.log").toFile()).start();
        processes.add(broker);
        brokerUrl = "tcp://127.0.0.1:" + port + "?consumerWindowSize=0";
        step("broker " + brokerUrl);
        await(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }, "the broker listening");
    }

    private Process node(Path log, List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dpolypress.broker.url=" + brokerUrl);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    /** The nodes first, the broker last. */
    private void endAll() throws InterruptedException {
        List<Process> all = new ArrayList<>(processes);
        all.remove(broker);
        if (broker != null) {
            all.add(broker);
        }
        for (Process process : all) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            for (Process process : processes) {
                require(process.isAlive() || process.exitValue() == 143 || process.exitValue() == 0,
                        "a process ended while waiting for " + what + "; the logs are in " + WORK);
            }
            require(System.nanoTime() < deadline, "waited " + PATIENCE + " for " + what + "; the logs are in " + WORK);
            Thread.sleep(50);
        }
    }

    private static boolean contains(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static int lines(Path file) {
        try {
            return Files.exists(file) ? (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void step(String what) {
        System.out.printf("[scale-out bench %s] %s%n", Instant.now().toString().substring(11, 19), what);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
