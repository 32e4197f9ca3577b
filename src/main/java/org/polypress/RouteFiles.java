package org.polypress;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.stream.Stream;

/**
 * The route files Camel is told to read must be there: given a pattern that names no file, Camel starts without a
 * word and converts nothing. So a folder that is missing, empty or a link (Camel's file scan does not follow a linked
 * folder) stops start-up with what is wrong and where.
 */
final class RouteFiles {

    /** Thrown when a {@code file:} pattern of {@code camel.main.routes-include-pattern} names no route file. */
    static final class Missing extends IllegalStateException {
        Missing(String message) {
            super(message);
        }
    }

    private RouteFiles() {
    }

    /** Checks each {@code file:} pattern of a comma-separated list (other schemes are Camel's to resolve). */
    static void check(String patterns) {
        for (String pattern : patterns.split(",")) {
            String trimmed = pattern.strip();
            if (trimmed.startsWith("file:")) {
                checkFilePattern(trimmed.substring("file:".length()));
            }
        }
    }

    private static void checkFilePattern(String pattern) {
        int wildcard = firstWildcard(pattern);
        int slash = pattern.lastIndexOf('/', wildcard < 0 ? pattern.length() - 1 : wildcard);
        Path folder = Path.of(slash <= 0 ? (slash == 0 ? "/" : ".") : pattern.substring(0, slash));
        String where = "camel.main.routes-include-pattern (file:" + pattern + ")";
        if (wildcard < 0) {
            if (!Files.isRegularFile(Path.of(pattern))) {
                throw new Missing("There is no route file " + Path.of(pattern).toAbsolutePath() + ", as " + where
                        + " names");
            }
            return;
        }
        if (Files.isSymbolicLink(folder)) {
            throw new Missing("The routes folder " + folder.toAbsolutePath() + " is a link, which Camel does not follow:"
                    + " make it a folder, or name the folder it links to in " + where);
        }
        if (!Files.isDirectory(folder)) {
            throw new Missing("There is no routes folder " + folder.toAbsolutePath() + ", where " + where
                    + " reads routes from; Polypress's home is polypress.home (docs/configuration.md)");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(slash + 1));
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()))) {
                throw new Missing("The routes folder " + folder.toAbsolutePath() + " holds no route file named as "
                        + where + " asks");
            }
        } catch (IOException e) {
            throw new Missing("The routes folder " + folder.toAbsolutePath() + " could not be read: " + e);
        }
    }

    private static int firstWildcard(String pattern) {
        int first = -1;
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int at = pattern.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
