package org.polypress.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.SourceBlock;
import org.polypress.ingest.text.CharsetDecider;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    /** The page's blocks, pictures left out, each as its lines joined by line breaks. */
    private List<String> blocks(String page) {
        return typed(page).stream().map(b -> b.substring(b.indexOf(' ') + 1)).toList();
    }

    /** The page's blocks, pictures left out, each as its hint, a space and its lines joined by line breaks. */
    private List<String> typed(String page) {
        return reader.read(page.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .filter(b -> b.hint() != SourceBlock.Hint.PICTURE)
                .map(b -> b.hint() + (b.level() > 0 ? String.valueOf(b.level()) : "") + " " + b.joined()).toList();
    }

    private static String text(HtmlArticle article) {
        return String.join("\n\n", article.blocks().stream().filter(b -> b.hint() != SourceBlock.Hint.PICTURE)
                .map(SourceBlock::joined).toList());
    }

    @Test
    void articleIsCopiedBlockByBlockWithWhatItsMarkupSaysAndWithoutTheSiteAroundIt() {
        assertEquals(List.of(
                "TIME 18 March 2024 09:15",
                "HEADLINE Island ferry resumes after three-day storm",
                "AUTHOR By Ines Marlow",
                "CAPTION The first crossing leaves the harbour on Monday morning.",
                "CREDIT Photo: Tom Reyes",
                "NONE The island ferry resumed its timetable on Monday morning, three days after a storm forced the "
                        + "operator to cancel every crossing, the harbour authority said.",
                "NONE Pupils, workers and pensioners filled the first boat, which left at 6:40, twenty minutes late, "
                        + "while crews cleared seaweed from the ramp.",
                "HEADING2 Repairs at the pier",
                "NONE Engineers will inspect the damaged pier this week; until then, cars board from the northern ramp, "
                        + "which is slower.",
                "NONE The operator apologised for the delays.",
                "QUOTE \"We have never seen waves like these in March,\" the captain said.",
                "LIST First crossing: 6:40\nLast crossing: 21:10",
                "NONE (Editing by Paul Ortega)"), typed(NewsPages.FERRY));
    }

    @Test
    void lineBreakBetweenTwoLinesOfProseEndsAParagraph() {
        String page = NewsPages.FERRY.replace("<p>(Editing by Paul Ortega)</p>", "<div>Tickets bought for a cancelled "
                + "crossing will be refunded.<br>The cafe on the pier opens again on Saturday morning.<br><div></div>"
                + "Harbour office<br>Quay Street 4</div>");
        List<String> blocks = blocks(page);
        assertEquals(List.of("Tickets bought for a cancelled crossing will be refunded.",
                "The cafe on the pier opens again on Saturday morning.", "Harbour office\nQuay Street 4"),
                blocks.subList(blocks.size() - 3, blocks.size()));
    }

    @Test
    void headingsBetweenHeadlineAndTextAreItsDeckOrALabelAndOneRepeatingTheHeadlineIsLeftOut() {
        String page = NewsPages.FERRY.replace("<p class=\"byline\">", "<h2>Island ferry resumes after three-day "
                + "storm</h2><h2>Crossings run again on the normal timetable</h2><h3>Harbour</h3><p class=\"byline\">");
        List<String> typed = typed(page);
        assertEquals(List.of("HEADLINE Island ferry resumes after three-day storm",
                "STANDFIRST Crossings run again on the normal timetable", "NONE Harbour", "AUTHOR By Ines Marlow"),
                typed.subList(1, 5));
        assertTrue(typed.contains("HEADING2 Repairs at the pier"), typed.toString());
    }

    @Test
    void bylineBoxNamesItsOwnBlockAndNotEveryBlockInside() {
        String page = NewsPages.FERRY.replace("<p class=\"byline\">By <a href=\"/authors/ines-marlow\">Ines Marlow</a></p>",
                "<div class=\"byline\"><div class=\"byline-author\">Ines Marlow</div><div class=\"byline-timestamp\">"
                        + "2024-03-18 09:15</div><div class=\"tools\"><span>AA</span> <strong>Text size</strong></div>"
                        + "<div>Senior reporter</div></div>");
        assertEquals(List.of("AUTHOR Ines Marlow", "TIME 2024-03-18 09:15", "NONE AA Text size", "NONE Senior reporter"),
                typed(page).subList(2, 6));
    }

    @Test
    void elementsSetSideBySideWithoutASpaceAreLinesAndALinkToTheAuthorsPageMarksTheByline() {
        String page = NewsPages.FERRY.replace("<p class=\"byline\">By <a href=\"/authors/ines-marlow\">Ines Marlow</a></p>",
                "<div class=\"meta\"><a href=\"/authors/ines-marlow\">Ines Marlow</a><span>Harbour reporter</span></div>");
        assertEquals("AUTHOR Ines Marlow\nHarbour reporter", typed(page).get(2));
    }

    @Test
    void pictureStandsWhereThePageShowsIt() {
        List<SourceBlock> blocks = reader.read(NewsPages.FERRY.getBytes(StandardCharsets.UTF_8)).blocks();
        int picture = blocks.stream().map(SourceBlock::hint).toList().indexOf(SourceBlock.Hint.PICTURE);
        assertEquals(SourceBlock.Hint.CAPTION, blocks.get(picture + 1).hint());
        assertEquals(List.of(new HtmlBlocks.Picture(picture, "ferry.jpg", "")),
                reader.read(NewsPages.FERRY.getBytes(StandardCharsets.UTF_8)).pictures());
    }

    @Test
    void photoSetAboveTheHeadlineInTheStorysOwnElementIsItsLeadPhotoAndTheSitesAboveItIsNot() {
        String story = "<div class='site-logo'><figure><img src='logo.png'><figcaption>The valley's own newspaper"
                + "</figcaption></figure></div><article><div class='featured-image'><figure><img src='pier.jpg'>"
                + "<figcaption>Divers inspect the damaged pier on Tuesday</figcaption></figure></div><div class='post'>"
                + "<header><h1>Island ferry resumes after three-day storm</h1></header><div class='entry-content'>"
                + "<p>The ferry to the island sailed again on Thursday morning, three days after the storm closed the "
                + "harbour and cut the island off.</p><p>Divers had inspected the pier on Tuesday and found the "
                + "damage smaller than the harbour master had feared at first.</p></div></div></article>";
        assertEquals(List.of("HEADLINE Island ferry resumes after three-day storm",
                "CAPTION Divers inspect the damaged pier on Tuesday",
                "NONE The ferry to the island sailed again on Thursday morning, three days after the storm closed the "
                        + "harbour and cut the island off.",
                "NONE Divers had inspected the pier on Tuesday and found the damage smaller than the harbour master "
                        + "had feared at first."),
                typed("<html><head><title>Island ferry resumes after three-day storm</title></head><body>" + story
                        + "</body></html>"));
        // a page's own wrapper around headline and text is no story's element: a picture above the headline in it
        // is the site's
        String wrapped = story.replace("<article>", "<div class='page'>").replace("</article>", "</div>");
        assertFalse(typed("<html><head><title>Island ferry resumes after three-day storm</title></head><body>"
                + wrapped + "</body></html>").contains("CAPTION Divers inspect the damaged pier on Tuesday"));
    }

    @Test
    void paragraphRepeatingThePicturesTextUnderItIsItsCaptionAndAPortraitsNameIsNot() {
        String page = NewsPages.FERRY.replace("<h2>Repairs at the pier</h2>", "<div><img src=\"pier.jpg\" alt=\""
                + "Divers inspect the damaged pier on Tuesday\"></div><p>Divers inspect the damaged pier on Tuesday</p>"
                + "<h2>Repairs at the pier</h2><div><img src=\"paul.jpg\" alt=\"Paul Ortega\"></div><p>Paul Ortega</p>");
        List<String> typed = typed(page);
        assertTrue(typed.contains("CAPTION Divers inspect the damaged pier on Tuesday"), typed.toString());
        assertTrue(typed.contains("NONE Paul Ortega"), typed.toString());
    }

    @Test
    void paragraphRetellingThePicturesTextInOtherWordsIsItsCaptionAndTheStoryUnderItIsNot() {
        String story = "The divers say the repairs will take until the end of the month, and the ferry will use the"
                + " old pier until then.";
        String page = NewsPages.FERRY.replace("<h2>Repairs at the pier</h2>", "<div><img src=\"pier.jpg\" alt=\""
                + "Divers at work under the damaged pier of Port Ellen, 28 April 2023\"><p>Aftermath of the storm at the"
                + " damaged pier of Port Ellen, 28 April 2023</p></div><h2>Repairs at the pier</h2>"
                + "<div><img src=\"pier2.jpg\" alt=\"Divers at the damaged pier\"></div><p>" + story + "</p>");
        List<String> typed = typed(page);
        assertTrue(typed.contains("CAPTION Aftermath of the storm at the damaged pier of Port Ellen, 28 April 2023"),
                typed.toString());
        assertTrue(typed.contains("NONE " + story), typed.toString());
    }

    @Test
    void kickerSetInsideTheHeadlineIsABlockOfItsOwn() {
        String page = NewsPages.FERRY.replace("<h1>Island ferry resumes after three-day storm</h1>",
                "<h1><span>Harbour</span> Island ferry resumes after three-day storm</h1>");
        assertEquals(List.of("KICKER Harbour", "HEADLINE Island ferry resumes after three-day storm"),
                typed(page).subList(1, 3));
    }

    @Test
    void statedTitleWithTheKickerShownApartIsTheHeadline() {
        String page = NewsPages.FERRY.replace("content=\"Island ferry resumes after three-day storm\"",
                "content=\"Harbour: Island ferry resumes after three-day storm\"");
        assertEquals("HEADLINE Harbour: Island ferry resumes after three-day storm", typed(page).get(1));
    }

    @Test
    void statedTitleWithASectionBeforeABarLeavesThePageHeadingTheHeadline() {
        String page = NewsPages.FERRY.replace("content=\"Island ferry resumes after three-day storm\"",
                "content=\"Harbour | Island ferry resumes after three-day storm\"");
        assertEquals("HEADLINE Island ferry resumes after three-day storm", typed(page).get(1));
    }

    @Test
    void kickerTheHeadlineCarriesAndTheStatedTitleLeavesOutIsABlockOfItsOwn() {
        String page = NewsPages.FERRY.replace("<h1>Island ferry resumes after three-day storm</h1>",
                "<h1>Harbour – Island ferry resumes after three-day storm</h1>");
        assertEquals(List.of("KICKER Harbour", "HEADLINE Island ferry resumes after three-day storm"),
                typed(page).subList(1, 3));
    }

    @Test
    void statedTitleInOtherWordsLeavesThePageHeadingTheHeadline() {
        String page = NewsPages.FERRY.replace("content=\"Island ferry resumes after three-day storm\"",
                "content=\"Ferry back after storm\"");
        assertEquals("HEADLINE Island ferry resumes after three-day storm", typed(page).get(1));
    }

    @Test
    void navigationAdsSharingRelatedLinksCommentsAndFooterAreLeftOut() {
        String text = text(reader.read(NewsPages.FERRY.getBytes(StandardCharsets.UTF_8)));
        for (String furniture : List.of("Sport", "Buy a boat", "Advertisement", "Share on", "Related stories",
                "Harbour fees", "comments", "Finally!", "Most read", "All rights reserved", "dataLayer", "display")) {
            assertFalse(text.contains(furniture), furniture + " in:\n" + text);
        }
    }

    @Test
    void bodyWithoutSemanticMarkupIsFoundByItsParagraphs() {
        assertEquals(List.of(
                "Council approves new library",
                "The city council approved on Tuesday the construction of a new public library, ending a debate "
                        + "that lasted four years, with 31 votes in favour and 9 against.",
                "The library, planned beside the old market, will hold 120,000 books, a children's floor and a "
                        + "room for evening classes, the mayor said.",
                "Construction is expected to start next spring, and the doors to open in two years."),
                blocks(NewsPages.TABLES));
    }

    @Test
    void statedTitleLosesTheSiteNameAfterIt() {
        HtmlArticle article = reader.read(NewsPages.TABLES.getBytes(StandardCharsets.UTF_8));
        assertEquals("Council approves new library", article.stated().title());
    }

    @Test
    void pageWithoutHeadingIsTitledByItsOpenGraphTitle() {
        String page = NewsPages.FERRY.replace("<h1>Island ferry resumes after three-day storm</h1>", "");
        assertEquals("Island ferry resumes after three-day storm", blocks(page).get(0));
    }

    @Test
    void languageOfTheHtmlElementIsStated() {
        assertEquals("en", reader.read(NewsPages.FERRY.getBytes(StandardCharsets.UTF_8)).statedLanguage());
    }

    @Test
    void declaredLegacyCharsetIsHonoured() {
        String page = NewsPages.TABLES.replace("<head>", "<head><meta charset=\"windows-1252\">")
                .replace("approves new library", "approuve la médiathèque");
        HtmlArticle article = reader.read(page.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", article.charset());
        assertEquals(100, article.charsetConfidence());
        assertTrue(text(article).startsWith("Council approuve la médiathèque"), text(article));
        assertEquals(List.of(), article.warnings());
    }

    /** A page that declares no encoding and is no UTF-8 has it guessed, and says how sure the guess is. */
    @Test
    void undeclaredLegacyCharsetIsGuessedWithItsConfidence() {
        String page = NewsPages.TABLES.replace("Council approves new library", "市议会批准新图书馆")
                .replace("</h1>", "</h1><p>市议会星期二晚上以十一票对四票批准在旧火车站建设一座新的公共图书馆，"
                        + "工程将于明年春天开始，预计两年后向市民开放。</p>");
        byte[] bytes = page.getBytes(Charset.forName("GB18030"));
        HtmlArticle article = reader.read(bytes);
        assertEquals("GB18030", article.charset());
        assertTrue(text(article).contains("市议会批准新图书馆"), text(article));
        assertEquals(CharsetDecider.decide(bytes, null).confidence(), article.charsetConfidence());
    }

    @Test
    void utf8PageThatDeclaresGb2312IsReadAsUtf8WithAWarning() {
        String page = NewsPages.TABLES.replace("<head>", "<head><meta http-equiv=\"content-type\" "
                + "content=\"text/html;charset=GB2312\">").replace("Council approves new library", "市议会批准新图书馆");
        HtmlArticle article = reader.read(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", article.charset());
        assertEquals(100, article.charsetConfidence());
        assertTrue(text(article).startsWith("市议会批准新图书馆"), text(article));
        assertEquals(1, article.warnings().size(), article.warnings().toString());
        assertTrue(article.warnings().get(0).contains("GB2312"), article.warnings().toString());
    }

    @Test
    void utf8PageThatDeclaresLatin1IsReadAsUtf8WithAWarning() {
        String page = NewsPages.TABLES.replace("<head>", "<head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=iso-8859-1\">").replace("approves new library", "genehmigt Bücherei für alle");
        HtmlArticle article = reader.read(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", article.charset());
        assertTrue(text(article).startsWith("Council genehmigt Bücherei für alle"), text(article));
        assertEquals(1, article.warnings().size(), article.warnings().toString());
    }

    @Test
    void captionRepeatedForAFullScreenViewIsWrittenOnce() {
        String page = NewsPages.FERRY.replace("</figure>", "</figure><div class=\"viewer\"><figcaption>The first "
                + "crossing leaves the harbour on Monday morning.<span class=\"credit\">Photo: Tom Reyes</span>"
                + "</figcaption></div>");
        assertEquals(1, blocks(page).stream().filter(b -> b.startsWith("The first crossing")).count());
    }
}
