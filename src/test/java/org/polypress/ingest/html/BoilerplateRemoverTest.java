package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.SourceBlock;

/** What no reader copies with an article, recognized by its structure and by the names sites everywhere use. */
class BoilerplateRemoverTest {

    static final String P1 = "The river rose by two metres overnight, and the town council closed the old bridge "
            + "before dawn, the mayor said on Tuesday.";
    static final String P2 = "Shopkeepers on the quay carried their stock upstairs, while volunteers filled sand "
            + "bags at the fire station until noon.";
    static final String P3 = "Forecasters expect the water to fall again by Thursday, if the rain stops in the "
            + "hills, as the models suggest it will.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    /** The typed blocks of a page whose {@code <body>} is {@code body}, pictures left out. */
    private List<String> typed(String body) {
        String page = "<html><head><title>River floods the old town</title></head><body>" + body + "</body></html>";
        return reader.read(page.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .filter(b -> b.hint() != SourceBlock.Hint.PICTURE)
                .map(b -> b.hint() + (b.level() > 0 ? String.valueOf(b.level()) : "") + " " + b.joined()).toList();
    }

    @Test
    void pictureInABoxNamedAsAWidgetKeepsItsCaptionAndCreditAndALinkedWidgetGoes() {
        String picture = "<div class='image-widget'><span><picture><img src='bridge.jpg'></picture></span>"
                + "<p><span>The old bridge under water on Tuesday morning</span></p><p>Image: Jane Roe</p></div>";
        String teaser = "<div class='image-widget'><a href='/flood-2019'><img src='t.jpg'>Five years ago the river "
                + "flooded the old town too</a></div>";
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1,
                "NONE The old bridge under water on Tuesday morning", "NONE Image: Jane Roe", "NONE " + P2,
                "NONE " + P3),
                typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p></div>"
                        + picture + "<div class='text'><p>" + P2 + "</p></div>" + teaser + "<div class='text'><p>"
                        + P3 + "</p></div></article>"));
    }

    @Test
    void pictureAndCaptionSetAsideBesideTheTextStayAndAnAsideOfLinksGoes() {
        String picture = "<aside class='left image' aria-hidden='true'><a href='bridge-large.jpg'><img src='bridge.jpg'>"
                + "</a><p class='caption'>The old bridge under water. <span class='credits'>(Photo by Jane Roe)"
                + "</span></p></aside>";
        String links = "<aside class='left'><a href='/flood-2019'><img src='t.jpg'></a><p class='caption'><a "
                + "href='/flood-2019'>Five years ago the river flooded the old town too</a></p></aside>";
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "CAPTION The old bridge under water.",
                "CREDIT (Photo by Jane Roe)", "NONE " + P2, "NONE " + P3),
                typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>" + picture
                        + "<p>" + P2 + "</p>" + links + "<p>" + P3 + "</p></div></article>"));
    }

    @Test
    void textShownOnlyToScreenReadersIsLeftOut() {
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "NONE " + P2),
                typed("<article><h1>River floods the old town</h1><section><div class='visually-hidden'>Article "
                        + "content</div><p>" + P1 + "</p></section><section><span class='sr-only'>Article content"
                        + "</span><p>" + P2 + "</p></section></article>"));
    }

    @Test
    void elementHiddenByTheFrameworksUtilityClassIsLeftOutAndOneShownFromAScreenWidthIsKept() {
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "HEADING3 Clean-up", "NONE " + P2),
                typed("<article><h1>River floods the old town</h1><p>" + P1 + "</p><h3 class='headline hidden'>"
                        + "New section</h3><h3 class='hidden md:block'>Clean-up</h3><p>" + P2 + "</p></article>"));
    }

    @Test
    void cardLeadingToAnotherStoryInsideTheBodyIsLeftOut() {
        String card = "<div class='x1'><a href='/flood-2019'><img src='t.jpg'></a><div><div><a href='/topics/weather'>"
                + "Weather</a></div><a href='/flood-2019'>Five years ago the river flooded the old town too</a>"
                + "<div><p>The water rose by three metres and the bridge was closed for a month.</p></div></div></div>";
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "NONE " + P2, "NONE " + P3),
                typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p><p>" + P2
                        + "</p><div class='box'><span>Read more</span>" + card + "</div><p>" + P3
                        + "</p></div></article>"));
    }

    @Test
    void linkInsideASentenceOrAfterTheStoryKeepsItsText() {
        String link = "<div class='note'><p>" + P3 + "</p><a href='/weather'>See the forecast for the whole valley</a>"
                + "</div>";
        List<String> typed = typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>"
                + "<p>" + P2 + "</p>" + link + "</div></article>");
        assertEquals(List.of("NONE " + P3, "NONE See the forecast for the whole valley"),
                typed.subList(typed.size() - 2, typed.size()));
    }

    @Test
    void boxNamedAsFurnitureInACamelCaseCompoundOrBesideAStoryWordIsLeftOut() {
        List<String> typed = typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>"
                + "<section class='NewsletterBox_root'><div>The Morning</div><span>The best start into your day with "
                + "news from the valley.</span></section><p>" + P2 + "</p><div class='newsletter-story-page'><div>"
                + "Travel Time</div><p>Plan your next getaway with our weekly letter of deals.</p></div><p>" + P3
                + "</p></div></article>");
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "NONE " + P2, "NONE " + P3), typed);
    }

    @Test
    void headingNamedAfterItsStyleAndPaywalledPictureStay() {
        List<String> typed = typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>"
                + "<h2 class='widget-title'>The bridge</h2><p>" + P2 + "</p><div class='inline-element paywalled'>"
                + "<figure><img src='a.jpg'><figcaption>Sand bags at the fire station.</figcaption></figure></div>"
                + "<p>" + P3 + "</p></div></article>");
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "HEADING2 The bridge", "NONE " + P2,
                "CAPTION Sand bags at the fire station.", "NONE " + P3), typed);
    }

    @Test
    void pollFontSizeSwitchAndConsentPromptAreLeftOutAsBoxesOfControls() {
        List<String> typed = typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>"
                + "<div class='sc-1x'><p>Should the town build a higher wall along the quay?</p><label><input "
                + "type='radio' name='a'>Yes</label><label><input type='radio' name='a'>No</label></div><p>" + P2
                + "</p><div><span>AA</span><div><button>+</button><strong>Text size</strong></div></div>"
                + "<div><p>Here you find an external post that completes the article.</p><label><input "
                + "type='checkbox'>Show posts from the network</label></div><p>" + P3 + "</p></div></article>");
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "NONE " + P2, "NONE " + P3), typed);
    }

    @Test
    void bylineWithAFollowButtonAndStoryWithAReadMoreButtonStay() {
        List<String> typed = typed("<article><h1>River floods the old town</h1><div class='meta'><a href="
                + "'/authors/ines-marlow'>Ines Marlow</a> <button>Follow</button></div><div class='text'><p>" + P1
                + "</p><p>" + P2 + "</p><button>Read more</button></div></article>");
        assertEquals(List.of("HEADLINE River floods the old town", "AUTHOR Ines Marlow", "NONE " + P1, "NONE " + P2),
                typed);
    }

    @Test
    void shortParagraphsOfAScriptWithoutSpacesBesideASignUpFormStay() {
        String first = "県内の小学校で十月から新しい品種の米が給食に出されることになりました。";
        String second = "農家と学校が三年かけて準備してきたもので、子どもたちの評判も上々です。";
        List<String> typed = typed("<article><h1>新しい米が給食に</h1><div class='text'><p>" + first + "</p><p>"
                + second + "</p><div class='signup'><h4>購読する</h4><input type='email'><button>OK</button></div>"
                + "</div></article>");
        assertTrue(typed.containsAll(List.of("NONE " + first, "NONE " + second)), typed.toString());
    }

    @Test
    void cardLinkedAsAWholeToAnotherStoryIsLeftOut() {
        String card = "<div class='inner'><a href='/flood-2019'><img src='t.jpg'></a><span>Picture rights: Valley Broadcasting Corporation</span> <span>with video</span><h4><a "
                + "href='/flood-2019'>Five years ago the river flooded the old town too</a></h4><p><a href='/flood-2019'>"
                + "The water rose by three metres and the bridge was closed for a month.</a></p></div>";
        assertEquals(List.of("HEADLINE River floods the old town", "NONE " + P1, "NONE " + P2),
                typed("<article><h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p>" + card + "<p>"
                        + P2 + "</p></div></article>"));
    }
}
