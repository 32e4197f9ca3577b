package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.model.Direction;
import org.polypress.model.Role;
import org.polypress.testing.PipelineStages;

/** Recognition of English news articles, on the golden inputs and on small realistic variants. */
class ArticleRecognizerTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    private static Article golden(String name) throws PipelineException {
        return PipelineStages.get().recognize(GOLDEN.resolve(name).resolve(name + ".txt"));
    }

    private Article article(String fileName, String text) throws IOException, PipelineException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return PipelineStages.get().recognize(file);
    }

    private static List<String> headings(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
    }

    private static List<Block.Figure> figures(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b).toList();
    }

    private static long paragraphs(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Paragraph).count();
    }

    @Test
    void seedArticleIsRecognizedFieldByField() throws Exception {
        Article a = golden("peoples-daily-kazakhstan-china");
        assertEquals("en", a.language());
        assertEquals("Latn", a.script());
        assertEquals(Direction.LTR, a.direction());
        assertEquals("Kazakhstan-China relations thriving under Belt and Road Initiative, says expert", a.title());
        assertEquals("By Sheng Chuyi (People's Daily Online) 14:38, July 05, 2024", a.byline().text());
        assertEquals(List.of("Sheng Chuyi"), a.authors());
        assertEquals("People's Daily Online", a.publication());
        assertEquals("14:38, July 05, 2024", a.published().text());
        // nothing in the text names the zone of "14:38": the publication in the byline is no clock (issue 10: no rule
        // names a publication), so the time is written without an offset rather than guessed
        assertEquals("2024-07-05T14:38:00", a.published().iso());
        assertEquals(12, paragraphs(a));
        assertEquals(List.of("Kazakhstan-China relations reach new heights",
                "Belt and Road Initiative brings tangible benefits",
                "SCO Summit focuses on regional security and cooperation"), headings(a));
        assertTrue(a.body().stream().allMatch(b -> !(b instanceof Block.Heading h) || h.level() == 2));
        assertEquals(List.of(new Block.Figure("Gulnar Shaimergenova, director of the Kazakhstan's China Studies Center "
                + "(CSC), receives an interview with People's Daily Online.", "Photo provided to People's Daily Online",
                null)), figures(a));
        assertEquals(List.of(
                new Credit("Sheng Chuyi", Role.AUTHOR, null),
                new Credit("Tuo Zhouyu", Role.CONTRIBUTOR, "(Tuo Zhouyu, as an intern, also contributed to this article.)"),
                new Credit("Hongyu", Role.EDITOR, "(Web editor: Hongyu, Wu Chengliang)"),
                new Credit("Wu Chengliang", Role.EDITOR, "(Web editor: Hongyu, Wu Chengliang)")), a.credits());
        assertEquals(List.of("(Tuo Zhouyu, as an intern, also contributed to this article.)",
                "(Web editor: Hongyu, Wu Chengliang)"), a.notes());
    }

    @Test
    void seedBodyKeepsSourceOrderWithFigureBeforeFirstHeading() throws Exception {
        List<String> types = golden("peoples-daily-kazakhstan-china").body().stream().map(Block::type).toList();
        assertEquals(List.of("paragraph", "figure", "heading"), types.subList(0, 3));
        assertTrue(golden("peoples-daily-kazakhstan-china").body().stream()
                .noneMatch(b -> b.texts().stream().anyMatch(t -> t.contains("\u00A0"))), "no-break spaces are normalized");
    }

    @Test
    void bylineWithTwoAuthorsYieldsBoth() throws Exception {
        assertEquals(List.of("Li Xin", "Zhang Wei"), golden("xinhua-port-two-authors").authors());
    }

    @Test
    void bylineWithThreeAuthorsYieldsAllThree() throws Exception {
        assertEquals(List.of("Sarah Okafor", "Mateus Lima", "Hana Kobayashi"), golden("three-authors-translated").authors());
    }

    @Test
    void pipeSeparatedBylineYieldsAuthorPublicationAndDate() throws Exception {
        Article a = golden("chinadaily-pipe-byline");
        assertEquals(List.of("Yang Jun"), a.authors());
        assertEquals("China Daily", a.publication());
        assertEquals("2024-07-05 14:38", a.published().text());
        assertEquals("2024-07-05T14:38:00", a.published().iso(),
                "no text names the zone; the publication's name is no clock (issue 10: no rule names a publication)");
    }

    @Test
    void agencyDatelineIsParsedAndStaysInTheParagraph() throws Exception {
        Article a = golden("xinhua-port-two-authors");
        assertEquals("WUHAN, July 5 (Xinhua) --", a.dateline().text());
        assertEquals("WUHAN", a.dateline().place());
        assertEquals("Xinhua", a.dateline().agency());
        assertEquals("July 5", a.dateline().date().text());
        assertEquals("2024-07-05", a.dateline().date().iso());
        assertTrue(((Block.Paragraph) a.body().get(0)).text().startsWith("WUHAN, July 5 (Xinhua) -- The Port of Wuhan"));
    }

    @Test
    void datelineWithoutAPlaceNamesOnlyItsAgency() throws Exception {
        Article a = article("wire.txt", "Ministry announces new rail link\n\n(Xinhua) -- China said on Friday it "
                + "will open a new rail link between two northern provinces next year.\n\nConstruction begins in March.");
        assertEquals("(Xinhua) --", a.dateline().text());
        assertNull(a.dateline().place());
        assertEquals("Xinhua", a.dateline().agency());
        assertTrue(a.credits().contains(new Credit("Xinhua", Role.SOURCE, null)), "the agency is credited as source");
    }

    @Test
    void solarHijriDateIsConvertedWithThePersianCalendar() throws Exception {
        Article a = article("sari.fa.txt", "بارش باران در مازندران\n\n۱۵ تیر ۱۴۰۳، ۱۴:۳۸\n\n"
                + "بارش شدید باران از بامداد امروز در بیشتر شهرهای مازندران آغاز شد و رفت و آمد را کند کرد.");
        assertEquals("2024-07-05T14:38:00", a.published().iso(), "15 Tir 1403 is 5 July 2024; no publication names a zone");
    }

    @Test
    void dateLineUnderTheBylineIsKeptAsWrittenAndZonedByTheDatelinesPlace() throws Exception {
        Article a = golden("xinhua-port-two-authors");
        assertEquals("Xinhua | Updated: 2024-07-05 16:20", a.published().text(), "a date line is kept as written");
        // the story is filed in WUHAN (its dateline), on China's clock; the agency's name is no clock
        assertEquals("2024-07-05T16:20:00+08:00", a.published().iso());
    }

    @Test
    void placeTheDatelineNamesGivesTheZoneOfAPrintedDate() throws Exception {
        Article a = article("wire.txt", "Ferry line adds a night crossing\n\nMarch 2, 2025 2:05 p.m.\n\nSEOUL, March 2 "
                + "(Harbour Wire) -- A ferry operator will add a night crossing from April.\n\nCabins are for families.");
        assertEquals("2025-03-02T14:05:00+09:00", a.published().iso(), "a story is dated where it is filed");
    }

    @Test
    void captionCreditsAreSplitInEveryEnglishForm() throws Exception {
        List<Block.Figure> xinhua = figures(golden("xinhua-port-two-authors"));
        assertEquals("Photo taken on July 3, 2024 shows container ships berthed at the Yangluo terminal of the Port of "
                + "Wuhan in central China's Hubei Province.", xinhua.get(0).caption());
        assertEquals("Xinhua/Wang Peng", xinhua.get(0).credit());
        assertEquals("Xinhua/Li Xin", xinhua.get(1).credit());
        Block.Figure afp = figures(golden("chinadaily-pipe-byline")).get(0);
        assertEquals("A combine harvester works in a wheat field in Shijiazhuang, Hebei province, on June 12.", afp.caption());
        assertEquals("Photo: AFP", afp.credit());
        assertEquals("Photo provided to the City Historical Museum",
                figures(golden("three-authors-translated")).get(0).credit());
    }

    @Test
    void captionOpeningWithPhotoTakenOnIsAFigureEvenWithoutCredit() throws Exception {
        Article a = article("quay.txt", "Quay reopens after repairs\n\nThe old quay reopened to visitors on Sunday after "
                + "a year of repairs to its stone walls and wooden piers.\n\nPhoto taken on July 7, 2024 shows visitors "
                + "walking along the repaired quay.\n\nThe city spent 3 million dollars on the work.");
        assertEquals(List.of(new Block.Figure("Photo taken on July 7, 2024 shows visitors walking along the repaired quay.",
                null, null)), figures(a));
    }

    @Test
    void namedPhotographerInACreditIsCreditedAsPhotographer() throws Exception {
        List<Credit> credits = golden("xinhua-port-two-authors").credits();
        assertTrue(credits.contains(new Credit("Wang Peng", Role.PHOTOGRAPHER, null)), credits.toString());
        assertTrue(credits.contains(new Credit("Li Xin", Role.PHOTOGRAPHER, null)), "an author who took a photo "
                + "is credited for both: " + credits);
        assertTrue(golden("chinadaily-pipe-byline").credits().contains(new Credit("AFP", Role.PHOTOGRAPHER, null)));
    }

    @Test
    void editedByTranslatedByAndSourceNotesAreCreditLines() throws Exception {
        Article xinhua = golden("xinhua-port-two-authors");
        assertEquals(List.of("(Edited by Zhou Lan)", "Source: Xinhua"), xinhua.notes());
        assertTrue(xinhua.credits().contains(new Credit("Zhou Lan", Role.EDITOR, "(Edited by Zhou Lan)")));
        assertTrue(xinhua.credits().contains(new Credit("Xinhua", Role.SOURCE, "Source: Xinhua")));
        Article translated = golden("chinadaily-pipe-byline");
        assertTrue(translated.credits().contains(new Credit("Liu Fang", Role.TRANSLATOR, "(Translated by Liu Fang)")));
        assertTrue(xinhua.body().stream().noneMatch(b -> b.texts().contains("Source: Xinhua")),
                "credit lines are not body paragraphs");
    }

    @Test
    void creditLineWithSeveralRolesCreditsEach() throws Exception {
        List<Credit> credits = golden("three-authors-translated").credits();
        String note = "Reporting by Mateus Lima; Editing by Daniel Brooks";
        assertTrue(credits.contains(new Credit("Mateus Lima", Role.CONTRIBUTOR, note)), credits.toString());
        assertTrue(credits.contains(new Credit("Daniel Brooks", Role.EDITOR, note)), credits.toString());
    }

    @Test
    void headlineWithoutBylineHasNoByline() throws Exception {
        Article a = golden("no-byline-no-headings");
        assertEquals("City council approves new bicycle lanes on riverside avenue", a.title());
        assertNull(a.byline());
        assertNull(a.published());
        assertEquals(List.of(), a.credits());
    }

    @Test
    void articleWithoutSubheadingsHasOnlyParagraphs() throws Exception {
        Article a = golden("no-byline-no-headings");
        assertEquals(List.of(), headings(a));
        assertEquals(4, paragraphs(a));
    }

    @Test
    void oneParagraphBriefIsTitleAndOneParagraph() throws Exception {
        Article a = golden("one-paragraph-brief");
        assertEquals("Heavy rain closes mountain highway for second day", a.title());
        assertEquals(1, a.body().size());
        assertEquals(1, paragraphs(a));
    }

    @Test
    void fileWithoutBlankLinesIsReadOneBlockPerLine() throws Exception {
        Article a = golden("no-blank-lines");
        assertEquals("Ferry service to island resumes after storm", a.title());
        assertEquals(List.of("Maria Gonzalez"), a.authors());
        assertEquals(3, paragraphs(a));
    }

    @Test
    void dateOfAnUnknownPublicationKeepsNoOffset() throws Exception {
        Article a = article("gazette.txt", "Library extends opening hours\n\nBy Jane Doe (Riverside Gazette) 14:38, "
                + "July 05, 2024\n\nThe central library will stay open until 10 p.m. on weekdays from next month, "
                + "the city said.");
        assertEquals("Riverside Gazette", a.publication());
        assertEquals("2024-07-05T14:38:00", a.published().iso());
    }

    @Test
    void zoneAbbreviationAfterTheTimeGivesTheOffset() throws Exception {
        Article a = golden("three-authors-translated");
        assertEquals("July 5, 2024 2:38 p.m. EDT", a.published().text());
        assertEquals("2024-07-05T14:38:00-04:00", a.published().iso());
    }

    @Test
    void sentenceOpeningWithByIsNotAByline() throws Exception {
        Article a = article("ferry.txt", "Ferry delayed by fog\n\nBy the time the morning ferry reached the harbor, "
                + "passengers had waited more than three hours in thick fog, the operator said on Monday.\n\n"
                + "No one was hurt.");
        assertNull(a.byline());
        assertEquals(2, paragraphs(a));
    }

    @Test
    void longParagraphStartingWithSourceIsNotACreditLine() throws Exception {
        Article a = article("talks.txt", "Talks to resume next week\n\nSource: a senior official who asked not to be "
                + "named, speaking after the second round of talks ended without agreement in the capital on Friday.\n\n"
                + "Both delegations are expected to return on Monday.");
        assertEquals(List.of(), a.notes());
        assertEquals(2, paragraphs(a));
    }

    @Test
    void shortLineFollowedByShorterTextIsNotAHeading() throws Exception {
        Article a = article("quote.txt", "Mayor opens bridge\n\nThe mayor cut the ribbon at noon and said a few words "
                + "to the crowd gathered on the riverbank.\n\nA new chapter for the city\n\nShe smiled.");
        assertEquals(List.of(), headings(a));
    }

    @Test
    void articlesWithTheSameHeadlineGetDifferentSlugsAndTheSameFileKeepsItsSlug() throws Exception {
        Article first = article("storm.txt", "Storm hits coast\n\nA storm hit the coast on Monday, cutting power to 20,000 homes.");
        Article other = article("storm-friday.txt", "Storm hits coast\n\nA second storm hit the coast on Friday, closing ports.");
        assertTrue(first.slug().startsWith("storm-hits-coast-"), first.slug());
        assertNotEquals(first.slug(), other.slug(), "two articles with one headline, two folders");
        Article again = article("storm.txt", "Storm hits coast\n\nA storm hit the coast on Monday, cutting power to 20,000 homes.");
        assertEquals(first.slug(), again.slug());
        assertEquals(first.id(), again.id(), "the same bytes are the same article");
        Article corrected = article("storm.txt", "Storm hits coast\n\nA storm hit the coast on Monday, cutting power to 30,000 homes.");
        assertEquals(first.slug(), corrected.slug(), "a corrected file replaces its own folder");
        assertNotEquals(first.id(), corrected.id());
    }

    @Test
    void dateAboveTheHeadlineIsNotTakenWhenTheNextBlockIsTheByline() throws Exception {
        Article a = article("anniversary.txt", "September 11, 2001\n\nBy John Smith\n\nTwenty-five years later, the city "
                + "gathered again at the memorial on Thursday morning.\n\nThe names were read aloud for four hours.");
        assertEquals("September 11, 2001", a.title());
        assertEquals(List.of("John Smith"), a.authors());
    }

    @Test
    void headlineWithoutTextIsRefused() throws Exception {
        PipelineException e = org.junit.jupiter.api.Assertions.assertThrows(PipelineException.class,
                () -> article("byline-only.txt", "By John Smith"));
        assertEquals("The file holds no article text", e.reason());
    }

    @Test
    void titleFromTheFileNameKeepsItsDots() throws Exception {
        String paragraph = "The deal, reached late on Sunday after weeks of talks, keeps the government funded until "
                + "the end of September and adds money for disaster relief, border security and veterans' health care, "
                + "according to people familiar with the text who spoke on condition of anonymity.";
        assertEquals("U.S. budget deal", article("U.S. budget deal.txt", paragraph).title());
    }

    @Test
    void countryCodeInTheFileNameIsNotALanguage() throws Exception {
        Article a = article("results.AR.txt", "Election results are in\n\nBy John Smith\n\nThe count finished "
                + "shortly after midnight, and the governing party kept its majority in the assembly.");
        assertEquals("en", a.language());
        assertEquals(List.of("John Smith"), a.authors());
        assertNull(a.translationKey());
    }

    @Test
    void linesCopiedWithSingleBreaksAreEachTheirOwnParagraph() throws Exception {
        Article a = article("single-breaks.txt", "Ferry resumes service\n\nBy Jane Doe\nThe ferry line resumed its "
                + "timetable on Monday after a three-day halt.\nThe first boat left at 6:15 a.m. with 200 passengers.\n"
                + "Two vessels will be inspected this week.");
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals(3, paragraphs(a));
    }

    @Test
    void nameUnderALongParagraphSignsItOffRatherThanCreditingAPhoto() throws Exception {
        Article a = article("signoff.txt", "Council approves budget\n\nThe council approved next year's budget on "
                + "Tuesday after a debate that lasted well into the night, with spending on schools and roads rising "
                + "for the third year in a row while the parks department faces cuts that several members called "
                + "short-sighted and overdue for review, and the mayor promised a new plan for the parks by spring.\n"
                + "Jane Doe");
        assertTrue(figures(a).isEmpty(), a.body().toString());
    }

    @Test
    void longHeadlineGivesABoundedSlug() throws Exception {
        Article a = golden("peoples-daily-kazakhstan-china");
        assertTrue(a.slug().length() <= SlugMaker.MAX_TITLE_CHARS + 9, a.slug());
        assertTrue(a.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), a.slug());
    }

    @Test
    void wordCountCountsTitleAndBodyWords() throws Exception {
        Article a = article("count.txt", "Five words in this title\n\nAnd seven more words in the body.");
        assertEquals(12, a.wordCount());
    }
}
