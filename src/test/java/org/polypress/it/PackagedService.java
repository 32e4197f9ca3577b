package org.polypress.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application started as an operator starts it ({@code java [options] -jar target/polypress.jar
 * [arguments]}, by the JDK running the tests), its output in a log file; ended forcibly when closed.
 */
final class PackagedService implements AutoCloseable {

    static final Path JAR = Path.of("target/polypress.jar");

    final Process process;

    private PackagedService(Process process) {
        this.process = process;
    }

    /** Starts {@code java <jvmOptions> -jar target/polypress.jar <arguments>}, its output into {@code log}. */
    static PackagedService start(Path log, List<String> jvmOptions, String... arguments) throws IOException {
        return new PackagedService(new ProcessBuilder(command(jvmOptions, arguments)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start());
    }

    /** {@code java <jvmOptions> -jar target/polypress.jar <arguments>}, with the java of the JDK running the tests. */
    static List<String> command(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** A port no one listens on, for the test to give the service (so it checks the service's answers there). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code /observe/health} on {@code port} answers 200; fails if the service ends first, or in 2 minutes. */
    void waitForHealth(int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service ended at start-up; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not answer its health check within 2 minutes; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
