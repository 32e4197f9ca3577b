package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.SourceBlock;

/** Pictures' captions and credits, however a page marks them, as CAPTION and CREDIT blocks. */
class CaptionAndCreditTest {

    private static final String P1 = BoilerplateRemoverTest.P1;
    private static final String P2 = BoilerplateRemoverTest.P2;
    private static final String CAPTION = "Volunteers fill sand bags at the fire station on Tuesday.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    /** The typed blocks of a story whose body holds {@code figure} between two paragraphs, pictures left out. */
    private List<String> typed(String figure) {
        String page = "<html><head><title>River floods the old town</title></head><body><article>"
                + "<h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>" + figure + "<p>" + P2
                + "</p></div></article></body></html>";
        return reader.read(page.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .filter(b -> b.hint() != SourceBlock.Hint.PICTURE)
                .map(b -> b.hint() + " " + b.joined()).toList();
    }

    /** The blocks between the two paragraphs. */
    private List<String> between(String figure) {
        List<String> typed = typed(figure);
        return typed.subList(typed.indexOf("NONE " + P1) + 1, typed.indexOf("NONE " + P2));
    }

    @Test
    void captionAndCreditNamedSoOutsideAFigureAreCaptionAndCredit() {
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Photo: Tom Reyes"), between("<div class='image'>"
                + "<img src='a.jpg'><span class='image-caption'>" + CAPTION + "</span><span class='image-credit'>"
                + "Photo: Tom Reyes</span></div>"));
    }

    @Test
    void creditWrappedAboveTheCaptionInsideTheFigcaptionIsTheCreditAndTheTextBelowTheCaption() {
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Tom Reyes/Reuters"), between("<figure><img src='a.jpg'>"
                + "<figcaption><div class='top'><div class='copyright'>Tom Reyes/Reuters</div></div>"
                + "<div>" + CAPTION + "</div></figcaption></figure>"));
    }

    @Test
    void captionTextAfterAnIconInTheFigcaptionIsTheCaptionNotItsCredit() {
        assertEquals(List.of("CAPTION " + CAPTION), between("<figure><img src='a.jpg'></figure><figcaption><span "
                + "class='camera'><svg><path d='M1 1'></path></svg></span><span class='title'>" + CAPTION
                + "</span></figcaption>"));
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Tom Reyes"), between("<figure><img src='a.jpg'>"
                + "<figcaption><span class='camera'><svg></svg></span><span>" + CAPTION + "</span> <small>Tom Reyes</small>"
                + "</figcaption></figure>"));
    }

    @Test
    void captionBoxAroundAPictureIsAFigure() {
        assertEquals(List.of("CAPTION " + CAPTION), between("<div class='wp-caption'><img src='a.jpg'>"
                + "<p class='wp-caption-text'>" + CAPTION + "</p></div>"));
    }

    @Test
    void figureWithoutFigcaptionIsCaptionedByThePartNamedAsItsCaption() {
        assertEquals(List.of("CAPTION " + CAPTION), between("<figure><img src='a.jpg'><div class='caption'>"
                + CAPTION + "</div></figure>"));
    }

    @Test
    void figureIsKeptWhateverItsNameAndAHiddenFigcaptionToo() {
        assertEquals(List.of("CAPTION " + CAPTION), between("<figure class='widget'><img src='a.jpg'>"
                + "<figcaption>" + CAPTION + "</figcaption></figure>"));
        // Pandoc writes the caption as the picture's text alternative and repeats it in a figcaption hidden from
        // screen readers
        assertEquals(List.of("CAPTION " + CAPTION + " (Tom Reyes)"), between("<figure><img src='a.jpg' alt='"
                + CAPTION + " (Tom Reyes)'><figcaption aria-hidden='true'>" + CAPTION + " (Tom Reyes)</figcaption>"
                + "</figure>"));
    }

    @Test
    void figureInWrappersAndCaptionPartsNamedAsFurnitureIsKept() {
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT AP Photo"), between("<div class='widget widget--image'>"
                + "<div class='widget__contents'><figure><img src='a.jpg'><figcaption><span class='widget__wrap'>"
                + "<span class='widget__text'>" + CAPTION + "</span> <span class='widget__credit'>AP Photo</span>"
                + "</span></figcaption></figure></div></div>"));
    }

    @Test
    void creditClosingTheCaptionAfterItsLabelIsACredit() {
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Foto: Tom Reyes"), between("<figure><img src='a.jpg'>"
                + "<figcaption>" + CAPTION + ", Foto: Tom Reyes</figcaption></figure>"));
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT © Agency"), between("<figure><img src='a.jpg'>"
                + "<figcaption>" + CAPTION + " © Agency</figcaption></figure>"));
    }

    @Test
    void creditClosingTheCaptionAfterABarABylineOrInBracketsIsACredit() {
        for (String[] shape : new String[][] {{" | Bildquelle: EU Commission", "Bildquelle: EU Commission"},
                {" — Picture by Yusof Mat", "Picture by Yusof Mat"}, {" | Niall Carson/PA Images", "Niall Carson/PA Images"},
                {" (Photo: Tom Reyes)", "Photo: Tom Reyes"}}) {
            assertEquals(List.of("CAPTION " + CAPTION, "CREDIT " + shape[1]), between("<figure><img src='a.jpg'>"
                    + "<figcaption>" + CAPTION + shape[0] + "</figcaption></figure>"), shape[0]);
        }
        // a credit in brackets without a label is left to the recognizer's conventions
        assertEquals(List.of("CAPTION " + CAPTION + " (AP)"), between("<figure><img src='a.jpg'>"
                + "<figcaption>" + CAPTION + " (AP)</figcaption></figure>"));
    }

    @Test
    void figureTextOutsideItsCaptionIsItsCredit() {
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Agency/Tom Reyes"), between("<figure><picture>"
                + "<img src='a.jpg'></picture><figcaption>" + CAPTION + "</figcaption><footer>Agency/Tom Reyes</footer>"
                + "</figure>"));
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Foto: Tom Reyes"), between("<figure><div><img src='a.jpg'>"
                + "<span><span>Foto: Tom Reyes</span></span></div><figcaption><p>" + CAPTION + "</p></figcaption>"
                + "</figure>"));
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Agency/Tom Reyes"), between("<figure><img src='a.jpg'>"
                + "<figcaption aria-hidden='true'>" + CAPTION + " <span class='credit' aria-hidden='true'>"
                + "Agency/Tom Reyes</span></figcaption></figure>"));
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Agency/Tom Reyes"), between("<figure><img src='a.jpg'>"
                + "<figcaption><span class='title'>" + CAPTION + " <span class='author'>Agency/Tom Reyes</span></span>"
                + "</figcaption></figure>"));
    }

    @Test
    void creditSetApartFromTheCaptionIsACredit() {
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Agency/Tom Reyes"), between("<figure><img src='a.jpg'>"
                + "<figcaption>" + CAPTION + "</figcaption></figure><div class='image-copyright'>Agency/Tom Reyes"
                + "</div>"));
        assertEquals(List.of("CAPTION " + CAPTION, "CREDIT Agency/Tom Reyes"), between("<figure><img src='a.jpg'>"
                + "<div><figcaption itemprop='caption'>" + CAPTION + "</figcaption><figcaption itemprop='author'>"
                + "Agency/Tom Reyes</figcaption></div></figure>"));
    }

    @Test
    void typeStyleNamedCaptionIsNoCaption() {
        List<String> between = between("<div class='text-caption'><time datetime='2024-05-03'>03.05.2024</time>"
                + " • <span>5 minutes to read</span></div>");
        assertTrue(between.stream().noneMatch(b -> b.startsWith("CAPTION")), between.toString());
    }

    @Test
    void authorPhotoWithTheBylineUnderItIsABylineNoCaption() {
        List<String> between = between("<figure><img src='me.jpg' alt='Ines Marlow'><figcaption><address>By "
                + "<a rel='author' href='/authors/ines'>Ines Marlow</a></address><time datetime='2024-05-03'>"
                + "03.05.2024</time></figcaption></figure>");
        assertEquals(List.of("AUTHOR By Ines Marlow", "TIME 03.05.2024"), between);
    }

    @Test
    void videoPlayerWithItsTitleDurationAndCaptionIsLeftOut() {
        List<String> between = between("<div><strong>WATCH | The flood from above:</strong><span class='embed'>"
                + "<div class='player-container'><img src='thumb.jpg'><h3>Drone flies over the flooded town</h3>"
                + "<span>Duration 1:30</span></div><span class='media-caption'>A drone filmed the old town under "
                + "water on Tuesday.</span></span></div>");
        assertEquals(List.of(), between);
    }

    @Test
    void pictureWithoutCaptionGivesNoCaption() {
        List<String> typed = typed("<figure><img src='a.jpg' alt='Sand bags'></figure>");
        assertFalse(typed.stream().anyMatch(b -> b.startsWith("CAPTION")), typed.toString());
    }
}
