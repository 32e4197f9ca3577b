package org.polypress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.polypress.dropfolder.BatchProgress;

/**
 * Starts Polypress: a Camel application whose routes are the YAML files in {@code routes/}. Without
 * {@code --once} it watches the drop folder until stopped; with it, it converts what is there and exits
 * with 0 when every file was published, 1 when any failed, 2 for bad arguments.
 */
public final class Main {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int BAD_ARGUMENTS = 2;
    /** The longest a one-shot batch waits for the drop folder to drain. */
    private static final long ONCE_TIMEOUT_MINUTES = 24 * 60;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // before anything logs: the operator's logging settings, from the installation's config/ folder
        Installation.locate().configureLogging();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs Polypress with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        long started = System.nanoTime();
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (CommandLine.BadArguments e) {
            err.println("polypress: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return BAD_ARGUMENTS;
        }
        if (commandLine.help()) {
            out.println(CommandLine.USAGE);
            return OK;
        }
        if (commandLine.version()) {
            out.println(Version.ofThisBuild().describe());
            return OK;
        }
        String input = commandLine.properties().get("polypress.input");
        if (commandLine.once() && input != null && !Files.isDirectory(Path.of(input))) {
            err.println("polypress: --input is not a folder: " + input);
            return BAD_ARGUMENTS;
        }
        org.apache.camel.main.Main camel = commandLine.once() ? batchMain(commandLine.properties())
                : camelMain(commandLine.properties());
        if (!commandLine.once()) {
            camel.addMainListener(new StartupAnnouncement(out));
            try {
                camel.run();
            } catch (RuntimeException e) {
                RuntimeException refusal = refusal(e);
                if (refusal == null) {
                    throw e;
                }
                err.println("polypress: " + refusal.getMessage());
                return BAD_ARGUMENTS;
            }
            return camel.getExitCode();
        }
        try {
            camel.start();
        } catch (Exception e) {
            // a broken route file or property, another service on the output folder: say which, not a stack trace
            RuntimeException refusal = refusal(e);
            err.println("polypress: " + (refusal != null ? refusal.getMessage() : "could not start: " + rootMessage(e)));
            return BAD_ARGUMENTS;
        }
        return runOnce(camel, out, err, started);
    }

