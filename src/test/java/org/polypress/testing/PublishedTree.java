package org.polypress.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A published folder as tests compare two runs of it: every file by its path, with the SHA-256 of its bytes; the
 * ledger under {@code .state/} as the set of its lines, since it lists the same publications in the order they
 * finished.
 */
public final class PublishedTree {

    private PublishedTree() {
    }

    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString();
                byte[] bytes = Files.readAllBytes(file);
                files.put(relative, relative.startsWith(".state/")
                        ? new TreeSet<>(new String(bytes, StandardCharsets.UTF_8).lines().toList()).toString()
                        : HexFormat.of().formatHex(sha256().digest(bytes)));
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
