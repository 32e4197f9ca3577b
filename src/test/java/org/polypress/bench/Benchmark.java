package org.polypress.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.polypress.PolypressConfiguration;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.ingest.Extraction;
import org.polypress.model.Article;
import org.polypress.normalize.DocumentNormalizer;
import org.polypress.normalize.NormalizedDocument;
import org.polypress.publish.ArticlePublisher;
import org.polypress.recognize.ArticleRecognizer;
import org.polypress.render.Renderer;
import org.polypress.render.Renditions;
import org.polypress.render.epub.EpubRenderer;
import org.polypress.render.json.JsonRenderer;
import org.polypress.render.markdown.MarkdownRenderer;

/**
 * The performance benchmark of issue 6, a program rather than a test: {@code mvn -B -Pbench verify -DskipTests}
 * builds the application and runs it (see the {@code bench} profile of the pom and docs/performance.md
 * section). Parameters are {@code name=value} arguments:
 * <ul>
 * <li>{@code seed=1000}: seed-sized articles in the timed end-to-end batch (after {@code warmup=10000}: after 3,000 the JIT compiler still took a fifth to half of a core, and the batch ran 20 % slower);</li>
 * <li>{@code rounds=2}: timed rounds of the mixed series, one article per language and size a round, sizes
 * {@code sizes=3,10,30,100,300} KB (after one round of warm-up);</li>
 * <li>{@code workers=0}: the application's {@code polypress.workers} (0: one per core);</li>
 * <li>{@code latency=30}, {@code interval=250}: files dropped one at a time, every so many ms, in service mode;</li>
 * <li>{@code stages=300}: seed-sized articles timed stage by stage (and every mixed article of the timed rounds);</li>
 * <li>{@code startups=3}: {@code java -jar target/polypress.jar} started this many times;</li>
 * <li>{@code pandoc=60}: seed-sized articles Pandoc converts, and the first timed mixed round ({@code 0}: no
 * Pandoc), with {@code pandoc-workers=2}.</li>
 * </ul>
 * Everything is generated into and published under {@code target/bench/work}, removed at the end; the report is
 * printed and written to {@code target/bench/report.md}.
 */
public final class Benchmark {

    private static final Path BENCH = Path.of("target/bench");
    private static final Path WORK = BENCH.resolve("work");
    private static final Path JAR = Path.of("target/polypress.jar");
    /** The class data sharing archive the build writes beside the jar, used as the README's run command uses it. */
    private static final Path CLASS_DATA = Path.of("target/polypress.jsa");

    private final Map<String, String> options;
    private final PrintStream out = System.out;
    private final PrintStream appLog;
    private final StringBuilder report = new StringBuilder();
    private final List<String[]> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final MemoryWatch memory = new MemoryWatch();

    private Benchmark(Map<String, String> options) throws IOException {
        this.options = options;
        Files.createDirectories(BENCH);
        appLog = new PrintStream(Files.newOutputStream(BENCH.resolve("app.log")), true, StandardCharsets.UTF_8);
    }

