package org.polypress.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.polypress.ingest.SourceBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.ingest.Extraction;
import org.polypress.model.Source;
import org.polypress.render.json.JsonRenderer;
import org.polypress.testing.JsonSchemaAssertion;
import org.polypress.testing.PipelineStages;

/**
 * What plain text Polypress is unsure of, or cannot fully decode, says in its source: bad bytes are counted
 * and located, a guess on little evidence is called one, and bytes that are no text are refused.
 */
class DamagedAndAmbiguousTextTest {

    private static final Path FIXTURES = Path.of("src/test/resources/encodings");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(52_428_800L, 10_000_000);
    private static final byte BAD = (byte) 0xFF;

    @TempDir
    Path dir;

    private static String fixture(String name) throws IOException {
        return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
    }

    /** {@code text} encoded, with {@link #BAD} inserted before each of the characters at {@code before}. */
    private static byte[] withBadBytes(String text, Charset charset, int... before) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int at : before) {
            out.writeBytes(text.substring(from, at).getBytes(charset));
            out.write(BAD);
            from = at;
        }
        out.writeBytes(text.substring(from).getBytes(charset));
        return out.toByteArray();
    }

    private static String withReplacements(String text, int... before) {
        StringBuilder out = new StringBuilder(text);
        for (int i = before.length - 1; i >= 0; i--) {
            out.insert(before[i], '\uFFFD');
        }
        return out.toString();
    }

    @Test
    void fewUndecodableBytesAreCountedLocatedAndShownAsReplacementCharacters() throws Exception {
        String text = fixture("korean-news.txt");
        int[] before = {100, 200, 300};
        byte[] bytes = withBadBytes(text, StandardCharsets.UTF_8, before);
        int firstAt = text.substring(0, 100).getBytes(StandardCharsets.UTF_8).length;

        Extraction extraction = EXTRACTOR.extract(Files.write(dir.resolve("damaged.txt"), bytes));

        assertEquals(asBlocks(withReplacements(text, before)), extraction.text());
        Source source = extraction.source();
        assertEquals("UTF-8", source.charset());
        assertEquals(List.of("3 bytes could not be decoded, first at byte " + firstAt + "; they are shown as \uFFFD"),
                source.warnings());
        assertTrue(source.charsetConfidence() >= CharsetDecider.LOW_CONFIDENCE, source.toString());
    }

    @Test
    void byteALegacyEncodingLeavesUndefinedIsReported() throws Exception {
        // 0xFF is no character in ISO-8859-8
        String text = fixture("hebrew-news.txt");
        byte[] bytes = withBadBytes(text, Charset.forName("ISO-8859-8"), 250);

        Extraction extraction = EXTRACTOR.extract(Files.write(dir.resolve("hebrew.txt"), bytes));

        assertEquals(asBlocks(withReplacements(text, 250)), extraction.text());
        assertEquals("ISO-8859-8", extraction.source().charset());
        assertEquals(List.of("1 byte could not be decoded, at byte 250; it is shown as \uFFFD"),
                extraction.source().warnings());
    }

    @Test
    void manyUndecodableBytesAreRefusedAsUnreadable() throws Exception {
        String text = fixture("korean-news.txt");
        int[] before = new int[text.length() / 50];
        for (int i = 0; i < before.length; i++) {
            before[i] = (i + 1) * 50;
        }
        Path file = Files.write(dir.resolve("ruined.txt"), withBadBytes(text, StandardCharsets.UTF_8, before));

        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(file));

        assertEquals(Stage.INGEST, e.stage());
        assertEquals("The file does not hold readable text", e.reason());
        assertTrue(e.detail().contains("read as text/plain in UTF-8; " + before.length + " bytes could not be decoded"),
                e.detail());
    }

    @Test
    void warningsAndConfidenceReachTheJsonRendition() throws Exception {
        String text = fixture("hebrew-news.txt");
        Path file = Files.write(dir.resolve("hebrew.txt"), withBadBytes(text, Charset.forName("ISO-8859-8"), 250));

        byte[] json = PipelineStages.file(PipelineStages.get().convert(file), JsonRenderer.FILE_NAME);

        JsonSchemaAssertion.assertArticleJsonIsValid(json);
        JsonNode source = new ObjectMapper().readTree(json).get("source");
        assertEquals("ISO-8859-8", source.get("charset").asText());
        assertTrue(source.get("charsetConfidence").isInt(), source.toString());
        assertEquals("1 byte could not be decoded, at byte 250; it is shown as \uFFFD",
                source.get("warnings").get(0).asText());
    }

    @Test
    void shortAmbiguousTextReportsLowConfidence() throws Exception {
        String text = "Café crème";
        Path file = Files.write(dir.resolve("menu.txt"), text.getBytes(Charset.forName("windows-1252")));

        Extraction extraction = EXTRACTOR.extract(file);

        // right, but on two accented letters: "Cafй crиme" would be Cyrillic letters inside Latin words
        assertEquals(asBlocks(text), extraction.text());
        Source source = extraction.source();
        assertEquals("windows-1252", source.charset());
        assertTrue(source.charsetConfidence() < CharsetDecider.LOW_CONFIDENCE, source.toString());
        assertEquals(List.of("the character encoding was guessed with low confidence (windows-1252, "
                + source.charsetConfidence() + " %)"), source.warnings());
    }

    /**
     * ICU names no Cyrillic encoding for this line, and Hebrew first; the Hebrew reading leaves bytes
     * undecoded, and of the readings whose letters fit, windows-1251 and KOI8-R tie: the guess is called one.
     */
    @Test
    void lineTheStatisticsCannotPlaceIsReadWhereItsLettersFitAndCalledAGuess() throws Exception {
        String line = "Москва, 14 мая.";
        Path file = Files.write(dir.resolve("dateline.txt"), line.getBytes(Charset.forName("windows-1251")));

        Extraction extraction = EXTRACTOR.extract(file);

        assertEquals(asBlocks(line), extraction.text());
        assertEquals("windows-1251", extraction.source().charset());
        assertEquals(List.of("the character encoding was guessed with low confidence (windows-1251, 0 %)",
                "the character encoding was a close call between windows-1251 (0 %) and KOI8-R (0 %)"),
                extraction.source().warnings());
    }

    /**
     * Fifteen Cyrillic letters are too few for ICU's statistics, which take them for Chinese; a file name
     * that states Russian leaves only the encodings that write Cyrillic, and the guess is still called one.
     */
    @Test
    void languageTheFileNameStatesDecidesAShortText() throws Exception {
        String headline = "Легкий троннинг";
        byte[] bytes = headline.getBytes(Charset.forName("windows-1251"));
        Extraction unstated = EXTRACTOR.extract(Files.write(dir.resolve("headline.txt"), bytes));
        Extraction stated = EXTRACTOR.extract(Files.write(dir.resolve("headline.ru.txt"), bytes));

        assertNotEquals(headline, unstated.text());
        assertEquals(headline, stated.text());
        assertEquals("windows-1251", stated.source().charset());
        List<String> warnings = stated.source().warnings();
        assertTrue(warnings.get(0).startsWith("the character encoding was guessed with low confidence"),
                warnings.toString());
    }

    @ParameterizedTest(name = "{0} random bytes, seed {1}")
    @CsvSource({"64, 1", "1000, 2", "8192, 7", "8192, 8", "65536, 3", "300000, 4"})
    void randomBytesAreRefusedAsUnreadable(int size, long seed) throws Exception {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Path file = Files.write(dir.resolve("noise.txt"), bytes);

        PipelineException e = assertThrows(PipelineException.class, () -> EXTRACTOR.extract(file));

        assertEquals("The file does not hold readable text", e.reason());
    }

    /** Zero bytes are what shows UTF-16 without a mark; a stray one in a legacy text is no such sign. */
    @Test
    void strayZeroByteDoesNotMakeUtf16() throws Exception {
        String text = fixture("korean-news.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(Charset.forName("EUC-KR")));
        out.write(0);
        out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));

        Extraction extraction = EXTRACTOR.extract(Files.write(dir.resolve("korean.txt"), out.toByteArray()));

        assertEquals("EUC-KR", extraction.source().charset());
        assertEquals(asBlocks(text + "\u0000\n"), extraction.text());
    }

    /**
     * A table spaced with ideographic spaces (U+3000, bytes 00 30) holds more zero bytes on the wrong side than
     * on the right one; read the wrong way round, its kanji are still valid characters.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE", "UTF-16BE"})
    void ideographicSpacesDoNotTurnUtf16WithoutMarkAround(String encoding) throws Exception {
        String table = "各地の天気\n\n東京　晴れ　最高気温　十八度\n大阪　曇り　最高気温　十七度\n札幌　雪　最高気温　二度\n"
                + "福岡　雨　最高気温　十五度\n那覇　晴れ　最高気温　二十四度\n";
        Path file = Files.write(dir.resolve("weather.txt"), table.getBytes(Charset.forName(encoding)));

        Extraction extraction = EXTRACTOR.extract(file);

        assertEquals(asBlocks(table), extraction.text());
        assertEquals(encoding, extraction.source().charset());
        assertEquals(List.of(), extraction.source().warnings());
    }

    /**
     * Dates written in Chinese numerals are full of 一 (U+4E00, bytes 00 4E in UTF-16LE), which the wrong byte
     * order reads as a plain N, so that reading looks less unlike text; but it turns 日 into a private-use
     * character and every line end into an unassigned one, and is not readable. The evidence disagrees, and
     * the confidence says so.
     */
    @Test
    void utf16WithoutMarkIsReadInTheByteOrderThatGivesReadableText() throws Exception {
        String dates = "一九一一年一月一日\n一九二一年一月一日\n一九四一年十一月一日\n一九五一年一月十一日\n";
        Path file = Files.write(dir.resolve("dates.txt"), dates.getBytes(StandardCharsets.UTF_16LE));

        Extraction extraction = EXTRACTOR.extract(file);

        assertEquals(asBlocks(dates), extraction.text());
        assertEquals("UTF-16LE", extraction.source().charset());
        assertEquals(List.of("the character encoding was guessed with low confidence (UTF-16LE, 0 %)"),
                extraction.source().warnings());
    }

    /** Cyrillic letters in UTF-16 hold a byte 0x04, which no ASCII-based text holds; this headline has one space. */
    @Test
    void utf16WithoutMarkIsSeenInControlBytesAsWellAsZeros() throws Exception {
        String headline = "Легкий троннинг";
        Path file = Files.write(dir.resolve("headline.txt"), headline.getBytes(StandardCharsets.UTF_16BE));

        Extraction extraction = EXTRACTOR.extract(file);

        assertEquals(asBlocks(headline), extraction.text());
        assertEquals("UTF-16BE", extraction.source().charset());
    }

    @Test
    void pageReadInTheEncodingItDeclaresIsSureOfIt() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Легкий троннинг</title></head>"
                + "<body><p>Президент России встретился с премьер-министром Малайзии.</p></body></html>";
        Path file = Files.write(dir.resolve("story.html"), html.getBytes(Charset.forName("windows-1251")));

        Extraction extraction = EXTRACTOR.extract(file);

        assertEquals("text/html", extraction.source().mediaType());
        assertEquals("windows-1251", extraction.source().charset());
        assertEquals(100, extraction.source().charsetConfidence());
        assertEquals(List.of(), extraction.source().warnings());
        assertTrue(extraction.text().contains("Президент России"), extraction.text());
    }

    /** A text as its extraction holds it: its blocks, a block's lines on lines, blocks apart by a blank line. */
    private static String asBlocks(String text) {
        return String.join("\n\n", PlainTextBlocks.split(text).stream().map(SourceBlock::joined).toList());
    }
}