    /**
     * Why the service refused to start, when it is one of the reasons it says in a sentence: another service on the
     * output folder, no route file where the routes are read from.
     */
    private static RuntimeException refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.polypress.publish.OutputLock.Held || cause instanceof RouteFiles.Missing
                    || cause instanceof Mode.Unknown) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    /** Tells the operator where a watching Polypress takes files from and publishes to. */
    private static final class StartupAnnouncement extends org.apache.camel.main.MainListenerSupport {
        private final PrintStream out;

        StartupAnnouncement(PrintStream out) {
            this.out = out;
        }

        @Override
        public void afterStart(org.apache.camel.main.BaseMainSupport main) {
            startupLines(main.getCamelContext()).forEach(out::println);
        }
    }

    /** What a started service tells the operator: the folders, and where it serves (when its server runs). */
    static java.util.List<String> startupLines(org.apache.camel.CamelContext context) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        Mode mode = Mode.of(context.resolvePropertyPlaceholders("{{polypress.mode}}"));
        if (mode == Mode.WORKER) {
            lines.add(String.format("polypress: worker taking articles from %s at %s, publishing into %s (Ctrl-C to"
                    + " stop)", context.resolvePropertyPlaceholders("{{polypress.broker.queue}}"),
                    context.resolvePropertyPlaceholders("{{polypress.broker.url}}"),
                    Path.of(context.resolvePropertyPlaceholders("{{polypress.output}}")).toAbsolutePath()));
        } else {
            lines.add(String.format("polypress: watching %s, %s %s (Ctrl-C to stop)",
                    Path.of(context.resolvePropertyPlaceholders("{{polypress.input}}")).toAbsolutePath(),
                    mode == Mode.STANDALONE ? "publishing into" : "handing articles to the broker's workers for",
                    Path.of(context.resolvePropertyPlaceholders("{{polypress.output}}")).toAbsolutePath()));
        }
        org.polypress.serve.ServerAddress.url(context).ifPresent(url -> lines.add(
                "polypress: serving the published articles at " + url));
        if (!exitsOnOutOfMemory()) {
            lines.add("polypress: warning: started without -XX:+ExitOnOutOfMemoryError: after running out of memory the"
                    + " service would stay up, broken, instead of ending for its supervisor to restart it");
        }
        return lines;
    }

    /** Whether this JVM ends (or crashes) at its first out-of-memory error, as a supervised service should. */
    static boolean exitsOnOutOfMemory() {
        com.sun.management.HotSpotDiagnosticMXBean vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.HotSpotDiagnosticMXBean.class);
        if (vm == null) {
            return true; // not a HotSpot JVM: nothing to tell
        }
        try {
            return "true".equals(vm.getVMOption("ExitOnOutOfMemoryError").getValue())
                    || "true".equals(vm.getVMOption("CrashOnOutOfMemoryError").getValue());
        } catch (IllegalArgumentException unknown) {
            return true;
        }
    }

    /** A Camel application with our routes, beans and property overrides, installed where this process runs from. */
    static org.apache.camel.main.Main camelMain(Map<String, String> overrides) {
        return camelMain(Installation.locate(), overrides);
    }

    /**
     * A Camel application with our routes, beans and property overrides, reading its routes, settings and
     * conventions from {@code installation}'s folders.
     */
    static org.apache.camel.main.Main camelMain(Installation installation, Map<String, String> overrides) {
        org.apache.camel.main.Main camel = new org.apache.camel.main.Main();
        camel.setDefaultPropertyPlaceholderLocation(installation.propertyLocations());
        camel.addInitialProperty(Installation.HOME_PROPERTY, installation.home().toString());
        camel.configure().addConfiguration(PolypressConfiguration.class);
        overrides.forEach(camel::addOverrideProperty);
        // the language model and Tika's parsers are built once the routes run, not while they start
        camel.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void beforeConfigure(org.apache.camel.main.BaseMainSupport main) {
                // before the routes are read: a pattern that names no route file would start a service that does
                // nothing, or fail deep in Camel
                // the mode (standalone, ingest, worker, all) chooses the route files: standalone's are the pattern's
                Mode mode = Mode.of(main.getCamelContext().resolvePropertyPlaceholders("{{polypress.mode}}"));
                String routes = mode.routes(main.getCamelContext().resolvePropertyPlaceholders(
                        "{{camel.main.routes-include-pattern}}"));
                if (mode != Mode.STANDALONE) {
                    // an override: Camel reads camel.main.* into its configuration after this listener
                    ((org.apache.camel.component.properties.PropertiesComponent) main.getCamelContext()
                            .getPropertiesComponent()).addOverrideProperty("camel.main.routes-include-pattern", routes);
                }
                RouteFiles.check(routes);
            }

            @Override
            public void afterStart(org.apache.camel.main.BaseMainSupport main) {
                Preload.startPending();
            }
        });
        return camel;
    }

    /**
     * The application of a one-shot batch ({@code --once}), not yet started. It is started, not run, so the listeners'
     * {@code afterStart} that builds the language model and Tika's parsers in a service never comes: without more,
     * the first article built them, one after the other (measured: 3.5 to 7 s before the first article on two
     * loaded cores). A batch has no readiness to report, so they are built as soon as the beans exist, on threads
     * of their own beside the rest of the start-up (the routes, the file consumer) — the beans the routes use, found
     * in the registry, not any other instance made on the way.
     */
    static org.apache.camel.main.Main batchMain(Map<String, String> overrides) {
        org.apache.camel.main.Main camel = camelMain(overrides);
        camel.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterConfigure(org.apache.camel.main.BaseMainSupport main) {
                org.apache.camel.spi.Registry registry = main.getCamelContext().getRegistry();
                org.polypress.ingest.ArticleExtractor extractor = registry.lookupByNameAndType("extractor",
                        org.polypress.ingest.ArticleExtractor.class);
                org.polypress.normalize.DocumentNormalizer normalizer = registry.lookupByNameAndType("normalizer",
                        org.polypress.normalize.DocumentNormalizer.class);
                if (normalizer != null) {
                    normalizer.preload();
                }
                if (extractor != null) {
                    extractor.preload();
                }
            }
        });
        return camel;
    }

    private static int runOnce(org.apache.camel.main.Main camel, PrintStream out, PrintStream err, long started)
            throws Exception {
        try {
            BatchProgress batch = camel.getCamelContext().getRegistry().lookupByNameAndType("batch", BatchProgress.class);
            if (!batch.awaitDrained(ONCE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                err.println("polypress: gave up waiting for the input folder to drain");
                batch.giveUp();
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (batch.leftCount() > 0) {
                err.println("polypress: " + batch.leftCount() + " file(s) were left in the input folder"
                        + " (still being written, or unreadable)");
            }
            out.printf("published %d, unchanged %d, failed %d in %d ms%n", batch.publishedCount(),
                    batch.unchangedCount(), batch.failedCount(), millis);
            return batch.failedCount() + batch.leftCount() == 0 ? OK : SOME_FAILED;
        } finally {
            camel.stop();
        }
    }
}