    /** The benchmark's arguments, each {@code name=value}. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("arguments are name=value: " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        new Benchmark(options).run();
        // the Camel applications are stopped; their executor threads must not keep the JVM
        System.exit(0);
    }

    private int option(String name, int defaultValue) {
        String value = options.get(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }

    private List<Integer> sizes() {
        String value = options.getOrDefault("sizes", "3,10,30,100,300");
        return Stream.of(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private void step(String what) {
        out.printf("[bench %s] %s%n", Instant.now().toString().substring(11, 19), what);
    }

    private void run() throws Exception {
        int seedCount = option("seed", 1000);
        int warmup = option("warmup", 10000);
        int rounds = option("rounds", 2);
        int workers = option("workers", 0);
        int latencyCount = option("latency", 30);
        int interval = option("interval", 250);
        int stageCount = option("stages", 300);
        int startups = option("startups", 3);
        int pandocCount = option("pandoc", 60);
        int pandocWorkers = option("pandoc-workers", 2);
        List<Integer> sizes = sizes();
        String loadBefore = loadAverage();
        deleteTree(WORK);
        Files.createDirectories(WORK);

        step("generating articles into " + WORK);
        BenchArticles sources = BenchArticles.load();
        Path gen = WORK.resolve("generated");
        List<BenchArticles.Generated> seedWarmup = BenchArticles.seedCopies(gen.resolve("seed-warmup"), 1, warmup, "seed-warmup");
        List<BenchArticles.Generated> seedTimed = BenchArticles.seedCopies(gen.resolve("seed"), 1, seedCount, "seed");
        List<BenchArticles.Generated> mixedWarmup = sources.mixed(gen.resolve("mixed-warmup"), sizes, 0, "mixed-warmup");
        List<BenchArticles.Generated> mixedTimed = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            mixedTimed.addAll(sources.mixed(gen.resolve("mixed"), sizes, round, "mixed"));
        }
        int languages = sources.languages().size();
        notes.addAll(sources.notes());
        long mixedBytes = mixedTimed.stream().mapToLong(BenchArticles.Generated::bytes).sum();
        out.printf("%d seed-sized articles (+%d warm-up), %d mixed articles (+%d warm-up) in %d languages from %d"
                + " source articles, %d to %d bytes%n", seedTimed.size(), seedWarmup.size(), mixedTimed.size(),
                mixedWarmup.size(), languages, sources.sourceCount(),
                mixedTimed.stream().mapToInt(BenchArticles.Generated::bytes).min().orElse(0),
                mixedTimed.stream().mapToInt(BenchArticles.Generated::bytes).max().orElse(0));

        Map<String, String> fast = new LinkedHashMap<>();
        fast.put("polypress.workers", String.valueOf(workers));
        fast.put("polypress.poll.delay", "100");
        fast.put("polypress.read-lock.min-age", "100");
        fast.put("polypress.read-lock.check-interval", "50");
        double seedRate;
        double mixedRate;
        Samples fastLatency;
        PrintStream err = System.err;
        // slf4j-simple writes to whatever System.err is at each line: the application's log goes to app.log
        System.setErr(appLog);
        try (RunningApp app = RunningApp.start(WORK.resolve("app-fast"), fast)) {
            step("end to end, seed-sized: warm-up batch of " + seedWarmup.size());
            dropBatch(app, seedWarmup);
            step("end to end, seed-sized: timed batch of " + seedTimed.size());
            long nanos = dropBatch(app, seedTimed);
            seedRate = seedTimed.size() / (nanos / 1e9);
            out.printf("  %d articles in %.2f s: %.1f articles/s%n", seedTimed.size(), nanos / 1e9, seedRate);
            step("end to end, mixed: warm-up batch of " + mixedWarmup.size());
            dropBatch(app, mixedWarmup);
            step("end to end, mixed: timed batch of " + mixedTimed.size());
            nanos = dropBatch(app, mixedTimed);
            mixedRate = mixedTimed.size() / (nanos / 1e9);
            out.printf("  %d articles (%.1f MB) in %.2f s: %.1f articles/s%n", mixedTimed.size(), mixedBytes / 1e6,
                    nanos / 1e9, mixedRate);
            step("service mode, short read lock: " + latencyCount + " files dropped one every " + interval + " ms");
            fastLatency = dropOneAtATime(app, gen.resolve("latency-fast"), latencyCount, interval);
            out.printf("  drop to published p50 %.0f ms, p95 %.0f ms%n", fastLatency.percentile(50),
                    fastLatency.percentile(95));
        } finally {
            System.setErr(err);
        }
        Samples defaultLatency;
        System.setErr(appLog);
        try (RunningApp app = RunningApp.start(WORK.resolve("app-default"),
                Map.of("polypress.workers", String.valueOf(workers)))) {
            step("service mode, default settings: " + latencyCount + " files dropped one every " + interval + " ms");
            defaultLatency = dropOneAtATime(app, gen.resolve("latency-default"), latencyCount, interval);
            out.printf("  drop to published p50 %.0f ms, p95 %.0f ms%n", defaultLatency.percentile(50),
                    defaultLatency.percentile(95));
        } finally {
            System.setErr(err);
        }
        long heapAfterGcE2e = memory.maxAfterGc();

        step("stage by stage, in-process");
        StageTimes stages = new StageTimes(WORK.resolve("stages-output"));
        System.setErr(appLog);
        Map<String, Samples> seedStages;
        Map<String, Samples> mixedStages;
        Samples big = new Samples();
        Map<String, Double> bigByLanguage = new TreeMap<>();
        int biggest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        try {
            stages.time(mixedWarmup, null);
            stages.time(seedWarmup.subList(0, Math.min(100, seedWarmup.size())), null);
            seedStages = stages.time(seedTimed.subList(0, Math.min(stageCount, seedTimed.size())), null);
            Map<BenchArticles.Generated, Double> totals = new LinkedHashMap<>();
            mixedStages = stages.time(mixedTimed, totals);
            totals.forEach((article, ms) -> {
                if (article.file().getFileName().toString().endsWith(String.format("-%03dk.txt", biggest))) {
                    big.add(ms);
                    bigByLanguage.merge(article.language(), ms, Math::max);
                }
            });
        } finally {
            System.setErr(err);
        }

        Samples ready = new Samples();
        Samples firstPublished = new Samples();
        long childRss = -1;
        if (startups > 0 && Files.isRegularFile(JAR)) {
            step("start-up of java " + (Files.isRegularFile(CLASS_DATA) ? "-XX:SharedArchiveFile=" + CLASS_DATA + " " : "")
                    + "-jar " + JAR + ", " + startups + " times");
            for (int i = 1; i <= startups; i++) {
                long[] result = startUp(WORK.resolve("startup-" + i));
                ready.addNanos(result[0]);
                firstPublished.addNanos(result[1]);
                childRss = Math.max(childRss, result[2]);
                out.printf("  ready after %.2f s, first article published after %.2f s%n", result[0] / 1e9,
                        result[1] / 1e9);
            }
        } else if (startups > 0) {
            notes.add("start-up not measured: " + JAR + " is missing (build it with mvn -B -q package -DskipTests)");
        }

        Double pandocSeed = null;
        Double pandocMixed = null;
        String pandocVersion = Pandoc.version();
        if (pandocCount <= 0) {
            notes.add("Pandoc comparison skipped: pandoc=0");
        } else if (pandocVersion == null) {
            notes.add("Pandoc comparison skipped: pandoc is not on the PATH (apt-get install pandoc)");
            out.println("pandoc is not installed: the comparison with Pandoc is skipped");
        } else {
            Pandoc pandoc = new Pandoc(WORK.resolve("pandoc"), pandocWorkers);
            List<BenchArticles.Generated> seedSubset = seedTimed.subList(0, Math.min(pandocCount, seedTimed.size()));
            step(pandocVersion + ": " + seedSubset.size() + " seed-sized articles to gfm, json and epub3, "
                    + pandocWorkers + " workers");
            pandocSeed = seedSubset.size() / (pandoc.convert(seedSubset) / 1e9);
            out.printf("  %.1f articles/s%n", pandocSeed);
            List<BenchArticles.Generated> mixedSubset = mixedTimed.subList(0, Math.min(mixedTimed.size(),
                    languages * sizes.size()));
            step(pandocVersion + ": " + mixedSubset.size() + " mixed articles to gfm, json and epub3");
            pandocMixed = mixedSubset.size() / (pandoc.convert(mixedSubset) / 1e9);
            out.printf("  %.1f articles/s%n", pandocMixed);
        }

        String loadAfter = loadAverage();
        long rss = MemoryWatch.peakRss(ProcessHandle.current().pid());

        // the figures
        figures.add(new String[] {"seed-sized article (" + seedTimed.get(0).bytes() + " bytes), end to end, steady state",
            String.format("**%.0f articles/s** (%d in %.1f s)", seedRate, seedTimed.size(), seedTimed.size() / seedRate),
            "≥ 500 articles/s"});
        figures.add(new String[] {String.format("mixed articles, %d languages, %s KB (%.1f MB), end to end",
            languages, sizes.stream().map(String::valueOf).collect(Collectors.joining("/")), mixedBytes / 1e6),
            String.format("**%.1f articles/s**, %.2f MB/s (%d in %.1f s)", mixedRate,
                    mixedBytes / 1e6 / (mixedTimed.size() / mixedRate), mixedTimed.size(), mixedTimed.size() / mixedRate),
            ""});
        if (pandocSeed != null) {
            figures.add(new String[] {"Pandoc, seed-sized article, gfm + json + epub3 (" + pandocWorkers
                + " workers, a process per file and format)", String.format("%.1f articles/s: Polypress **%.1f×**",
                        pandocSeed, seedRate / pandocSeed), "≥ 20×"});
            figures.add(new String[] {"Pandoc, mixed articles, the same way", String.format(
                "%.2f articles/s: Polypress **%.1f×**", pandocMixed, mixedRate / pandocMixed), ""});
        } else {
            figures.add(new String[] {"Pandoc", "skipped: " + (pandocVersion == null ? "not installed" : "pandoc=0"),
                "≥ 20×"});
        }
        figures.add(new String[] {String.format("a %d KB article, extract → publish in-process (%d, every language)",
            biggest, big.count()), String.format("**p50 %.0f ms, max %.0f ms** (slowest: %s)", big.percentile(50),
                    big.max(), slowest(bigByLanguage)), "≤ 250 ms"});
        figures.add(new String[] {"drop → published, service mode, default settings (" + latencyCount + " files, one every "
            + interval + " ms)", String.format("**p50 %.0f ms, p95 %.0f ms**", defaultLatency.percentile(50),
                    defaultLatency.percentile(95)), ""});
        figures.add(new String[] {"the same with poll delay 100 ms, read-lock min-age 100 ms, check interval 50 ms",
            String.format("p50 %.0f ms, p95 %.0f ms", fastLatency.percentile(50), fastLatency.percentile(95)), ""});
        if (ready.count() > 0) {
            figures.add(new String[] {"start-up to ready (`GET /observe/health` answers 200"
                + (Files.isRegularFile(CLASS_DATA) ? ", with the class data archive" : "") + "), median of " + ready.count(),
                String.format("**%.2f s** (%.2f–%.2f)", ready.percentile(50) / 1000, minOf(ready) / 1000,
                        ready.max() / 1000), "≤ 3 s"});
            figures.add(new String[] {"start-up to the first article (dropped before start) published, median",
                String.format("%.2f s", firstPublished.percentile(50) / 1000), ""});
            figures.add(new String[] {"resident memory (peak, VmHWM) of `java -jar` after start-up and one article",
                mb(childRss), ""});
        }
        figures.add(new String[] {"heap of the benchmark JVM (-Xmx " + mb(MemoryWatch.maxHeap()) + "), most in use after a"
            + " garbage collection: during the end-to-end batches / whole run (it ran to the end: no article failed"
            + " for want of memory)", "**" + mb(heapAfterGcE2e) + "** / "
                + mb(memory.maxAfterGc()), "≤ 256 MB"});
        figures.add(new String[] {"heap of the benchmark JVM, most in use at any moment (sampled) / most committed",
            mb(memory.maxUsed()) + " / " + mb(memory.maxCommitted()), ""});
        figures.add(new String[] {"resident memory (peak, VmHWM) of the benchmark JVM", mb(rss), ""});

        report.append("## Polypress benchmark\n\n");
        report.append(machine()).append('\n');
        report.append(String.format("Load average before: %s, after: %s. Run: %s.%n%n", loadBefore, loadAfter, options.isEmpty()
                ? "defaults" : options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "))));
        report.append("| what | figure | target |\n|---|---|---|\n");
        for (String[] row : figures) {
            report.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        report.append("\nTime per stage, in-process, ms: mean / p50 / p95 (").append(seedStages.get("extract").count())
                .append(" seed-sized articles, ").append(mixedStages.get("extract").count()).append(" mixed)\n\n");
        report.append("| stage | seed-sized | mixed ").append(sizes.stream().map(String::valueOf)
                .collect(Collectors.joining("/"))).append(" KB |\n|---|---:|---:|\n");
        for (String stage : seedStages.keySet()) {
            report.append("| ").append(stage).append(" | ").append(seedStages.get(stage).summary()).append(" | ")
                    .append(mixedStages.get(stage).summary()).append(" |\n");
        }
        report.append("\nThe slowest ").append(biggest).append(" KB article per language, extract → publish, ms: ")
                .append(bigByLanguage.entrySet().stream().map(e -> String.format("%s %.0f", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "))).append(".\n");
        report.append(String.format("%nIn service mode a file is taken once it has settled: the file consumer lists the"
                + " drop folder every polypress.poll.delay ms (default 1000), and the read lock takes a file only once it"
                + " was last modified polypress.read-lock.min-age ms ago (default 1000) and kept its size and time over"
                + " polypress.read-lock.check-interval ms (default 250); the poll that lists a fresh file holds it until"
                + " then, and the conversion is the rest. The end-to-end batches are dropped as settled files (modified"
                + " 5 s before) into the application running with a poll delay of 100 ms, and timed from the first"
                + " file's arrival to the last article's publication, after a warm-up batch of the same kind.%n"));
        for (String note : notes) {
            report.append("\n").append("Note: ").append(note).append('\n');
        }
        out.println();
        out.println(report);
        Files.writeString(BENCH.resolve("report.md"), report.toString());
        out.println("written to " + BENCH.resolve("report.md") + "; the application's log: " + BENCH.resolve("app.log"));
        memory.close();
        deleteTree(WORK);
    }

    private static String slowest(Map<String, Double> byLanguage) {
        return byLanguage.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> String.format("%s, %.0f ms", e.getKey(), e.getValue())).orElse("none");
    }

    private static double minOf(Samples samples) {
        return samples.percentile(0);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%.0f MB", bytes / 1048576.0);
    }

    /**
     * Drops a batch of settled files (modified 5 s ago, moved into the drop folder whole) and waits until all are
     * published; returns the nanoseconds from the first file's arrival to the last publication.
     */
    private long dropBatch(RunningApp app, List<BenchArticles.Generated> articles) throws Exception {
        Path stage = Files.createDirectories(app.input.resolveSibling("stage"));
        FileTime settled = FileTime.from(Instant.now().minusSeconds(5));
        List<Path> staged = new ArrayList<>(articles.size());
        for (BenchArticles.Generated article : articles) {
            Path copy = Files.copy(article.file(), stage.resolve(article.file().getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(copy, settled);
            staged.add(copy);
        }
        List<String> names = staged.stream().map(p -> p.getFileName().toString()).toList();
        long start = System.nanoTime();
        for (Path file : staged) {
            Files.move(file, app.input.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        app.awaitPublished(names, 3600);
        long last = names.stream().mapToLong(app.publishedAt()::get).max().orElseThrow();
        return last - start;
    }

    /**
     * Writes {@code count} seed-sized articles into the drop folder one at a time, one every {@code interval} ms, as
     * an editor saving a file would (written in place, then closed); the latency of each is from the moment its
     * writing ended to its publication.
     */
    private Samples dropOneAtATime(RunningApp app, Path dir, int count, int interval) throws Exception {
        String prefix = dir.getFileName().toString();
        List<BenchArticles.Generated> articles = BenchArticles.seedCopies(dir, 1, count, prefix);
        Map<String, Long> dropped = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos((long) i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Path source = articles.get(i).file();
            Files.write(app.input.resolve(source.getFileName()), Files.readAllBytes(source));
            dropped.put(source.getFileName().toString(), System.nanoTime());
        }
        app.awaitPublished(dropped.keySet(), 600);
        Samples latency = new Samples();
        dropped.forEach((name, at) -> latency.addNanos(app.publishedAt().get(name) - at));
        return latency;
    }

    /**
     * Starts {@code java -jar target/polypress.jar} in service mode on a free port with one settled article
     * waiting; returns the nanoseconds to the health check's 200, to the article's publication, and the process's
     * peak resident memory then.
     */
    private static long[] startUp(Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path output = dir.resolve("output");
        Path article = Files.copy(BenchArticles.SEED, input.resolve("seed.txt"));
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minusSeconds(5)));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+ExitOnOutOfMemoryError"));
        if (Files.isRegularFile(CLASS_DATA)) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA);
        }
        command.addAll(List.of("-jar", JAR.toString(), "--input=" + input, "--output=" + output, "--port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("polypress.log").toFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            long ready = -1;
            long published = -1;
            long deadline = start + TimeUnit.SECONDS.toNanos(120);
            while ((ready < 0 || published < 0) && System.nanoTime() < deadline && process.isAlive()) {
                if (ready < 0) {
                    try {
                        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            ready = System.nanoTime() - start;
                        }
                    } catch (IOException e) {
                        // not listening yet
                    }
                }
                if (published < 0 && anyArticlePublished(output)) {
                    published = System.nanoTime() - start;
                }
                Thread.sleep(5);
            }
            if (ready < 0 || published < 0) {
                throw new IllegalStateException("java -jar " + JAR + " did not get ready and publish within 120 s: see "
                        + dir.resolve("polypress.log"));
            }
            return new long[] {ready, published, MemoryWatch.peakRss(process.pid())};
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean anyArticlePublished(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return false;
        }
        try (Stream<Path> folders = Files.list(output)) {
            return folders.anyMatch(f -> !f.getFileName().toString().startsWith(".")
                    && Files.exists(f.resolve("article.json")));
        }
    }

    /** The stages of the routes, each timed alone over the same articles. */
    private static final class StageTimes {
        private final ArticleExtractor extractor;
        private final DocumentNormalizer normalizer;
        private final ArticleRecognizer recognizer;
        private final List<Renderer> renderers = List.of(new MarkdownRenderer(), new JsonRenderer(), new EpubRenderer());
        private final Path output;
        private int pass;

        StageTimes(Path output) {
            // the beans as the application makes them, with its default limits
            PolypressConfiguration configuration = new PolypressConfiguration();
            extractor = configuration.extractor(52_428_800L, 10_000_000);
            normalizer = configuration.normalizer(null);
            recognizer = configuration.recognizer(null);
            this.output = output;
        }

        /** Times every stage for each article; {@code totals}, when given, gets each article's total ms. */
        Map<String, Samples> time(List<BenchArticles.Generated> articles, Map<BenchArticles.Generated, Double> totals)
                throws Exception {
            Map<String, Samples> samples = new LinkedHashMap<>();
            for (String stage : List.of("extract", "normalize", "recognize", "render Markdown", "render JSON",
                    "render EPUB", "publish (3 files, synced)", "total")) {
                samples.put(stage, new Samples());
            }
            ArticlePublisher publisher = new ArticlePublisher(output.resolve("pass-" + ++pass));
            for (BenchArticles.Generated generated : articles) {
                long t0 = System.nanoTime();
                Extraction extraction = extractor.extract(generated.file());
                long t1 = System.nanoTime();
                NormalizedDocument document = normalizer.normalize(extraction);
                long t2 = System.nanoTime();
                Article article = recognizer.recognize(document);
                long t3 = System.nanoTime();
                samples.get("extract").addNanos(t1 - t0);
                samples.get("normalize").addNanos(t2 - t1);
                samples.get("recognize").addNanos(t3 - t2);
                List<Renditions.File> files = new ArrayList<>();
                String[] names = {"render Markdown", "render JSON", "render EPUB"};
                long before = t3;
                for (int i = 0; i < renderers.size(); i++) {
                    files.add(new Renditions.File(renderers.get(i).fileName(), renderers.get(i).render(article)));
                    long after = System.nanoTime();
                    samples.get(names[i]).addNanos(after - before);
                    before = after;
                }
                publisher.publish(new Renditions(article, files));
                long end = System.nanoTime();
                samples.get("publish (3 files, synced)").addNanos(end - before);
                samples.get("total").addNanos(end - t0);
                if (totals != null) {
                    totals.put(generated, (end - t0) / 1e6);
                }
            }
            return samples;
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The machine: processor, cores, memory, Java. */
    private static String machine() {
        String cpu = "unknown";
        long memory = -1;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            // not Linux: the figures below say what Java knows
        }
        return String.format("Machine: %d cores (%s), %.1f GB RAM, %s, Java %s (%s), %s.%n",
                Runtime.getRuntime().availableProcessors(), cpu, memory / 1073741824.0,
                System.getProperty("os.name") + " " + System.getProperty("os.version"), Runtime.version(),
                System.getProperty("java.vm.name"), Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Pandoc, converting each article to gfm, json and epub3, a process per file and format, as a script would. */
    static final class Pandoc {
        private final Path output;
        private final int workers;
        private int batch;

        Pandoc(Path output, int workers) {
            this.output = output;
            this.workers = workers;
        }

        /** {@code pandoc --version}'s first line, or null when Pandoc is not on the PATH. */
        static String version() {
            try {
                Process process = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
                String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                        .findFirst().orElse("pandoc");
                return process.waitFor() == 0 ? first : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        }

        /** Converts every article to the three formats; returns the wall time in nanoseconds. */
        long convert(List<BenchArticles.Generated> articles) throws Exception {
            Path dir = Files.createDirectories(output.resolve("batch-" + ++batch));
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            long start = System.nanoTime();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (BenchArticles.Generated article : articles) {
                    done.add(pool.submit(() -> {
                        String base = dir.resolve(article.file().getFileName().toString().replace(".txt", "")).toString();
                        for (String[] format : new String[][] {{"gfm", ".md"}, {"json", ".json"}, {"epub3", ".epub"}}) {
                            Process process = new ProcessBuilder("pandoc", "--quiet", "-f", "markdown", "-t", format[0],
                                    "-M", "lang=" + article.language(), "--metadata", "title=" + article.title(),
                                    "-o", base + format[1], article.file().toString()).redirectErrorStream(true)
                                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                            if (process.waitFor() != 0) {
                                throw new IllegalStateException("pandoc failed on " + article.file() + " to " + format[0]);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
                return System.nanoTime() - start;
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
