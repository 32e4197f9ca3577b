package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.polypress.testing.EpubCheckAssertion.assertEpubIsValid;
import static org.polypress.testing.JsonSchemaAssertion.assertArticleJsonIsValid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.polypress.model.Article;
import org.polypress.render.Renditions;
import org.polypress.testing.ArticleDifferences;
import org.polypress.testing.PictureAssertion;
import org.polypress.testing.PipelineStages;

/**
 * The seed and our Arabic (right-to-left) and Chinese (CJK) translations of it, each written as a DOCX, ODT, RTF,
 * PDF and saved web page by {@link OfficeDocuments} (built here, no binary committed) with a photo above its
 * caption, through the pipeline's stages: each is recognized as its plain-text golden case is — title, byline,
 * date, dateline, headings, captions and credits, paragraph texts, credit lines — and published with valid
 * renditions; where the format carries pictures (DOCX, ODT, a web page's {@code data:} URI) the photo is in
 * all three.
 *
 * <p>No field differs for any language and format. The Arabic PDF holds what real Arabic PDFs hold — shaped
 * glyphs (presentation forms) in visual order, flush right — and PDFBox gives back the letters in logical order
 * with presentation forms folded back, as the plain text spells them. The Chinese PDF needs a CJK font (Debian's
 * {@code fonts-wqy-zenhei}): where none is installed that case is skipped, unless {@code CI=true}, where it fails.
 */
class TranslatedFormatsTest {

    private static final FixtureArticle[] ARTICLES = {FixtureArticle.SEED, FixtureArticle.ARABIC,
            FixtureArticle.CHINESE};
    /** Over 16 pixels a side: smaller pictures on a web page are left out as spacers. */
    private static final byte[] PHOTO = OfficeDocuments.png(40, 30);

    @TempDir
    Path dir;

    /** A format the fixtures are written in, and the picture it carries (null when it carries none). */
    enum Format {
        DOCX("docx", OfficeDocuments.PICTURE), ODT("odt", PHOTO), RTF("rtf", null), PDF("pdf", null),
        HTML("html", PHOTO);

        final String extension;
        final byte[] picture;

        Format(String extension, byte[] picture) {
            this.extension = extension;
            this.picture = picture;
        }

        byte[] write(FixtureArticle article, String language) throws Exception {
            return switch (this) {
                case DOCX -> OfficeDocuments.docx(article, language);
                case ODT -> OfficeDocuments.odt(article, language, PHOTO, null);
                case RTF -> OfficeDocuments.rtf(article);
                case PDF -> OfficeDocuments.pdf(article);
                case HTML -> OfficeDocuments.html(article, language, PHOTO);
            };
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(ARTICLES).flatMap(a -> Stream.of(Format.values()).map(f -> Arguments.of(a, f)));
    }

    static Stream<Arguments> statingFormats() {
        return Stream.of(ARTICLES).flatMap(a -> Stream.of(Format.DOCX, Format.ODT, Format.HTML)
                .map(f -> Arguments.of(a, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachFormatIsRecognizedLikeThePlainText(FixtureArticle article, Format format) throws Exception {
        Path file = Files.write(dir.resolve(article.fileName(format.extension)), bytes(article, format));
        Renditions renditions = PipelineStages.get().convert(file);
        Article plain = PipelineStages.get().recognize(article.text());
        assertEquals(List.of(), ArticleDifferences.between(plain, renditions.article()),
                article + " as " + format + ": these fields differ from the plain text");
        assertArticleJsonIsValid(PipelineStages.file(renditions, "article.json"));
        assertEpubIsValid(PipelineStages.file(renditions, "article.epub"));
        if (format.picture != null) {
            PictureAssertion.assertCarried(renditions, format.picture, "image/png",
                    width(format.picture), height(format.picture),
                    PictureAssertion.figures(renditions.article()).get(0).caption(), dir.resolve("output"));
        } else {
            PictureAssertion.assertPublished(renditions, dir.resolve("output"));
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("statingFormats")
    void theDocumentStatesItsLanguage(FixtureArticle article, Format format) throws Exception {
        Path file = Files.write(dir.resolve("story." + format.extension), bytes(article, format));
        String stated = new ArticleExtractor(10_000_000, 1_000_000).extract(file).statedLanguage();
        assertEquals(PipelineStages.get().recognize(article.text()).language(),
                PipelineStages.get().recognize(file).language(), "stated " + stated);
        assertEquals(article.language().substring(0, 2), stated.substring(0, 2));
    }

    /** The fixture; a PDF of an article no font here can print is skipped, except on CI. */
    private static byte[] bytes(FixtureArticle article, Format format) throws Exception {
        try {
            return format.write(article, article.language());
        } catch (PrintedLines.MissingFont e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must install the fonts the PDF fixtures print with: " + e.getMessage());
            }
            Assumptions.abort(article + " as PDF skipped: " + e.getMessage());
            throw e;
        }
    }

    private static int width(byte[] png) throws Exception {
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth();
    }

    private static int height(byte[] png) throws Exception {
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getHeight();
    }
}
