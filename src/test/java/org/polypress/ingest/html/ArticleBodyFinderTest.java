package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.SourceBlock;

/** How the body of a page is found when the best-scored container is not the whole story. */
class ArticleBodyFinderTest {

    private static final String P1 = "The river rose by two metres overnight, and the town council closed the old bridge "
            + "before dawn, the mayor said on Tuesday.";
    private static final String P2 = "Shopkeepers on the quay carried their stock upstairs, while volunteers filled sand "
            + "bags at the fire station until noon.";
    private static final String P3 = "Forecasters expect the water to fall again by Thursday, if the rain stops in the "
            + "hills, as the models suggest it will.";
    private static final String P4 = "The council will meet on Friday to count the damage and decide how to help the "
            + "families whose cellars were flooded.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private List<String> texts(String body) {
        String page = "<html><head><title>River floods the old town</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>" + body
                + "<footer>The Valley Gazette</footer></body></html>";
        return reader.read(page.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .filter(b -> b.hint() != SourceBlock.Hint.PICTURE).map(SourceBlock::joined).toList();
    }

    @Test
    void storySetInChunksBetweenAdvertisingRailsIsReadWhole() {
        String chunk = "<div class='grid-row'><div class='grid-content'><div class='body-wrapper'>"
                + "<div class='story-chunk'>%s</div></div></div>"
                + "<div class='grid-rail'><div class='most-read'><a href='/x'>Most read: a very long title of "
                + "another story on the site</a></div></div></div>";
        List<String> texts = texts("<article><h1>River floods the old town</h1><div class='chunks'>"
                + chunk.formatted("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>")
                + chunk.formatted("<p>" + P4 + "</p>") + "</div></article>");
        assertTrue(texts.containsAll(List.of(P1, P2, P3, P4)), texts.toString());
    }

    @Test
    void aLiveReportsPostsSetApartFromItsOpeningTextAreReadWithIt() {
        StringBuilder posts = new StringBuilder("<div class='live'><div class='entries'>");
        for (String p : List.of(P2, P3, P4)) {
            posts.append("<div class='entry'><div class='info'><time datetime='2024-07-18T10:05'>10:05</time> Jane Roe"
                    + "</div><div class='entry-text'><p>").append(p).append("</p></div></div>");
        }
        posts.append("</div></div>");
        String page = "<article><h1>River floods the old town: live</h1><div class='opening'><div class='intro'><p>"
                + P1 + "</p></div></div>" + posts + "<div class='share'><a href='/s'>Share this story</a></div>"
                + "</article>";
        List<String> texts = texts(page);
        assertTrue(texts.containsAll(List.of(P1, P2, P3, P4)), texts.toString());
        // two dated boxes beside a story are no live report: its teasers stay out
        String teasers = "<article><h1>River floods the old town</h1><div class='opening'><div class='intro'><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div><div class='more'><div class='list'>"
                + "<div class='t'><time>10:05</time><p>" + P4 + "</p></div><div class='t'><time>9:05</time><p>"
                + "Another story's teaser of a sentence, long enough to be read as prose.</p></div></div></div></article>";
        assertFalse(texts(teasers).contains(P4), texts(teasers).toString());
    }

    @Test
    void storyWithEveryParagraphInItsOwnWrappersIsReadWhole() {
        StringBuilder body = new StringBuilder("<article><h1>River floods the old town</h1><div class='body'>");
        for (String p : List.of(P1, P2, P3, P4)) {
            body.append("<div class='sc-x1'><div class='sc-x2'><div><div><p>").append(p).append("</p></div></div>")
                    .append("</div></div>");
        }
        body.append("</div></article>");
        assertTrue(texts(body.toString()).containsAll(List.of(P1, P2, P3, P4)), texts(body.toString()).toString());
    }

    @Test
    void paragraphsEachMarkedAsTheArticleBodyAreAllTheBody() {
        List<String> texts = texts("<h1>River floods the old town</h1><div class='main'>"
                + "<p itemprop='articleBody'>" + P1 + " " + P2 + "</p><figure><img src='a.jpg'></figure>"
                + "<p itemprop='articleBody'>" + P3 + "</p><p itemprop='articleBody'>" + P4 + "</p></div>");
        assertTrue(texts.containsAll(List.of(P1 + " " + P2, P3, P4)), texts.toString());
    }

    @Test
    void storyWrittenAsOneDivOfTextWithWidgetsBetweenItsLinesIsFound() {
        List<String> texts = texts("<div class='about'><p>The Valley Gazette has been the paper of the valley "
                + "since 1890.</p></div><h1>River floods the old town</h1><div class='wrap'><div class='x9'>" + P1
                + "<br>" + P2
                + "<div class='poll'><div></div></div>" + P3 + "<br><div class='slot'></div><br>" + P4
                + "</div></div><div class='more'><ul><li><a href='/1'>Another story about something else</a></li>"
                + "<li><a href='/2'>Yet another story about something else</a></li></ul></div>");
        String all = String.join("\n", texts);
        for (String p : List.of(P1, P2, P3, P4)) {
            assertTrue(all.contains(p), p + " in:\n" + all);
        }
    }

    @Test
    void paragraphsNamedAsBehindThePaywallAreTheStory() {
        List<String> texts = texts("<article><h1>River floods the old town</h1><div class='body'><p>" + P1
                + "</p><p class='paywall'>" + P2 + "</p><p class='paywall'>" + P3 + "</p></div>"
                + "<div class='paywall-prompt'>Subscribe to read on</div></article>");
        assertTrue(texts.containsAll(List.of(P1, P2, P3)), texts.toString());
        assertFalse(texts.contains("Subscribe to read on"), texts.toString());
    }

    @Test
    void leadPhotoCaptionPrintedTwiceDoesNotTakeThePlaceOfAShortStory() {
        String caption = "Volunteers fill sand bags at the fire station on Tuesday morning, before the river rose "
                + "over the quay and into the old town.";
        List<String> texts = texts("<div class='story'><div class='head'><h1>River floods the old town</h1></div>"
                + "<div class='media'><div class='lead'><div class='image-caption'>" + caption + "</div>"
                + "<div class='image-caption'>" + caption + "</div></div></div><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p></div></div>");
        assertTrue(texts.containsAll(List.of(P1, P2)), texts.toString());
    }

    @Test
    void nextStoryLoadedBelowIsNotTakenIn() {
        String next = "<div class='next'><article class='teaser-story'><h1>Harvest starts early this year</h1>"
                + "<div class='text'><p>" + P3.replace("water", "wheat") + "</p><p>" + P4.replace("flood", "harvest")
                + "</p><p>" + P1.replace("river", "farmer") + "</p></div></article></div>";
        List<String> texts = texts("<main><div class='first'><article class='story'>"
                + "<h1>River floods the old town</h1><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "</article></div>" + next + "</main>");
        assertEquals(List.of("River floods the old town", P1, P2), texts);
    }
}
