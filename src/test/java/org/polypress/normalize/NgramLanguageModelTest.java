package org.polypress.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The n-gram language model asked once per text: what it reads, and what it answers on real articles. */
class NgramLanguageModelTest {

    private static NgramLanguageModel model;

    @BeforeAll
    static void load() throws Exception {
        model = NgramLanguageModel.shared();
    }

    @Test
    void theModelIsReadOnceForTheWholeProcess() throws Exception {
        assertSame(model, NgramLanguageModel.shared());
    }

    @Test
    void addressesDigitsPunctuationAndRepeatedLettersAreNotRead() {
        assertEquals("Write to or see Soo good",
                NgramLanguageModel.clean("Write to desk@example.org or see https://example.org/news/2024 — 42%! Sooooo good."));
    }

    @Test
    void featuresAreTheDistinctLowerCaseOneToThreeGramsWithoutALoneSpace() {
        assertArrayEquals(new String[] {"a", "ab", "ab ", "b", "b ", "b a", " a", " ab"},
                NgramLanguageModel.ngrams("Ab ab"));
    }

    @Test
    void packedFeaturesAreTheFeaturesPackedInTheirOrder() throws Exception {
        assertArrayEquals(new long[] {'a', 'a' << 21 | 'b', (long) ('a' << 21 | 'b') << 21 | ' ', 'b', 'b' << 21 | ' ',
                (long) ('b' << 21 | ' ') << 21 | 'a', ' ' << 21 | 'a', (long) (' ' << 21 | 'a') << 21 | 'b'},
                NgramLanguageModel.packedNgrams("Ab ab"));
        // a code point beyond the BMP is one point; one n-gram holding U+0000 is none, the others stay
        assertArrayEquals(new long[] {0x20000L << 21 | 'a', 'a', 'b'}, java.util.Arrays.copyOfRange(
                NgramLanguageModel.packedNgrams("\uD840\uDC00a\u0000b"), 1, 4));
        List<Path> articles;
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"), 2)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String cleaned = NgramLanguageModel.clean(head(article.toString()));
            long[] expected = java.util.Arrays.stream(NgramLanguageModel.ngrams(cleaned))
                    .mapToLong(PackedNgramWeights::pack).filter(k -> k >= 0).toArray();
            assertArrayEquals(expected, NgramLanguageModel.packedNgrams(cleaned), article.toString());
        }
    }

    @Test
    void theSeedArticleIsEnglishByFar() throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
                + "peoples-daily-kazakhstan-china.txt"), StandardCharsets.UTF_8);
        List<NgramLanguageModel.Guess> guesses = model.rank(seed.substring(0, 600));
        assertEquals("eng", guesses.get(0).code());
        assertTrue(guesses.get(0).probability() > 3 * guesses.get(1).probability(), guesses.subList(0, 2).toString());
        assertTrue(guesses.size() > 100, "every language of the model is ranked: " + guesses.size());
        for (int i = 1; i < guesses.size(); i++) {
            assertTrue(guesses.get(i - 1).probability() >= guesses.get(i).probability(), "ranked at " + i);
        }
    }

    @Test
    void arabicRussianAndUkrainianAreToldApart() throws Exception {
        assertEquals("ara", model.rank(head("src/test/resources/golden/kazakhstan-ar/kazakhstan.ar.txt")).get(0).code());
        assertEquals("rus", model.rank("Российские и казахстанские компании подписали соглашения о поставках зерна"
                + " через порт Актау, сообщили в министерстве торговли.").get(0).code());
        assertEquals("ukr", model.rank("Українські та казахстанські компанії підписали угоди про постачання зерна"
                + " через порт Актау, повідомили в міністерстві торгівлі.").get(0).code());
    }

    @Test
    void aTextWithoutLettersGetsNoGuess() {
        assertEquals(List.of(), model.rank("2024 — 42% (+3,5) 17:30 …"));
    }

    @Test
    void answersAsOpenNlpsOwnDetectorDoesOnTheSameCleanedText() throws Exception {
        opennlp.tools.langdetect.LanguageDetectorME openNlp;
        try (java.io.InputStream in = NgramLanguageModel.class.getResourceAsStream(NgramLanguageModel.RESOURCE)) {
            openNlp = new opennlp.tools.langdetect.LanguageDetectorME(new opennlp.tools.langdetect.LanguageDetectorModel(in));
        }
        List<Path> articles;
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"), 2)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 10, "golden articles: " + articles.size());
        for (Path article : articles) {
            String text = head(article.toString());
            List<NgramLanguageModel.Guess> ours = model.rank(text);
            opennlp.tools.langdetect.Language[] theirs = openNlp.predictLanguages(NgramLanguageModel.clean(text));
            for (int i = 0; i < 3; i++) {
                assertEquals(theirs[i].getLang(), ours.get(i).code(), article + " #" + i);
                assertEquals(theirs[i].getConfidence(), ours.get(i).probability(), 0.01, article + " #" + i);
            }
        }
    }

    @Test
    void thePackedWeightsGiveOpenNlpsOwnModelsProbabilities() throws Exception {
        opennlp.tools.ml.model.MaxentModel theirs;
        PackedNgramWeights ours;
        try (java.io.InputStream in = NgramLanguageModel.class.getResourceAsStream(NgramLanguageModel.RESOURCE)) {
            theirs = new opennlp.tools.langdetect.LanguageDetectorModel(in).getMaxentModel();
        }
        try (java.io.InputStream in = NgramLanguageModel.class.getResourceAsStream(NgramLanguageModel.RESOURCE)) {
            ours = PackedNgramWeights.read(in);
        }
        assertEquals(theirs.getNumOutcomes(), ours.outcomeCount());
        List<Path> articles;
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"), 2)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            // n-grams the model lacks ("zzq", a lone letter of a script it never saw) weigh nothing in both
            String[] features = NgramLanguageModel.ngrams(NgramLanguageModel.clean(head(article.toString()) + " zzq ⴰⵣ"));
            float[] once = new float[features.length];
            java.util.Arrays.fill(once, 1f);
            double[] expected = theirs.eval(features, once);
            double[] actual = ours.eval(features);
            for (int o = 0; o < expected.length; o++) {
                assertEquals(theirs.getOutcome(o), ours.outcome(o));
                assertEquals(expected[o], actual[o], 1e-4, article + " " + theirs.getOutcome(o));
            }
        }
    }

    @Test
    void ngramsPackIntoOneNumberEachWhateverTheirScript() {
        assertEquals('a', PackedNgramWeights.pack("a"));
        assertTrue(PackedNgramWeights.pack(" a") != PackedNgramWeights.pack("a "));
        assertTrue(PackedNgramWeights.pack("𠀀ab") > 0, "a code point beyond the BMP");
        assertTrue(PackedNgramWeights.pack("𠀀ab") != PackedNgramWeights.pack("ab"));
        assertEquals(-1, PackedNgramWeights.pack("abcd"));
        assertEquals(-1, PackedNgramWeights.pack(""));
    }

    private static String head(String file) throws Exception {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) : text;
    }
}
