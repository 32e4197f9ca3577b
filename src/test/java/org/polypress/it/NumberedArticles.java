package org.polypress.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Many distinct articles made from our own fixture articles: the golden cases, the articles of every
 * language in {@code articles/}, and the English version of the Kazakhstan story, which with the golden
 * Arabic and Chinese versions makes a story in three languages in every round. Each copy's headline ends
 * with its number, so no two files have the same bytes (the ledger would find them unchanged) and the
 * same count always gives the same files.
 */
final class NumberedArticles {

    private static final Path RESOURCES = Path.of("src/test/resources");

    private NumberedArticles() {
    }

    /** The fixture articles, in a fixed order. */
    static List<Path> fixtures() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        try (Stream<Path> golden = Files.walk(RESOURCES.resolve("golden"), 2);
                Stream<Path> articles = Files.walk(RESOURCES.resolve("articles"), 2)) {
            Stream.concat(golden, articles).filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .forEach(fixtures::add);
        }
        fixtures.add(RESOURCES.resolve("stories/kazakhstan.en.txt"));
        return fixtures;
    }

    /**
     * Writes {@code count} numbered articles into {@code folder}: the {@code n}-th is fixture {@code n % F} of
     * round {@code n / F}, named {@code r<round>-<fixture name>}, so a round's Kazakhstan versions share their
     * story key. Returns their names.
     */
    static List<String> write(Path folder, int count) throws IOException {
        List<Path> fixtures = fixtures();
        List<String> names = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Path fixture = fixtures.get(n % fixtures.size());
            String name = String.format("r%03d-%s", n / fixtures.size(), fixture.getFileName());
            Files.write(folder.resolve(name), numbered(Files.readString(fixture, StandardCharsets.UTF_8), n));
            names.add(name);
        }
        return names;
    }

    /** The article with {@code · n} at the end of its first line. */
    static byte[] numbered(String text, int n) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end);
        String stripped = first.stripTrailing();
        return (stripped + " · " + n + first.substring(stripped.length()) + rest).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Files the pipeline must refuse, each for its own reason: empty, and binary noise. The noise comes from
     * {@code seed}, so a failing run can be repeated. Returns their names.
     */
    static List<String> writeBadInputs(Path folder, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String name;
            byte[] bytes;
            if (n % 2 == 0) {
                name = String.format("bad-%02d-empty.txt", n);
                bytes = new byte[0];
            } else {
                name = String.format("bad-%02d-noise.txt", n);
                bytes = new byte[4096];
                random.nextBytes(bytes);
                bytes[0] = 0;
            }
            Files.write(folder.resolve(name), bytes);
            names.add(name);
        }
        return names;
    }
}
