package org.polypress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one Polypress process does ({@code polypress.mode}, docs/scaling.md): everything on its own
 * ({@code standalone}, the default: no broker is touched), the drop folder up to the recognized article, which it
 * puts on the broker's queue ({@code ingest}), that queue's articles rendered and published into the shared output
 * folder ({@code worker}), or both halves over the broker in one process ({@code all}). The mode chooses which route
 * files load; the files themselves are the same in every mode.
 */
enum Mode {
    STANDALONE, INGEST, WORKER, ALL;

    /** The route file standalone mode publishes with; the other modes hand the article to the broker instead. */
    static final String PUBLISH_ROUTES = "publish-renditions.camel.yaml";
    /** Puts the recognized article on the broker's queue (ingest, all). */
    static final String QUEUE_ROUTES = "broker/queue-article.camel.yaml";
    /** Takes articles from the broker's queue and publishes them (worker, all). */
    static final String TAKE_ROUTES = "broker/take-article.camel.yaml";
    /** The download server, which a worker serves the shared output folder with too. */
    static final String SERVE_ROUTES = "serve-downloads.camel.yaml";
    private static final String STANDARD_PATTERN = "/*.camel.yaml";

    /** Thrown for a mode Polypress does not know, or one its route pattern cannot give. */
    static final class Unknown extends IllegalStateException {
        Unknown(String message) {
            super(message);
        }
    }

    /** The mode named {@code name} ({@code standalone}, {@code ingest}, {@code worker}, {@code all}). */
    static Mode of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Unknown("polypress.mode is " + name + "; it is one of standalone, ingest, worker, all"
                    + " (docs/scaling.md)");
        }
    }

    /**
     * The route files this mode loads, as {@code camel.main.routes-include-pattern}: standalone's own pattern
     * unchanged; for the other modes, the files of the folder it names ({@code file:<folder>/*.camel.yaml}), chosen.
     */
    String routes(String standalonePattern) {
        if (this == STANDALONE) {
            return standalonePattern;
        }
        String pattern = standalonePattern.strip();
        if (!pattern.startsWith("file:") || !pattern.endsWith(STANDARD_PATTERN) || pattern.contains(",")) {
            throw new Unknown("polypress.mode " + name().toLowerCase(Locale.ROOT) + " chooses route files from one"
                    + " folder, file:<folder>" + STANDARD_PATTERN + ", and camel.main.routes-include-pattern is "
                    + standalonePattern);
        }
        Path folder = Path.of(pattern.substring("file:".length(), pattern.length() - STANDARD_PATTERN.length()));
        List<String> files = new ArrayList<>();
        if (this == INGEST || this == ALL) {
            for (String name : standaloneFiles(folder)) {
                if (!name.equals(PUBLISH_ROUTES)) {
                    files.add(name);
                }
            }
            files.add(QUEUE_ROUTES);
        } else {
            files.add(SERVE_ROUTES);
        }
        if (this == WORKER || this == ALL) {
            files.add(TAKE_ROUTES);
        }
        return String.join(",", files.stream().map(f -> "file:" + folder.resolve(f)).toList());
    }

    /** Whether this mode takes articles from the broker's queue (worker, all), and so may dead-letter them. */
    boolean takesArticles() {
        return this == WORKER || this == ALL;
    }

    private static List<String> standaloneFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of(); // RouteFiles says what is missing
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".camel.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new Unknown("The routes folder " + folder.toAbsolutePath() + " could not be read: " + e);
        }
    }
}
