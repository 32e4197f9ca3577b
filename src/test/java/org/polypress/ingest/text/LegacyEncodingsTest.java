package org.polypress.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.polypress.ingest.SourceBlock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.ingest.Extraction;
import org.polypress.model.Article;
import org.polypress.model.Source;
import org.polypress.testing.PipelineStages;

/**
 * Every encoding Polypress reads in plain text, proven on real articles: each text is re-encoded here, into a
 * temporary folder, and must give exactly the text its UTF-8 twin gives, with the encoding named in
 * {@code source.charset} and no doubt reported.
 *
 * <p>The texts are the corpus articles in a language the encoding writes, read from {@code ../shared/corpus}
 * and never copied into the project (they belong to their publishers; these cases are skipped when the
 * corpus is absent), and, for Hebrew and Korean, which the corpus lacks, news paragraphs of our own in
 * {@code src/test/resources/encodings/}.
 *
 * <p>A legacy encoding cannot hold every character of a Unicode text (KOI8-R has no typographic quotes,
 * Big5 and GBK lack a few rare characters). Encoding turns those into {@code ?}, so the UTF-8 twin is the
 * text that survives the round trip through the legacy encoding: the comparison is between two files that
 * hold the same characters.
 */
class LegacyEncodingsTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path FIXTURES = Path.of("src/test/resources/encodings");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(52_428_800L, 10_000_000);
    private static final byte[] NO_MARK = {};

    @TempDir
    Path dir;

    /** A test text: a corpus article or a fixture of ours, perhaps turned into Traditional Chinese. */
    record Sample(String name, Path file, boolean traditional) {

        static Sample corpus(String path) {
            return new Sample(path, CORPUS.resolve(path), false);
        }

        static Sample fixture(String name) {
            return new Sample(name, FIXTURES.resolve(name), false);
        }

        /** The article in Traditional characters, for Big5, which holds few Simplified ones. */
        Sample inTraditionalChinese() {
            return new Sample(name + " (Hant)", file, true);
        }

        String text() throws IOException {
            if (file.startsWith(CORPUS)) {
                assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not at "
                        + CORPUS.toAbsolutePath().normalize() + ": the re-encoded corpus articles are not tested");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return traditional ? Transliterator.getInstance("Hans-Hant").transliterate(text) : text;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> legacyEncodings() {
        Sample chinese = Sample.corpus("zh/people-space-forum.txt");
        Sample japanese = Sample.corpus("ja/sankei-radio-test.txt");
        Sample russian = Sample.corpus("ru/kommersant-malaysia.txt");
        return Stream.of(
                Arguments.of(chinese, "GB18030", "GB18030"),
                // GBK (and GB2312) bytes are GB18030 bytes: GB18030 extends GBK without changing any of its
                // codes, so the file reads the same, and ICU names the whole family GB18030
                Arguments.of(chinese, "GBK", "GB18030"),
                Arguments.of(chinese.inTraditionalChinese(), "Big5", "Big5"),
                Arguments.of(japanese, "Shift_JIS", "Shift_JIS"),
                Arguments.of(japanese, "EUC-JP", "EUC-JP"),
                Arguments.of(Sample.fixture("korean-news.txt"), "EUC-KR", "EUC-KR"),
                Arguments.of(russian, "windows-1251", "windows-1251"),
                Arguments.of(russian, "KOI8-R", "KOI8-R"),
                Arguments.of(Sample.corpus("ar/cnn-arabic-syria.txt"), "windows-1256", "windows-1256"),
                Arguments.of(Sample.fixture("hebrew-news.txt"), "ISO-8859-8", "ISO-8859-8"),
                Arguments.of(Sample.corpus("de/heise.txt"), "windows-1252", "windows-1252"),
                Arguments.of(Sample.corpus("fr/liberation-nepal.txt"), "windows-1252", "windows-1252"),
                Arguments.of(Sample.corpus("es/elpais-deportation-centres.txt"), "windows-1252", "windows-1252"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("legacyEncodings")
    void articleInALegacyEncodingReadsAsItsUtf8Twin(Sample sample, String encoding, String expectedCharset)
            throws Exception {
        Charset charset = Charset.forName(encoding);
        String text = new String(sample.text().getBytes(charset), charset);
        Path utf8 = write("utf-8", text.getBytes(StandardCharsets.UTF_8));
        Path legacy = write(encoding, text.getBytes(charset));

        Extraction fromUtf8 = EXTRACTOR.extract(utf8);
        Extraction fromLegacy = EXTRACTOR.extract(legacy);

        assertEquals(asBlocks(text), fromUtf8.text());
        assertEquals(fromUtf8.text(), fromLegacy.text());
        Source source = fromLegacy.source();
        assertEquals(expectedCharset, source.charset());
        assertTrue(source.charsetConfidence() >= CharsetDecider.LOW_CONFIDENCE, source.toString());
        assertEquals(List.of(), source.warnings());
        assertEquals(withoutSource(PipelineStages.get().recognize(utf8)),
                withoutSource(PipelineStages.get().recognize(legacy)));
    }

    /** Unicode with and without a byte-order mark. */
    enum UnicodeForm {
        UTF_8_WITH_MARK(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF_16LE_WITH_MARK(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE_WITH_MARK(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        UTF_16LE_WITHOUT_MARK(StandardCharsets.UTF_16LE, NO_MARK),
        UTF_16BE_WITHOUT_MARK(StandardCharsets.UTF_16BE, NO_MARK);

        final Charset charset;
        final byte[] mark;

        UnicodeForm(Charset charset, byte[] mark) {
            this.charset = charset;
            this.mark = mark;
        }

        byte[] encode(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(mark);
            out.writeBytes(text.getBytes(charset));
            return out.toByteArray();
        }
    }

    /** Chinese and Japanese hold few ASCII characters, so UTF-16 without a mark is hardest to see in them. */
    static Stream<Arguments> unicodeForms() {
        List<Sample> samples = List.of(Sample.corpus("zh/people-space-forum.txt"),
                Sample.corpus("ja/sankei-radio-test.txt"), Sample.corpus("ru/kommersant-malaysia.txt"),
                Sample.corpus("ar/cnn-arabic-syria.txt"), Sample.corpus("en/yonhap-nk-slams-drill.txt"),
                Sample.fixture("hebrew-news.txt"), Sample.fixture("korean-news.txt"));
        return Stream.of(UnicodeForm.values())
                .flatMap(form -> samples.stream().map(sample -> Arguments.of(sample, form)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("unicodeForms")
    void articleInUnicodeWithOrWithoutByteOrderMarkReadsAsItsUtf8Twin(Sample sample, UnicodeForm form)
            throws Exception {
        String text = sample.text();
        Extraction fromUtf8 = EXTRACTOR.extract(write("utf-8", text.getBytes(StandardCharsets.UTF_8)));
        Extraction fromUnicode = EXTRACTOR.extract(write(form.name(), form.encode(text)));

        assertEquals(asBlocks(text), fromUtf8.text());
        assertEquals(fromUtf8.text(), fromUnicode.text());
        Source source = fromUnicode.source();
        assertEquals(form.charset.name(), source.charset());
        if (form.mark.length > 0) {
            assertEquals(100, source.charsetConfidence());
        } else {
            assertTrue(source.charsetConfidence() >= CharsetDecider.LOW_CONFIDENCE, source.toString());
        }
        assertEquals(List.of(), source.warnings());
    }

    private Path write(String folder, byte[] bytes) throws IOException {
        Path file = dir.resolve(folder).resolve("article.txt");
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** The article apart from what derives from the bytes of its file: id, slug and source. */
    private static Article withoutSource(Article a) {
        Source none = new Source("-", "-", null, null, "-", 1, List.of());
        return new Article("-", "-", a.language(), a.script(), a.direction(), a.title(), a.subtitle(), a.byline(),
                a.dateline(), a.published(), a.body(), a.credits(), a.notes(), none, a.wordCount());
    }

    /** A text as its extraction holds it: its blocks, a block's lines on lines, blocks apart by a blank line. */
    private static String asBlocks(String text) {
        return String.join("\n\n", PlainTextBlocks.split(text).stream().map(SourceBlock::joined).toList());
    }
}
