package org.polypress.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The benchmark's articles, generated at run time into a scratch folder from real articles read in place: the
 * publishers' corpus ({@code ../shared/corpus/<lang>/*.txt}), the project's own fixture articles
 * ({@code src/test/resources/articles/<lang>/*.txt}) and the seed article. Nothing generated is kept in the
 * repository.
 * <p>
 * An article of a given size keeps its source's opening lines (headline, byline, date: every short paragraph
 * before the first long one) and then continues with the body paragraphs of the articles of the same language,
 * its own first, until it reaches the size. Each article ends with a line numbering it, so no two have the same
 * bytes (the same bytes are published once only).
 */
final class BenchArticles {

    static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path OWN = Path.of("src/test/resources/articles");
    /** Paragraphs at the top shorter than this (in characters) are the article's opening lines. */
    private static final int OPENING_LINE = 120;
    private static final int MAX_OPENING_LINES = 6;

    /** A source article: its language, its opening lines and its body paragraphs. */
    record Source(String language, Path file, List<String> opening, List<String> body) {
    }

    /** A generated article file with its language and headline (for Pandoc's metadata). */
    record Generated(Path file, String language, String title, int bytes) {
    }

    private final Map<String, List<Source>> byLanguage = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    private BenchArticles() {
    }

    /** Reads every source article in place. */
    static BenchArticles load() throws IOException {
        BenchArticles articles = new BenchArticles();
        if (Files.isDirectory(CORPUS)) {
            articles.addTree(CORPUS);
        } else {
            articles.notes.add("the corpus " + CORPUS.toAbsolutePath().normalize() + " is absent: only the project's own"
                    + " articles are used");
        }
        articles.addTree(OWN);
        if (articles.byLanguage.isEmpty()) {
            throw new IllegalStateException("no source articles found under " + CORPUS + " or " + OWN);
        }
        return articles;
    }

    private void addTree(Path root) throws IOException {
        try (Stream<Path> languages = Files.list(root)) {
            for (Path dir : languages.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                        String text = utf8(file);
                        if (text == null) {
                            notes.add(file + " is not UTF-8: left out");
                            continue;
                        }
                        byLanguage.computeIfAbsent(dir.getFileName().toString(), k -> new ArrayList<>())
                                .add(split(dir.getFileName().toString(), file, text));
                    }
                }
            }
        }
    }

    private static String utf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Source split(String language, Path file, String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        int opening = 0;
        while (opening < paragraphs.size() - 1 && opening < MAX_OPENING_LINES
                && paragraphs.get(opening).length() < OPENING_LINE) {
            opening++;
        }
        // the headline stays at the top even when it is long
        opening = Math.max(1, opening);
        return new Source(language, file, List.copyOf(paragraphs.subList(0, opening)),
                List.copyOf(paragraphs.subList(opening, paragraphs.size())));
    }

    Map<String, List<Source>> languages() {
        return byLanguage;
    }

    List<String> notes() {
        return notes;
    }

    int sourceCount() {
        return byLanguage.values().stream().mapToInt(List::size).sum();
    }

    /**
     * One article per language and size (the first source article of the language), written into {@code dir} as
     * {@code <prefix>-<lang>-<size>k.txt}; {@code round} numbers them so each round has bytes of its own.
     */
    List<Generated> mixed(Path dir, List<Integer> sizesKb, int round, String prefix) throws IOException {
        Files.createDirectories(dir);
        List<Generated> generated = new ArrayList<>();
        for (Map.Entry<String, List<Source>> language : byLanguage.entrySet()) {
            List<Source> sources = language.getValue();
            for (int i = 0; i < sizesKb.size(); i++) {
                int kb = sizesKb.get(i);
                // a different source article of the language for each size, where there are several
                Source source = sources.get(i % sources.size());
                String text = ofSize(source, sources, kb * 1024)
                        + "\n\n(Benchmark article " + prefix + " " + round + ", " + kb + " KB.)\n";
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                Path file = dir.resolve(String.format("%s-r%04d-%s-%03dk.txt", prefix, round, language.getKey(), kb));
                Files.write(file, bytes);
                generated.add(new Generated(file, language.getKey(), source.opening().get(0), bytes.length));
            }
        }
        return generated;
    }

    /** The source's opening lines, then body paragraphs of its language, its own first, up to {@code bytes}. */
    private static String ofSize(Source source, List<Source> sameLanguage, int bytes) {
        List<String> pool = new ArrayList<>(source.body());
        for (Source other : sameLanguage) {
            if (other != source) {
                pool.addAll(other.body());
            }
        }
        if (pool.isEmpty()) {
            pool.addAll(source.opening());
        }
        StringBuilder text = new StringBuilder(String.join("\n\n", source.opening()));
        int length = text.toString().getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; length < bytes; i++) {
            String paragraph = "\n\n" + pool.get(i % pool.size());
            text.append(paragraph);
            length += paragraph.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    /** {@code count} copies of the seed article, numbered from {@code first}, each with a last line of its own. */
    static List<Generated> seedCopies(Path dir, int first, int count, String prefix) throws IOException {
        Files.createDirectories(dir);
        byte[] seed = Files.readAllBytes(SEED);
        String title = new String(seed, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        List<Generated> generated = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            byte[] line = String.format("%n(Copy %d of the benchmark batch %s.)%n", i, prefix).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[seed.length + line.length];
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            System.arraycopy(line, 0, bytes, seed.length, line.length);
            Path file = dir.resolve(String.format("%s-%06d.txt", prefix, i));
            Files.write(file, bytes);
            generated.add(new Generated(file, "en", title, bytes.length));
        }
        return generated;
    }

    /** How many articles of each language a list holds. */
    static Map<String, Integer> perLanguage(List<Generated> articles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        articles.forEach(a -> counts.merge(a.language(), 1, Integer::sum));
        return counts;
    }
}
