package org.polypress.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;

/**
 * The language model Tika ships for OpenNLP (character 1- to 3-grams of 100+ languages, trained on CC-100),
 * asked once per text. Tika's own detector asks it again after every 110 n-grams to stop early when sure,
 * each time over every n-gram read so far: on an article's first 600 characters that was four times the
 * work of one question over them all, and most of a steady batch's language identification. The text is
 * cleaned as Tika cleans it before counting (addresses, digits, punctuation, emoji and repeated letters
 * dropped), so the model sees the features it was trained on.
 * <p>
 * OpenNLP's own {@code LanguageDetectorME} asked the same way ranks the same languages first with
 * probabilities within a hundredth (its n-grams differ at the edges; a test compares the first three on our
 * articles), but takes about three times as long (0.45–0.6 against
 * 0.15–0.26 ms on the seed's first 600 characters): it cleans the text again with the model's normalizers and
 * builds every n-gram through its context generator.
 */
final class NgramLanguageModel {

    /** Where Tika's language detector module keeps the model, on the classpath. */
    static final String RESOURCE = "/opennlp-langdetect-20210413.bin";

    private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{10,10000}");
    private static final Pattern MAIL = Pattern.compile(
            "[-_.0-9A-Za-z]{1,100}@[-_0-9A-Za-z]{1,100}[-_.0-9A-Za-z]{1,100}");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsIdeographic}]+");

    /** A language the model proposes (its ISO 639-3 code) and how likely it finds it, 0 to 1. */
    record Guess(String code, double probability) {
    }

    private static volatile NgramLanguageModel shared;

    private final PackedNgramWeights model;

    private NgramLanguageModel(PackedNgramWeights model) {
        this.model = model;
    }

    /**
     * The model, read once for the whole process (about a second, and some 30 MB of heap:
     * {@link PackedNgramWeights}): every application
     * started in one JVM, as the tests start many, shares it, as they shared Tika's detector's model before.
     */
    static NgramLanguageModel shared() throws IOException {
        NgramLanguageModel model = shared;
        if (model == null) {
            synchronized (NgramLanguageModel.class) {
                model = shared;
                if (model == null) {
                    model = load();
                    shared = model;
                }
            }
        }
        return model;
    }

    /** Fails unless the model is on the classpath: a missing one is a broken build, said before any article. */
    static void requireOnClasspath() {
        if (NgramLanguageModel.class.getResource(RESOURCE) == null) {
            throw new IllegalStateException(missing());
        }
    }

    private static String missing() {
        return "the language model " + RESOURCE + " is not on the classpath (tika-langdetect-opennlp)";
    }

    /** Reads the model (23 MB packed). */
    static NgramLanguageModel load() throws IOException {
        try (InputStream in = NgramLanguageModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(missing());
            }
            return new NgramLanguageModel(PackedNgramWeights.read(in));
        }
    }

    /** Every language of the model, the likeliest first; empty when the text has no letters. */
    List<Guess> rank(String text) {
        long[] features = packedNgrams(clean(text));
        if (features.length == 0) {
            return List.of();
        }
        double[] probabilities = model.eval(features);
        List<Guess> guesses = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            guesses.add(new Guess(model.outcome(i), probabilities[i]));
        }
        guesses.sort(Comparator.comparingDouble(Guess::probability).reversed());
        return guesses;
    }

    /** The text as the model was trained on it: letters and ideographs, single spaces between words. */
    static String clean(String text) {
        CharSequence cleaned = MAIL.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
        cleaned = NOT_A_LETTER.matcher(cleaned).replaceAll(" ");
        cleaned = EmojiCharSequenceNormalizer.getInstance().normalize(cleaned);
        cleaned = TwitterCharSequenceNormalizer.getInstance().normalize(cleaned);
        cleaned = NumberCharSequenceNormalizer.getInstance().normalize(cleaned);
        return ShrinkCharSequenceNormalizer.getInstance().normalize(cleaned).toString();
    }

    /** The distinct lower-case 1-, 2- and 3-grams of code points, a lone space aside, in reading order. */
    static String[] ngrams(String cleaned) {
        int[] points = cleaned.codePoints().map(Character::toLowerCase).toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int start = 0; start < points.length; start++) {
            for (int length = 1; length <= 3 && start + length <= points.length; length++) {
                if (length == 1 && points[start] == ' ') {
                    continue;
                }
                grams.add(new String(points, start, length));
            }
        }
        return grams.toArray(new String[0]);
    }

    /**
     * The n-grams of {@link #ngrams}, in the same order, each packed as {@link PackedNgramWeights#pack} packs it,
     * made without a string or a set entry each: an article's 600 characters hold some 1,500. One that holds
     * U+0000, which no key of the model packs to, is left out.
     */
    static long[] packedNgrams(String cleaned) {
        int[] points = cleaned.codePoints().map(Character::toLowerCase).toArray();
        long[] grams = new long[points.length * 3];
        // the distinct ones so far, by open addressing (0 is no key: every code point of a key is above 0)
        long[] seen = new long[Integer.highestOneBit(Math.max(1, grams.length)) << 2];
        int mask = seen.length - 1;
        int count = 0;
        for (int start = 0; start < points.length; start++) {
            long key = 0;
            for (int length = 1; length <= 3 && start + length <= points.length; length++) {
                int point = points[start + length - 1];
                if (point == 0) {
                    break;
                }
                key = key << 21 | point;
                if (length == 1 && point == ' ') {
                    continue;
                }
                int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (seen[slot] != 0 && seen[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (seen[slot] == 0) {
                    seen[slot] = key;
                    grams[count++] = key;
                }
            }
        }
        return java.util.Arrays.copyOf(grams, count);
    }
}
