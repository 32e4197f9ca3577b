package org.polypress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable Polypress as an operator gets it: {@code target/polypress-<version>.tar.gz}, unpacked with
 * {@code tar} into a folder of its own and started through {@code bin/polypress} from {@code /}, so that nothing
 * is found through the checkout or the working directory.
 */
class DistributionIT {

    private static final Path SEED = Path.of(
            "src/test/resources/golden/peoples-daily-kazakhstan-china/peoples-daily-kazakhstan-china.txt");
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path installs;
    private static Path tarball;
    private static Path home;

    @TempDir
    Path work;

    @BeforeAll
    static void unpack() throws Exception {
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            tarball = built.filter(p -> p.getFileName().toString().matches("polypress-.+\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("mvn package made no target/polypress-<version>.tar.gz"));
        }
        Result tar = run(List.of("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", installs.toString()),
                Map.of(), Path.of("/"));
        assertEquals(0, tar.exit, tar.err);
        try (Stream<Path> unpacked = Files.list(installs)) {
            home = unpacked.findFirst().orElseThrow();
        }
        assertEquals(tarball.getFileName().toString().replace(".tar.gz", ""), home.getFileName().toString(),
                "the archive unpacks into one folder named as the archive");
    }

    @Test
    void unpackedAnywhereItPublishesTheCorpusStartedFromAnotherFolder() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        int files = 0;
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> corpus = Files.walk(CORPUS)) {
                for (Path article : corpus.filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted().toList()) {
                    // one folder per language in the corpus, one drop folder here: the language keeps names apart
                    Files.copy(article, input.resolve(article.getParent().getFileName() + "-" + article.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                    files++;
                }
            }
        } else {
            System.out.println("DistributionIT: " + CORPUS.toAbsolutePath() + " is absent (shared/ beside the "
                    + "checkout): the installation publishes the seed article only");
            Files.copy(SEED, input.resolve(SEED.getFileName()));
            files = 1;
        }
        Path output = work.resolve("output");

        Result result = polypress(Map.of(), "--once", "--input=" + input, "--output=" + output);

        assertEquals(0, result.exit, result.out + result.err);
        assertTrue(result.out.contains("published " + files + ", unchanged 0, failed 0"), result.out);
        int published = 0;
        try (Stream<Path> folders = Files.list(output)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("article.json"))).toList()) {
                published++;
                for (String rendition : List.of("article.md", "article.epub", "article.ninjs.json", "article.jsonld")) {
                    assertTrue(Files.size(folder.resolve(rendition)) > 0, folder + "/" + rendition);
                }
            }
        }
        assertTrue(published >= files - 1, "one folder per article (a story's .txt and .html may be one): "
                + published + " of " + files);
    }

    @Test
    void versionNamesTheBuildAndTheCommitItWasMadeFrom() throws Exception {
        Result result = polypress(Map.of(), "--version");

        assertEquals(0, result.exit, result.err);
        String version = home.getFileName().toString().substring("polypress-".length());
        assertTrue(result.out.startsWith("polypress " + version + " (commit "), result.out);
        Result head = run(List.of("git", "rev-parse", "HEAD"), Map.of(), Path.of("").toAbsolutePath());
        if (head.exit == 0) {
            assertTrue(result.out.contains("(commit " + head.out.strip().substring(0, 12)), result.out + " at " + head.out);
        }
        assertTrue(result.out.contains("Java " + Runtime.version().feature()), result.out);
    }

    @Test
    void aLanguageAddedAsAFileBesideTheInstallationIsUsedWithoutRebuilding() throws Exception {
        Path article = Path.of("src/test/resources/installation/uk-article.txt");
        JsonNode before = publishOne(article, "before");
        assertTrue(before.path("published").isNull(), "no built-in conventions read a Ukrainian date: " + before);

        Path added = home.resolve("conventions/uk.yaml");
        Files.copy(Path.of("src/test/resources/installation/uk.yaml"), added);
        try {
            JsonNode after = publishOne(article, "after");

            assertEquals("uk", after.path("language").asText(), after.toString());
            assertEquals("2026-12-05T10:30:00+02:00", after.path("published").path("iso").asText(), after.toString());
            assertEquals("Олена Ковальчук", after.path("byline").path("authors").path(0).asText(), after.toString());
        } finally {
            Files.delete(added);
        }
    }

    @Test
    void settingsAndLoggingAreReadFromTheInstallationsConfigFolder() throws Exception {
        Path config = home.resolve("config/application.properties");
        Path logging = home.resolve("config/logging.properties");
        byte[] shippedConfig = Files.readAllBytes(config);
        byte[] shippedLogging = Files.readAllBytes(logging);
        Files.writeString(config, "polypress.max-bytes = 1000\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(logging, "org.slf4j.simpleLogger.showDateTime = false\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try {
            Path input = Files.createDirectories(work.resolve("input"));
            Files.copy(SEED, input.resolve("seed.txt"));

            Result result = polypress(Map.of(), "--once", "--input=" + input, "--output=" + work.resolve("output"));

            assertEquals(1, result.exit, "the seed is over the configured 1,000 bytes: " + result.out + result.err);
            assertTrue(result.out.contains("published 0, unchanged 0, failed 1"), result.out);
            List<String> about = result.err.lines().filter(l -> l.contains("seed.txt")).toList();
            assertFalse(about.isEmpty(), result.err);
            for (String line : about) {
                assertFalse(line.matches("^\\d{4}-\\d{2}-\\d{2}T.*"), "logged without its time, as configured: " + line);
            }
        } finally {
            Files.write(config, shippedConfig);
            Files.write(logging, shippedLogging);
        }
    }

    @Test
    void aSecondInstanceOnTheSameOutputFolderExits2NamingTheFirst() throws Exception {
        Path output = work.resolve("output");
        Path log = work.resolve("first.log");
        List<String> command = List.of(home.resolve("bin/polypress").toString(),
                "--input=" + Files.createDirectories(work.resolve("first")), "--output=" + output, "--port=0");
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("/").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("POLYPRESS_CLASS_DATA", "");
        Process first = builder.start();
        try {
            Path lock = output.resolve(".state/lock");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!(Files.isRegularFile(lock) && Files.size(lock) > 0) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(first.isAlive(), Files.readString(log));

            Result second = polypress(Map.of(), "--once", "--input=" + Files.createDirectories(work.resolve("second")),
                    "--output=" + output);

            assertEquals(2, second.exit, second.out + second.err);
            assertTrue(second.err.contains("PID " + first.pid() + " "), second.err);
            assertTrue(first.isAlive(), "the first service goes on");
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void itWritesItsClassDataArchiveOnceAndStartsWithIt() throws Exception {
        // -Xshare:on: a JVM that cannot map the archive refuses to start instead of going on without it
        writesAnArchiveOnceAndStartsWithIt(Path.of(System.getProperty("java.home"), "bin", "java"), ".jsa",
                "-Xshare:on");
    }

    @Test
    void fromJava25ItWritesAndUsesAnAheadOfTimeCache() throws Exception {
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        Assumptions.assumeTrue(Files.isExecutable(java25), java25 + " is absent: the Java 25 cache is not tried");
        // -XX:AOTMode=on: a JVM that cannot use the cache refuses to start
        writesAnArchiveOnceAndStartsWithIt(java25, ".aot", "-XX:AOTMode=on");
    }

    private void writesAnArchiveOnceAndStartsWithIt(Path java, String kind, String strict) throws Exception {
        Path data = work.resolve("class-data");
        Result first = polypress(Map.of("POLYPRESS_CLASS_DATA", data.toString(), "POLYPRESS_JAVA", java.toString()),
                "--once", "--input=" + Files.createDirectories(work.resolve("a")), "--output=" + work.resolve("out"));
        assertEquals(0, first.exit, first.out + first.err);
        assertTrue(first.err.contains("polypress: writing " + data), first.err);
        List<Path> archives;
        try (Stream<Path> written = Files.list(data)) {
            archives = written.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().endsWith(kind), archives.toString());

        Path input = Files.createDirectories(work.resolve("b"));
        Files.copy(SEED, input.resolve("seed.txt"));
        Result second = polypress(Map.of("POLYPRESS_CLASS_DATA", data.toString(), "POLYPRESS_JAVA", java.toString(),
                "JAVA_OPTS", strict), "--once", "--input=" + input, "--output=" + work.resolve("out"));
        assertEquals(0, second.exit, second.out + second.err);
        assertTrue(second.out.contains("published 1, unchanged 0, failed 0"), second.out + second.err);
        assertFalse(second.err.contains("polypress: writing"), second.err);
    }

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
        Result available = run(List.of("sh", "-c", "command -v systemd-analyze"), Map.of(), Path.of("/"));
        Assumptions.assumeTrue(available.exit == 0, "systemd-analyze is not installed here (Debian's systemd package;"
                + " .ci/run installs it): the unit file is not verified");
        // the unit as installed, with this test's installation where the unit expects /opt/polypress
        String unit = Files.readString(home.resolve("systemd/polypress.service")).replace("/opt/polypress",
                home.toString());
        Path file = Files.writeString(work.resolve("polypress.service"), unit);

        Result verify = run(List.of("systemd-analyze", "verify", file.toString()), Map.of(), Path.of("/"));

        assertEquals(0, verify.exit, verify.out + verify.err);
        assertFalse((verify.out + verify.err).contains("polypress.service"), verify.out + verify.err);
        Path missing = Files.writeString(Files.createDirectories(work.resolve("missing")).resolve("polypress.service"), unit.replace(home.toString(),
                "/nonexistent"));
        assertEquals(1, run(List.of("systemd-analyze", "verify", missing.toString()), Map.of(), Path.of("/")).exit,
                "verify fails a unit whose program is missing, so the pass above means something");
    }

    /**
     * The install commands of docs/running.md run as written, as root, in a mount and network namespace of their
     * own (so this machine's /etc, /opt, /var/lib, /srv and port 8080 are left alone): the archive unpacked into /opt
     * from the checkout, its version asked and a batch published into /srv (Installing it elsewhere); then the user
     * made, the archive unpacked into /opt and linked, the unit copied and enabled (As a systemd service). The fourth line's daemon-reload and --now need a running
     * systemd, which this machine does not run: the test does what they would, the unit's ExecStart started with its
     * user, working folder and environment, and checks that this user's service publishes a dropped file, writes
     * its class-data archive where the unit says and answers ready on its port.
     */
    @Test
    void theInstallCommandsOfTheDocsInstallTheUnitWhichRunsAsItsUser() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "not root: the install commands of "
                + "docs/running.md need root (and a mount namespace) and are not run");
        for (String program : List.of("unshare", "mount", "useradd", "setpriv", "runuser", "systemctl", "systemd-analyze", "ip",
                "curl")) {
            Assumptions.assumeTrue(run(List.of("sh", "-c", "command -v " + program), Map.of(), Path.of("/")).exit == 0,
                    program + " is missing: the install commands of docs/running.md are not run");
        }
        List<String> unpack = shellBlock("## Installing it elsewhere");
        assertEquals(3, unpack.size(), unpack.toString());
        List<String> commands = shellBlock("### As a systemd service");
        assertEquals(4, commands.size(), commands.toString());
        assertEquals("systemctl daemon-reload && systemctl enable --now polypress", commands.get(3),
                "the test does what the last line does, by hand: a changed line needs changing here");
        Map<String, List<String>> unit = unit(home.resolve("systemd/polypress.service"));
        StringBuilder environment = new StringBuilder();
        for (String variable : unit.getOrDefault("Environment", List.of())) {
            environment.append(" '").append(variable).append('\'');
        }
        String seed = SEED.toAbsolutePath().toString();
        String script = String.join("\n",
                "set -eu",
                // a private /etc, /opt and /var/lib: the commands change those of this namespace only
                "cp -a /etc '" + work + "/etc' && mount --bind '" + work + "/etc' /etc",
                "mkdir '" + work + "/opt' '" + work + "/var-lib'",
                "mount --bind '" + work + "/opt' /opt && mount --bind '" + work + "/var-lib' /var/lib",
                "ip link set lo up",
                // Installing it elsewhere: unpacked from the checkout, asked its version, a batch into /srv/articles
                "mkdir '" + work + "/srv' && mount --bind '" + work + "/srv' /srv",
                "mkdir -p /srv/articles/input && cp '" + seed + "' /srv/articles/input/",
                "cd '" + Path.of("").toAbsolutePath() + "'",
                unpack.get(0), unpack.get(1) + " > '" + work + "/version.txt'", unpack.get(2),
                "ls /srv/articles/output/*/article.json",
                "rm -r /opt/*",
                // As a systemd service
                "cd '" + tarball.toAbsolutePath().getParent() + "'",
                commands.get(0), commands.get(1), commands.get(2),
                // the part of the last line a machine without a running systemd does
                "systemctl enable polypress",
                "test -L /etc/systemd/system/multi-user.target.wants/polypress.service",
                "systemd-analyze verify /etc/systemd/system/polypress.service",
                // started as systemd would start it
                "cd " + unit.get("WorkingDirectory").get(0),
                "setpriv --reuid=" + unit.get("User").get(0) + " --regid=" + unit.get("Group").get(0)
                        + " --init-groups env" + environment + " " + unit.get("ExecStart").get(0) + " > '" + work
                        + "/service.log' 2>&1 &",
                "service=$!",
                "for i in $(seq 1 900); do [ -d /var/lib/polypress/input ] && break; sleep 0.2; done",
                "runuser -u polypress -- cp '" + seed + "' /var/lib/polypress/input/seed.txt",
                "for i in $(seq 1 900); do ls /var/lib/polypress/output/*/article.json >/dev/null 2>&1 && break; sleep 0.2; done",
                "curl -sf http://127.0.0.1:8080/observe/health/ready > '" + work + "/ready.json'",
                "stat -c '%U' /var/lib/polypress/output/*/article.json > '" + work + "/owner.txt'",
                "ls /var/lib/polypress/class-data > '" + work + "/class-data.txt'",
                "kill -TERM $service && wait $service || true");
        Path file = Files.writeString(work.resolve("install.sh"), script + "\n");

        Result installed = run(List.of("unshare", "--mount", "--net", "--propagation", "private", "sh", file.toString()),
                Map.of(), Path.of("/"));

        String log = Files.exists(work.resolve("service.log")) ? Files.readString(work.resolve("service.log")) : "";
        assertEquals(0, installed.exit, installed.out + installed.err + log);
        assertTrue(installed.err.contains("Created symlink /etc/systemd/system/multi-user.target.wants/polypress.service"),
                installed.err);
        assertFalse(installed.err.contains("polypress.service:"), "systemd-analyze verify says nothing of the unit: "
                + installed.err);
        assertTrue(Files.readString(work.resolve("ready.json")).startsWith("{\"status\":\"UP\""),
                Files.readString(work.resolve("ready.json")));
        assertEquals("polypress", Files.readString(work.resolve("owner.txt")).strip(), "published by the unit's user");
        assertTrue(Files.readString(work.resolve("class-data.txt")).contains(".jsa"),
                "the class-data archive is written where the unit says: " + Files.readString(work.resolve("class-data.txt")));
        assertTrue(log.contains("published seed.txt as "), log);
        assertTrue(Files.readString(work.resolve("version.txt")).startsWith("polypress " + version() + " (commit "),
                Files.readString(work.resolve("version.txt")));
    }

    /** The version of the archive this build made, as in its name. */
    private static String version() {
        return home.getFileName().toString().substring("polypress-".length());
    }

    /** The first shell block under {@code heading} in docs/running.md, a command a line. */
    private static List<String> shellBlock(String heading) throws IOException {
        String docs = Files.readString(Path.of("docs/running.md"));
        int section = docs.indexOf("\n" + heading + "\n");
        assertTrue(section >= 0, "docs/running.md has a section '" + heading + "'");
        int start = docs.indexOf("```\n", section) + 4;
        return docs.substring(start, docs.indexOf("```", start)).lines().filter(l -> !l.isBlank()).toList();
    }

    /** A unit file's settings, each name with its values in order. */
    private static Map<String, List<String>> unit(Path file) throws IOException {
        Map<String, List<String>> settings = new java.util.HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && !line.startsWith("[") && equals > 0) {
                settings.computeIfAbsent(line.substring(0, equals).strip(), k -> new ArrayList<>())
                        .add(line.substring(equals + 1).strip());
            }
        }
        return settings;
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
        Path zip = Path.of(tarball.toString().replace(".tar.gz", ".zip"));
        Set<String> zipped = new TreeSet<>();
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            file.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        Result listed = run(List.of("tar", "tzf", tarball.toAbsolutePath().toString()), Map.of(), Path.of("/"));
        Set<String> tarred = new TreeSet<>(listed.out.lines().filter(l -> !l.endsWith("/")).toList());

        assertEquals(tarred, zipped);
        String base = home.getFileName() + "/";
        for (String expected : List.of("bin/polypress", "lib/polypress.jar", "LICENSE", "README.md",
                "config/application.properties", "config/logging.properties", "conventions/README.md",
                "conventions/built-in/en.yaml", "routes/ingest-article.camel.yaml", "systemd/polypress.service")) {
            assertTrue(tarred.contains(base + expected), expected + " in " + tarred);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/polypress")));
    }

    /** Publishes {@code article} alone into a fresh output folder; its article.json. */
    private JsonNode publishOne(Path article, String name) throws Exception {
        Path input = Files.createDirectories(work.resolve(name + "-input"));
        Files.copy(article, input.resolve(article.getFileName()));
        Path output = work.resolve(name + "-output");
        Result result = polypress(Map.of(), "--once", "--input=" + input, "--output=" + output);
        assertEquals(0, result.exit, result.out + result.err);
        try (Stream<Path> folders = Files.list(output)) {
            Path folder = folders.filter(f -> Files.isRegularFile(f.resolve("article.json"))).findFirst().orElseThrow();
            return JSON.readTree(folder.resolve("article.json").toFile());
        }
    }

    /** {@code bin/polypress <arguments>} from {@code /}, without a class-data archive unless {@code env} sets one. */
    private static Result polypress(Map<String, String> env, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/polypress").toString());
        command.addAll(List.of(arguments));
        Map<String, String> environment = new java.util.HashMap<>(Map.of("POLYPRESS_CLASS_DATA", ""));
        environment.putAll(env);
        return run(command, environment, Path.of("/"));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command, Map<String, String> env, Path directory) throws Exception {
        Path out = Files.createTempFile("polypress-out", ".txt");
        Path err = Files.createTempFile("polypress-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            return new Result(127, "", e.toString());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
