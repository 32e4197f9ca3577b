package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.testing.PipelineStages;

/**
 * Every block's role decided over the whole article (issue 10): the classes of blocks that a header reader which
 * stopped at the first block it could not place got wrong, each on a reader's copy of a made-up article as a
 * newsroom pastes one (headline, what the page prints around it, the text).
 */
class BlockRolesTest {

    private static final String TEXT = "The council approved the plan on Tuesday after a debate that lasted most of "
            + "the evening, with a large majority in favour.\n\nWork on the first section starts in spring, the mayor "
            + "said, and the whole line should open within three years.\n\nResidents along the route will be "
            + "consulted again before the final designs are fixed.";

    /** A German article's headline and byline, and its two paragraphs, for the German conventions' tests. */
    private static final String GERMAN_HEAD = "Stadtrat beschließt neue Straßenbahnlinie\n\nVon Jana Roth\n\n";
    private static final String GERMAN_FIRST = "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit "
            + "großer Mehrheit beschlossen.";
    private static final String GERMAN_SECOND = "Die Arbeiten am ersten Abschnitt beginnen im Frühjahr, sagte die "
            + "Bürgermeisterin.";

    @TempDir
    Path dir;

    private Article article(String fileName, String text) throws IOException, PipelineException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return PipelineStages.get().recognize(file);
    }

    private static List<String> paragraphs(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .toList();
    }

    private static List<String> headings(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
    }

    private static List<Block.Figure> figures(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b).toList();
    }

    @Test
    void captionAndStandfirstBeforeTheBylineDoNotPushBylineAndDateIntoTheBody() throws Exception {
        Article a = article("tram.txt", "City approves new tram line\n\n"
                + "A tram waits at the depot on Monday. Photo: Jane Roe\n\n"
                + "The line will link the station with the university campus.\n\n"
                + "By John Smith\n\nMarch 18, 2025\n\n" + TEXT);
        assertEquals("City approves new tram line", a.title());
        assertEquals("The line will link the station with the university campus.", a.subtitle());
        assertEquals(List.of("John Smith"), a.authors());
        assertEquals("2025-03-18", a.published().iso());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertEquals("A tram waits at the depot on Monday.", figures(a).get(0).caption());
    }

    @Test
    void aDateLineNamingTheAuthorInAPartOfItsOwnSignsTheArticle() throws Exception {
        Article bullets = article("bullets.txt", "City approves new tram line\n\n"
                + "March 18, 2025 • John Smith • 3 min read\n\n" + TEXT);
        assertEquals(List.of("John Smith"), bullets.authors());
        assertEquals("2025-03-18", bullets.published().iso());
        Article bar = article("bar.txt", "City approves new tram line\n\nJohn Smith | 18.03.2025 14:05\n\n" + TEXT);
        assertEquals(List.of("John Smith"), bar.authors());
        assertEquals(3, paragraphs(bar).size(), paragraphs(bar).toString());
        // a section's name beside the date names no one
        Article section = article("section.txt", "City approves new tram line\n\nPolitics | March 18, 2025\n\n" + TEXT);
        assertEquals(List.of(), section.authors());
    }

    @Test
    void anUnmarkedLineBetweenStandfirstAndBylineIsTheTopPicturesCaption() throws Exception {
        Article a = article("depot.txt", "City approves new tram line\n\n"
                + "The line will link the station with the university campus.\n\n"
                + "Trams wait at the old depot on the edge of town\n\n"
                + "John Smith\n\nMarch 18, 2025\n\n" + TEXT);
        assertEquals("The line will link the station with the university campus.", a.subtitle());
        assertEquals(List.of("John Smith"), a.authors());
        assertEquals(List.of("Trams wait at the old depot on the edge of town"),
                figures(a).stream().map(Block.Figure::caption).toList());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aBlockBetweenTheDateAndTheStorysDatelineIsTheTopPicturesCaption() throws Exception {
        Article a = article("dateline.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n"
                + "A tram leaves the depot in Springfield, Illinois, March 17, 2025.\n\nShare\n\n"
                + "SPRINGFIELD, Ill. —\n\n" + TEXT);
        assertEquals(List.of("A tram leaves the depot in Springfield, Illinois, March 17, 2025."),
                figures(a).stream().map(Block.Figure::caption).toList());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(paragraphs(a).get(0).startsWith("SPRINGFIELD, Ill. — The council"), paragraphs(a).get(0));
    }

    @Test
    void aZoneAloneUnderTheDateLinesGivesTheDateItsZone() throws Exception {
        Article zone = article("zone.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025 10:22\n\n"
                + "Updated: March 18, 2025 17:38\n\nCET\n\n" + TEXT);
        assertEquals("2025-03-18T10:22:00+01:00", zone.published().iso());
        Article neither = article("neither.txt", "City approves new tram line\n\nBy John Smith\n\n"
                + "March 18, 2025 10:22\n\n" + TEXT);
        assertEquals("2025-03-18T10:22:00", neither.published().iso());
    }

    @Test
    void aGallerysCounterIsNoParagraph() throws Exception {
        String[] text = TEXT.split("\n\n");
        Article a = article("gallery.txt", "City approves new tram line\n\nBy John Smith\n\n" + text[0] + "\n\n[1/5]\n\n"
                + text[1] + "\n\n2 / 5\n\n" + text[2]);
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void bylineLabelAloneTakesTheNamesInTheBlocksUnderIt() throws Exception {
        Article a = article("label.txt", "City approves new tram line\n\nBy\n\nJane Roe\n\nand\n\nJohn Smith\n\n"
                + "March 18, 2025\n\n" + TEXT);
        assertEquals(List.of("Jane Roe", "John Smith"), a.authors());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void theBylinesLabelOrANameBesideTheDateOutweighsCapitalizedWordsUnderTheHeadline() throws Exception {
        Article labelled = article("labelled.txt", "City approves new tram line\n\nQUICK TAKE\n\nBy\n\nJane Roe\n\n"
                + "March 18, 2025\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), labelled.authors());
        Article beside = article("beside.txt", "City approves new tram line\n\nSupreme Court\n\n"
                + "The ruling clears the way for the works to start in spring, the council said on Tuesday.\n\n"
                + "Jane Roe\n\n18/03/2025 10:22\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), beside.authors());
        assertTrue(paragraphs(beside).stream().noneMatch(p -> p.equals("Supreme Court")), paragraphs(beside).toString());
    }

    @Test
    void wordsInSmallLettersAfterOrAmongANameAreNoAuthor() throws Exception {
        Article a = article("small.txt", "City approves new tram line\n\n"
                + "By Jane Roe, visiting professor of urban studies, and John Smith\n\nMarch 18, 2025\n\n" + TEXT);
        assertEquals(List.of("Jane Roe", "John Smith"), a.authors());
    }

    @Test
    void aTeaserSetInLinesAboveTheBylineIsTheStandfirst() throws Exception {
        Article a = article("lines.txt", "City approves new tram line\n\nMarch 18, 2025\n\n"
                + "The council voted for the line on Tuesday.\n\nWork starts in spring.\n\nJane Roe\n\n" + TEXT);
        assertEquals("The council voted for the line on Tuesday. Work starts in spring.", a.subtitle());
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void staffTitleUnderTheNameIsNoAuthor() throws Exception {
        Article a = article("title.txt", "City approves new tram line\n\nJane Roe\n\nPolitical Correspondent\n\n"
                + "18 March 2025 9:33pm\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals("2025-03-18T21:33:00", a.published().iso());
    }

    @Test
    void staffTitleAfterTheNameOnTheBylineIsCutOff() throws Exception {
        Article a = article("von.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\n"
                + "Von Anna Beispiel Redaktionsleiterin\n\n18.03.2025, 09:15 Uhr\n\n"
                + "Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen, nach einer Debatte, "
                + "die den ganzen Abend dauerte.\n\nDie Arbeiten sollen im Frühjahr beginnen.");
        assertEquals(List.of("Anna Beispiel"), a.authors());
        assertEquals("2025-03-18T09:15:00+01:00", a.published().iso());
    }

    @Test
    void agencyAloneBesideTheDateLineWroteTheStory() throws Exception {
        Article a = article("wire.txt", "City approves new tram line\n\nAFP\n\nMarch 18, 2025\n\n" + TEXT);
        assertEquals(List.of("AFP"), a.authors());
        assertTrue(figures(a).isEmpty(), "an agency beside the date is no picture credit: " + figures(a));
    }

    @Test
    void captionIsKnownByTheCreditLineUnderItAndTheAgencyAboveIt() throws Exception {
        Article a = article("credits.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nA tram on the old line near the station.\n\nJane Roe/Reuters\n\nResidents"));
        Block.Figure figure = figures(a).get(0);
        assertEquals("A tram on the old line near the station.", figure.caption());
        assertEquals("Jane Roe/Reuters", figure.credit());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void creditClosingTheCaptionWithoutBracketsIsSplitOff() throws Exception {
        Article a = article("trailing.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nThe mayor speaks to reporters after the vote on Tuesday. John Roe/Getty Images\n\nResidents"));
        Block.Figure figure = figures(a).get(0);
        assertEquals("The mayor speaks to reporters after the vote on Tuesday.", figure.caption());
        assertEquals("John Roe/Getty Images", figure.credit());
    }

    @Test
    void agencyInBracketsClosingTheLastParagraphIsItsSourceNoCaption() throws Exception {
        Article a = article("source.txt", "City approves new tram line\n\n" + TEXT
                + "\n\nThe council will vote on the budget for the new line next month, the mayor said. (AFP)");
        assertTrue(figures(a).isEmpty(), figures(a).toString());
    }

    @Test
    void agencyClosingASentenceOfTheTextIsNoCredit() throws Exception {
        Article a = article("sentence.txt", "City approves new tram line\n\n"
                + "The plan was first reported on Monday by a correspondent for Reuters\n\n" + TEXT);
        assertTrue(figures(a).isEmpty(), figures(a).toString());
    }

    @Test
    void aDatesLabelAndTheDateUnderItBelowPictureAndBylineDateTheArticle() throws Exception {
        Article a = article("late-date.txt", "City approves new tram line\n\n"
                + "The council voted on Tuesday to build a tram line through the old town, after three years of debate."
                + "\n\nThe mayor speaks to reporters after the vote on Tuesday in the town hall of the city."
                + "\n\nPhoto: Jane Roe\n\nJohn Smith and Mary Brown\n\nPublished\n\nThursday 06 Feb 2025 17:25\n\n"
                + TEXT);
        assertNotNull(a.published(), "no date");
        assertEquals("2025-02-06T17:25", a.published().iso().substring(0, 16));
        assertEquals(List.of("John Smith", "Mary Brown"), a.authors());
        assertTrue(paragraphs(a).stream().noneMatch(p -> p.contains("Published") || p.contains("2025")),
                paragraphs(a).toString());
    }

    @Test
    void theReadingTimeAndTheLastUpdatesAgeBesideTheDateLeaveItADateLine() throws Exception {
        Article a = article("meta.txt", "City approves new tram line\n\nBy Jane Roe\n\n"
                + "Published Jun 04, 2026 • Last updated 1 day ago • 2 minute read\n\n" + TEXT);
        assertNotNull(a.published(), "no date");
        assertEquals("2026-06-04", a.published().iso().substring(0, 10));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void whatABylineLinePrintsAfterTheNameAndTheDateIsNoPartOfTheName() throws Exception {
        Article a = article("byline-parts.txt", "City approves new tram line\n\n"
                + "By Jane Roe - April 28, 2024 at 08:52 - 12 comments\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals("2024-04-28T08:52", a.published().iso().substring(0, 16));
    }

    @Test
    void aSocialNetworksLinkGluedToTheNameIsNoPartOfIt() throws Exception {
        Article a = article("glued.txt", "City approves new tram line\n\nBy Jane RoeTwitter\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), a.authors());
    }

    @Test
    void teaserOfAnotherStoryWithItsSectionAndDateIsNotTheArticles() throws Exception {
        Article a = article("teaser.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nBus drivers vote to strike next week\n\nNews\n\n2 hours ago\n\nResidents"));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(headings(a).isEmpty(), headings(a).toString());
    }

    @Test
    void linksUnderARelatedStoriesLabelAreNotTheArticles() throws Exception {
        Article a = article("related.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nRead more\n\nBus drivers vote to strike next week\n\nNew bridge opens to cyclists\n\nResidents"));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most read in Football", "Editor’s picks", "Popular"})
    void linksUnderALabelNamingTheirSectionAreNotTheArticlesNorItsHeading(String label) throws Exception {
        Article a = article("most-read.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\n" + label + "\n\nBus drivers vote to strike next week\n\nNew bridge opens to cyclists\n\nResidents"));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(headings(a).isEmpty(), headings(a).toString());
    }

    @Test
    void pageButtonsCopiedInsideTheTextAreNotParagraphs() throws Exception {
        Article a = article("buttons.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nSign in\n\nSubscribe for free\n\nAlready a subscriber?\n\nResidents"));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(headings(a).isEmpty(), headings(a).toString());
    }

    @Test
    void timeInTheBlockUnderTheDateMakesItPrecise() throws Exception {
        Article a = article("time.txt", "City approves new tram line\n\nBy Jane Roe\n\nMarch 18, 2025\n\n"
                + "5:50 pm GMT\n\n" + TEXT);
        assertEquals("2025-03-18T17:50:00Z", a.published().iso());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void timePrintedBeforeTheDateIsRead() throws Exception {
        Article a = article("before.txt", "City approves new tram line\n\n09:15 GMT, March 3, 2025\n\n" + TEXT);
        assertEquals("2025-03-03T09:15:00Z", a.published().iso());
    }

    @Test
    void bylineAndDateOnOneLineAreBoth() throws Exception {
        Article a = article("oneline.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\n"
                + "Di 18.03.25 | 14:07 Uhr | Von Anna Beispiel\n\n"
                + "Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen, nach einer Debatte, "
                + "die den ganzen Abend dauerte.\n\nDie Arbeiten sollen im Frühjahr beginnen.");
        assertEquals(List.of("Anna Beispiel"), a.authors());
        assertEquals("2025-03-18T14:07:00+01:00", a.published().iso());
    }

    @Test
    void kickerAboveTheHeadlineIsNotTheHeadline() throws Exception {
        Article a = article("kicker.txt", "Analysis\n\nWhy the tram line took ten years to approve\n\n" + TEXT);
        assertEquals("Why the tram line took ten years to approve", a.title());
    }

    @Test
    void shortHeadlineAboveADeckIsTheHeadline() throws Exception {
        Article a = article("short.txt", "Tram at last\n\nWhy the line took ten years to approve\n\n" + TEXT);
        assertEquals("Tram at last", a.title());
        assertEquals("Why the line took ten years to approve", a.subtitle());
    }

    @Test
    void subheadingsThatAskOrQuoteAreSubheadings() throws Exception {
        Article a = article("ask.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nWork on",
                "\n\nWhat happens next?\n\nWork on").replace("\n\nResidents", "\n\n“We listened to everyone”\n\n"
                + "Residents"));
        assertEquals(List.of("What happens next?", "“We listened to everyone”"), headings(a));
    }

    @Test
    void aQuestionRightUnderABoxOfLinksHeadsTheNextSection() throws Exception {
        String section = "The operator expects the first trams to run on the new section before the end of next "
                + "year, after tests at night.";
        Article a = article("explainer.txt", "City approves new tram line\n\n" + TEXT + "\n\n"
                + "How the city pays for its buses and trams\n\nBudget: key points at a glance\n\n"
                + "When will the trams run?\n\n" + section + "\n\n" + section.replace("operator", "city"));
        assertEquals(List.of("When will the trams run?"), headings(a));
        assertTrue(paragraphs(a).stream().noneMatch(p -> p.startsWith("How the city") || p.startsWith("Budget")),
                paragraphs(a).toString());
    }

    @Test
    void shortLinesOfABoxAmongTheTextAreNoSubheadings() throws Exception {
        String section = "The operator expects the first trams to run on the new section before the end of next "
                + "year, after tests at night.";
        Article a = article("box.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nJoin our newsletter\n\nThe day's news. Delivered to you.\n\nSign me up\n\n"
                + "Residents") + "\n\n" + section + "\n\nWhat happens next\n\n" + section.replace("operator", "city"));
        assertEquals(List.of("What happens next"), headings(a), "a sign-up box's lines head no section");
        assertTrue(paragraphs(a).contains(section), paragraphs(a).toString());
        assertTrue(!paragraphs(a).contains("Join our newsletter") && !paragraphs(a).contains("Sign me up"),
                "a box's lines are the page's: " + paragraphs(a));
        Article interview = article("interview.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\nIs it worth the money?\n\n“Yes.”\n\nWhen will it open?\n\nResidents") + "\n\n" + section);
        assertTrue(paragraphs(interview).containsAll(List.of("Is it worth the money?", "When will it open?")),
                "an interview's short questions are the story's: " + paragraphs(interview));
    }

    @Test
    void aLongCaptionClosedByALabelledCreditIsACaption() throws Exception {
        String story = "Workers lift the last section of the new tram bridge into place over the river on Monday, "
                + "watched by residents who had waited more than ten years for the line. The section weighs 400 "
                + "tonnes and was floated up the river on a barge from the yard where it was welded over the winter. "
                + "Engineers said the bridge would be load-tested in the spring before the first trams cross it. "
                + "The city expects the whole line to open within three years, on time and on budget.";
        Article a = article("long.txt", "City approves new tram line\n\n" + TEXT.replace("\n\nResidents",
                "\n\n" + story + " (Photo: Jane Roe)\n\nResidents"));
        assertEquals(List.of(story), figures(a).stream().map(Block.Figure::caption).toList());
        assertEquals("Photo: Jane Roe", figures(a).get(0).credit());
        Article unlabelled = article("unlabelled.txt", "City approves new tram line\n\n" + TEXT.replace(
                "\n\nResidents", "\n\n" + story + " (Jane Roe/Reuters)\n\nResidents"));
        assertTrue(figures(unlabelled).isEmpty(), "a paragraph this long is text, but for a labelled credit");
    }

    @Test
    void separatorsAndReadingTimeAreNotParagraphs() throws Exception {
        Article a = article("furniture.txt", "City approves new tram line\n\nMarch 18, 2025\n\n•\n\n5 min read\n\n"
                + TEXT.replace("\n\nResidents", "\n\n***\n\nResidents"));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void placeTheDatelineNamesGivesItsZoneAndNoPublicationDoes() throws Exception {
        Article filed = article("filed.txt", "City approves new tram line\n\nMarch 18, 2025 2:05 p.m.\n\n"
                + "WASHINGTON (AP) — " + TEXT);
        assertEquals("2025-03-18T14:05:00-04:00", filed.published().iso());
        Article named = article("named.txt", "City approves new tram line\n\nBy Jane Roe (The Daily Courier) "
                + "March 18, 2025 2:05 p.m.\n\n" + TEXT);
        assertEquals("2025-03-18T14:05:00", named.published().iso(), "a publication's name is no clock");
        assertNull(named.dateline());
    }
    @Test
    void aTextMadeOnlyOfShortLinesKeepsThemAsItsParagraphs() throws Exception {
        StringBuilder text = new StringBuilder("Harbour ferry returns after winter repairs\n\n");
        for (int i = 0; i < 12; i++) {
            text.append("Line ").append(i).append("\n\n");
        }
        Article a = article("short.txt", text.toString());
        assertEquals(12, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void controlsBesideRunningTextAreStillTheirs() throws Exception {
        Article a = article("controls.txt", "City approves new tram line\n\n" + TEXT
                + "\n\nSign in\n\nSubscribe now\n\nAlready a member?\n\nLog in");
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aLineOpenedByAQuoteMarkerIsText() throws Exception {
        Article a = article("quote.txt", "City approves new tram line\n\n" + TEXT
                + "\n\n> the plan as the council wrote it\n\n>> More on the tram");
        assertTrue(paragraphs(a).contains("> the plan as the council wrote it"), paragraphs(a).toString());
        assertTrue(!paragraphs(a).contains(">> More on the tram"), paragraphs(a).toString());
    }

    @Test
    void onlyASeparatorAboveTheBylineIsTheHeadlineAsWritten() throws Exception {
        Article a = article("rule.txt", "***\n\nBy Jane Roe\n\n" + TEXT);
        assertEquals("***", a.title());
        assertEquals(List.of("Jane Roe"), a.authors());
    }

    @Test
    void anAgencysCopyrightNoticeClosesACaptionAsItsCredit() throws Exception {
        Article a = article("notice.txt", "City approves new tram line\n\n" + TEXT
                + "\n\nThe mayor speaks at the council meeting Jane Roe/Copyright 2025 The AP. All rights"
                + " reserved.\n\nThe vote came after midnight, and the opposition walked out before it.");
        Block.Figure figure = figures(a).get(0);
        assertEquals("The mayor speaks at the council meeting", figure.caption());
        assertEquals("Jane Roe/Copyright 2025 The AP. All rights reserved.", figure.credit());
    }
    @Test
    void everyReporterOfABylineWithAnAddressUnderEachNameIsAnAuthor() throws Exception {
        Article a = article("reporters.ko.txt", "시의회, 새 전차 노선 승인\n\n김민수 기자\n\nminsu@example.com\n\n"
                + "이지은 기자\n\njieun@example.com\n\n"
                + "시의회는 화요일 저녁 늦게까지 이어진 토론 끝에 새 전차 노선 계획을 큰 표 차이로 승인했다.\n\n"
                + "첫 구간 공사는 봄에 시작되며 전체 노선은 3년 안에 개통될 예정이라고 시장은 말했다.");
        assertEquals(List.of("김민수", "이지은"), a.authors());
    }

    @Test
    void theSectionsABlogsBylineFilesTheStoryInAreNoAuthors() throws Exception {
        Article a = article("sections.txt", "City approves new tram line\n\n"
                + "By Jane Roe, in News, Transport, City Hall\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), a.authors());
    }

    @Test
    void aNameRightUnderTheHeadlineIsTheBylineThoughAPicturesCreditFollowsIt() throws Exception {
        Article a = article("credit-after-name.txt", "City approves new tram line\n\nJane Roe\n\n"
                + "Photo: John Smith\n\nA tram waits at the depot on Monday morning.\n\n" + TEXT);
        assertEquals(List.of("Jane Roe"), a.authors());
    }
    @Test
    void aPaywallsPromptsAndAVideoPlayersMessagesAreThePagesNotTheStorys() throws Exception {
        Article a = article("paywall.txt", "City approves new tram line\n\n" + TEXT
                + "\n\nSubscribe now to read the latest news in your city.\n\nAlready a subscriber? Log in\n\n"
                + "We apologize, but this video has failed to load.\n\nTry refreshing your browser, or\n\n"
                + "The vote came after midnight, and the opposition walked out before it.");
        assertEquals(4, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aSubheadingMayCloseWithWhatItSaysInBrackets() throws Exception {
        Article a = article("aside.txt", "Three wines for a sunny day\n\n" + TEXT
                + "\n\nLa Cantina 2025 Rosé, France ($14.99)\n\nA bright pink wine with notes of strawberry and a "
                + "dry finish that suits a long lunch outside.");
        assertEquals(List.of("La Cantina 2025 Rosé, France ($14.99)"), headings(a));
    }
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><article>"
            + "<h1>City approves new tram line</h1>%s<p>The council approved the plan on Tuesday after a debate that "
            + "lasted most of the evening, with a large majority in favour.</p>%s</article></body></html>";

    @Test
    void aNameOverACreditLineMarkedAsTheAuthorsIsThePicturesCaption() throws Exception {
        // pages that mark the photo credit with the author's class: the name over it is who the picture shows
        Article a = article("marked.html", PAGE.formatted("<p class=\"standfirst\">The line will link the station "
                + "with the campus.</p><p class=\"standfirst\">Anna Berg</p><p class=\"author\">Photo: Reuters/Jane "
                + "Roe</p><p class=\"author\">John Smith</p>", ""));
        assertEquals(List.of("John Smith"), a.authors());
        assertEquals(1, figures(a).size(), figures(a).toString());
        assertEquals("Anna Berg", figures(a).get(0).caption());
        assertEquals("Photo: Reuters/Jane Roe", figures(a).get(0).credit());
    }

    @Test
    void theAuthorsBoxBetweenTheBylinesNamesNamesNoOneElse() throws Exception {
        Article a = article("box.html", PAGE.formatted("<p class=\"author\">Jane Roe</p><p class=\"author\">Jane Roe "
                + "is a freelance journalist in London, UK.</p><p class=\"author\">Search author on: Library Index</p>"
                + "<p class=\"author\">John Smith</p><p class=\"author\">Search author on: Library Index</p>", ""));
        assertEquals(List.of("Jane Roe", "John Smith"), a.authors());
        assertEquals(1, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void twoUnmarkedLinesUnderAPictureAreItsCaptionAndCreditWhenTheSecondIsAFewWordsClosingNoSentence()
            throws Exception {
        String more = "<p>The first trams are expected to run in three years, once the tracks through the old town are "
                + "laid and the depot is rebuilt.</p>";
        String before = "<p>The line will run from the station to the campus, and the city expects twelve thousand "
                + "passengers a day once it opens.</p>";
        Article a = article("boxes.html", PAGE.formatted("", before + "<div><div><img src=\"a.jpg\"></div><div>Trams at the "
                + "old depot on Tuesday</div><div>Jane Roe</div></div>" + more));
        assertEquals(1, figures(a).size(), figures(a).toString());
        assertEquals("Trams at the old depot on Tuesday", figures(a).get(0).caption());
        assertEquals("Jane Roe", figures(a).get(0).credit());
        Article b = article("text.html", PAGE.formatted("", before + "<div><div><img src=\"a.jpg\"></div><div>Trams at the "
                + "old depot on Tuesday</div><div>It was late.</div></div>" + more));
        assertEquals(List.of(), figures(b).stream().map(Block.Figure::caption).filter(c -> c != null).toList());
        assertTrue(paragraphs(b).contains("It was late."), paragraphs(b).toString());
    }

    @Test
    void aCaptionPrintedAgainUnderItsPictureDoesNotStartTheTextSoADeckUnderItMarksNoHeadings() throws Exception {
        String caption = "Straßenbahnen warten am Morgen der Abstimmung im alten Depot, wie sie dort seit mehr als "
                + "vierzig Jahren auf ihren Einsatz warten.";
        String section = "<p>Die neue Linie soll vom Bahnhof durch die Altstadt bis zum Campus führen, und die Stadt "
                + "rechnet mit zwölftausend Fahrgästen am Tag, sobald sie eröffnet ist.</p>";
        Article a = article("deck.html", "<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head><body>"
                + "<article><h1>Stadtrat beschließt neue Straßenbahnlinie</h1><p>" + GERMAN_FIRST + "</p><p class=\""
                + "author\">Jana Roth</p><figure><img src=\"a.jpg\"><figcaption>" + caption + "</figcaption></figure>"
                + "<p>" + caption + "</p><p>picture alliance/dpa | Max Muster</p><h2>Eine lange Debatte endet mit "
                + "einer großen Mehrheit für den Plan des städtischen Verkehrsamts</h2><h5>Von Jana Roth, Frankfurt"
                + "</h5>" + section + "<p>Bauarbeiten beginnen im Frühjahr</p>" + section.replace("neue Linie", "Linie")
                + "</article></body></html>");
        assertEquals(List.of("Bauarbeiten beginnen im Frühjahr"), headings(a));
    }

    @Test
    void aGallerysButtonSetOnItsFirstPictureIsNoCredit() throws Exception {
        Article a = article("gallery.html", PAGE.formatted("<figure><img src=\"a.jpg\" alt=\"Trams\"><div "
                + "class=\"label\">View 3 Images</div></figure><figcaption>Trams at the old depot</figcaption>", ""));
        assertEquals(1, figures(a).size(), figures(a).toString());
        assertEquals("Trams at the old depot", figures(a).get(0).caption());
        assertNull(figures(a).get(0).credit());
    }

    @Test
    void theAuthorsTitleUnderTheAuthorsPictureIsNoCaption() throws Exception {
        Article a = article("portrait.html", PAGE.formatted("<p class=\"author\">John Smith</p><figure><img src=\"a.jpg\">"
                + "<figcaption>Political Correspondent</figcaption></figure>", ""));
        assertEquals(List.of("John Smith"), a.authors());
        assertEquals(List.of(), figures(a).stream().map(Block.Figure::caption).filter(c -> c != null).toList());
    }

    @Test
    void theTopPicturesCaptionPrintedTwiceOverItsCreditIsOneCaption() throws Exception {
        Article a = article("twice.html", PAGE.formatted("<p class=\"standfirst\">The line will link the station with "
                + "the campus.</p><p class=\"author\">John Smith</p><figure><figcaption>Trams at the old depot"
                + "</figcaption></figure><p class=\"standfirst\">Trams at the old depot</p><p class=\"author\">Photo: "
                + "Jane Roe</p>", ""));
        assertEquals(List.of("John Smith"), a.authors());
        assertEquals(List.of("Trams at the old depot"), figures(a).stream().map(Block.Figure::caption).toList());
        assertEquals("Photo: Jane Roe", figures(a).get(0).credit());
        assertEquals(1, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void headingsAboveTheTextsFirstParagraphHeadNoPartOfIt() throws Exception {
        Article a = article("above.html", PAGE.formatted("<h2>Transport</h2><h2>The line will link the station with "
                + "the campus</h2>", "<p>Work on the first section starts in spring, the mayor said.</p>"));
        assertEquals(List.of(), headings(a));
    }

    @Test
    void headingsMarkedOnlyAboveTheTextLeaveItsOwnShortLinesToBeRead() throws Exception {
        Article a = article("within.html", PAGE.formatted("<h2>Transport</h2>", "<p>Work starts in spring</p>"
                + "<p>Work on the first section starts in spring, the mayor said, and the whole line should open "
                + "within three years.</p>"));
        assertEquals(List.of("Work starts in spring"), headings(a));
    }

    @Test
    void anEmailAddressUnderTheAuthorsNameIsNoAuthor() throws Exception {
        Article a = article("address.html", PAGE.formatted("<p class=\"author\"><a rel=\"author\" href=\"/jane\">"
                + "Jane Roe</a><br>jane.roe@example.org</p>", ""));
        assertEquals(List.of("Jane Roe"), a.authors());
    }

    @Test
    void anAgencysCreditLineInACaptionElementIsTheCreditNotACaption() throws Exception {
        Article a = article("agency.html", PAGE.formatted("<figure><img src=\"a.jpg\" alt=\"\"><figcaption>A tram "
                + "waits at the depot on Monday.</figcaption></figure><p>picture alliance / AP | Jane Roe</p>", ""));
        assertEquals(1, figures(a).size(), figures(a).toString());
        assertEquals("A tram waits at the depot on Monday.", figures(a).get(0).caption());
    }
    @Test
    void anEmailAddressInThePagesAuthorFieldIsNoAuthor() throws Exception {
        // the page prints the name without byline words, so only the metadata could name someone else
        Article a = article("meta.html", PAGE.formatted("<p class=\"author\">Jane Roe</p>", "").replace(
                "<title>x</title>", "<title>x</title><meta name=\"author\" content=\"j.roe@example.org\">"));
        assertEquals(List.of("Jane Roe"), a.authors());
    }
    @Test
    void aTeaserInSentencesUnderASecondHeadlineMarkedAsTheTeaserIsTheStandfirst() throws Exception {
        Article a = article("teasers.html", PAGE.formatted("<p class=\"teaser\">Tram line approved</p>"
                + "<p>Berlin. The council backs the tram. Work starts in spring.</p><p>By Jane Roe</p>", "")
                .replace("<p class=\"teaser\">", "<p class=\"standfirst\">"));
        assertEquals("Berlin. The council backs the tram. Work starts in spring.", a.subtitle());
        assertEquals(1, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aBylineInTheLanguagesWordsOutweighsCapitalizedWordsTakenForNames() throws Exception {
        Article a = article("weak.txt", "City approves new tram line\n\nTransport Policy\n\n"
                + "The line will link the station with the university campus.\n\nBy Jane Roe\n\nMarch 18, 2025\n\n"
                + TEXT);
        assertEquals(List.of("Jane Roe"), a.authors());
    }
    @Test
    void aPictureSetInAButtonThatOpensItLargerKeepsItsCaption() throws Exception {
        Article a = article("lightbox.html", PAGE.formatted("<button type=\"button\"><figure><img src=\"a.jpg\" "
                + "alt=\"\"><figcaption>A tram waits at the depot on Monday</figcaption></figure></button>", ""));
        assertEquals("A tram waits at the depot on Monday", figures(a).get(0).caption());
    }

    @Test
    void aGermanCaptionClosedByItsPicturesRightsIsCredited() throws Exception {
        Article a = article("rechte.de.txt", "Neue Straßenbahn beschlossen\n\nDer Stadtrat hat am Dienstag nach langer "
                + "Debatte den Bau der neuen Linie beschlossen, mit großer Mehrheit.\n\nEine Straßenbahn im Depot am "
                + "Montag. Bildrechte: Jonas Weber/dpa\n\nDie Arbeiten beginnen im Frühjahr, sagte die Bürgermeisterin, "
                + "und die ganze Linie soll in drei Jahren fertig sein.");
        assertEquals("Bildrechte: Jonas Weber/dpa", figures(a).get(0).credit());
    }

    @Test
    void aBoxPrintedTwiceAndANoticeUnderEachVideoAreNotTheStorysButAParagraphPastedTwiceStays() throws Exception {
        String box = "Unlimited online access to all our articles.\n\nDaily puzzles, including the crossword.";
        String notice = "To view this video please enable JavaScript in your browser.";
        String[] text = TEXT.split("\n\n");
        Article a = article("boxes.txt", "City approves new tram line\n\n" + text[0] + "\n\n" + box + "\n\n"
                + notice + "\n\n" + text[1] + "\n\n" + notice + "\n\n" + box + "\n\n" + text[2] + "\n\n"
                + notice);
        assertEquals(List.of(text), paragraphs(a));
        Article pasted = article("pasted.txt", "City approves new tram line\n\n" + text[0] + "\n\n" + text[1]
                + "\n\n" + text[2] + "\n\n" + text[1]);
        assertEquals(List.of(text[0], text[1], text[2], text[1]), paragraphs(pasted));
    }

    @Test
    void anUpdatedLineDatesTheLastChangeAndNotThePublicationUnlessItIsTheOnlyDate() throws Exception {
        Article updated = article("updated.txt", "City approves new tram line\n\nBy Jane Roe\n\nMarch 18, 2025\n\n"
                + "Updated: March 19, 2025, 10:05 GMT\n\n" + TEXT);
        assertEquals("2025-03-18", updated.published().iso());
        assertEquals("2025-03-19T10:05:00Z", updated.metadata().modified().iso());
        assertEquals(3, paragraphs(updated).size(), paragraphs(updated).toString());
        Article french = article("maj.fr.txt", "Le conseil approuve une nouvelle ligne de tramway\n\nPar Claire Dubois\n\n"
                + "Publié le 18 mars 2025\n\nMis à jour le 19 mars 2025 à 10h05\n\n"
                + "Le conseil a approuvé le projet mardi après un débat qui a duré presque toute la soirée.\n\n"
                + "Les travaux du premier tronçon commenceront au printemps, a indiqué la maire.");
        assertEquals("2025-03-18", french.published().iso());
        assertTrue(french.metadata().modified().iso().startsWith("2025-03-19T10:05"), french.metadata().toString());
        Article only = article("only.txt", "City approves new tram line\n\nUpdated: March 19, 2025\n\n" + TEXT);
        assertEquals("2025-03-19", only.published().iso());
        assertEquals("2025-03-19", only.metadata().modified().iso());
    }

    @Test
    void aRightsLineCreditsItsHolderAndAPicturesCopyrightSignStaysThePicturesCredit() throws Exception {
        Article a = article("rights.txt", "City approves new tram line\n\nBy Jane Roe\n\n" + TEXT
                + "\n\nA tram at the depot on Monday.\n\n© Ann Lee/dpa\n\nThe vote is due in May."
                + "\n\nCopyright 2025 The Associated Press. All rights reserved.");
        assertTrue(a.credits().contains(new org.polypress.model.Credit("The Associated Press",
                org.polypress.model.Role.RIGHTS, "Copyright 2025 The Associated Press. All rights reserved.")),
                a.credits().toString());
        assertTrue(a.notes().contains("Copyright 2025 The Associated Press. All rights reserved."), a.notes().toString());
        assertTrue(paragraphs(a).stream().noneMatch(p -> p.startsWith("Copyright")), paragraphs(a).toString());
        assertEquals("© Ann Lee/dpa", figures(a).get(0).credit());
        Article german = article("rechte.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\nVon Jana Roth\n\n"
                + "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit großer Mehrheit beschlossen.\n\n"
                + "Die Arbeiten am ersten Abschnitt beginnen im Frühjahr, sagte die Bürgermeisterin.\n\n"
                + "© 2025 Beispiel Verlag GmbH, Alle Rechte vorbehalten");
        assertTrue(german.credits().stream().anyMatch(c -> c.role() == org.polypress.model.Role.RIGHTS
                && c.name().equals("Beispiel Verlag GmbH")), german.credits().toString());
    }

    @Test
    void aDatelineSetApartOpensTheParagraphUnderItAndIsNoSubheading() throws Exception {
        Article a = article("tram.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n"
                + "PORTLAND, Ore. —\n\n" + TEXT);
        assertEquals(List.of(), headings(a), a.body().toString());
        assertEquals("PORTLAND, Ore. — " + TEXT.substring(0, TEXT.indexOf("\n")), paragraphs(a).get(0));
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertEquals("PORTLAND, Ore.", a.dateline().place());
    }

    @Test
    void aWireServicesFileMarkOpensACaption() throws Exception {
        String[] parts = TEXT.split("\n\n", 2);
        Article a = article("tram.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n"
                + parts[0] + "\n\nFILE - A tram waits at the depot in Portland, Ore., on March 1, 2024.\n\n" + parts[1]);
        assertEquals("FILE - A tram waits at the depot in Portland, Ore., on March 1, 2024.", figures(a).get(0).caption());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void theAuthorsBiographyClosingTheArticleIsANoteNotItsText() throws Exception {
        String bio = "John Smith is the transport correspondent of this paper and has covered the city's trams since 2015.";
        Article a = article("tram.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n"
                + TEXT + "\n\n" + bio);
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(a.notes().contains(bio), a.notes().toString());

        String earlier = "John Smith asked the mayor on Tuesday when the works would start, and was told spring.";
        Article b = article("tram.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n"
                + earlier + "\n\n" + TEXT);
        assertEquals(4, paragraphs(b).size(), "a paragraph naming the author before the last two is the text's");
    }

    @Test
    void aNewsroomsCallForTipsGivingAnAddressIsANoteNotItsText() throws Exception {
        String tips = "Do you have a story to tell? Email: newsdesk@example.com";
        Article a = article("tips.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n" + TEXT
                + "\n\n" + tips);
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(a.notes().contains(tips), a.notes().toString());
        String feedback = "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: "
                + "leserbriefe@example.de";
        Article german = article("feedback.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\nVon Jana Roth\n\n"
                + "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit großer Mehrheit beschlossen.\n\n"
                + feedback + "\n\nDie Arbeiten am ersten Abschnitt beginnen im Frühjahr, sagte die Bürgermeisterin.");
        assertEquals(2, paragraphs(german).size(), paragraphs(german).toString());
        assertTrue(german.notes().contains(feedback), german.notes().toString());
    }

    @Test
    void aLiveReportsEntryStampsAreNotItsTextButOneTimedLineIs() throws Exception {
        String[] text = TEXT.split("\n\n");
        String last = "Crowds gathered outside the town hall to follow the debate on a screen set up in the square.";
        Article live = article("live.txt", "Tram vote: live updates\n\nBy John Smith\n\nMarch 18, 2025\n\n" + text[0]
                + "\n\n19:48 Jane Roe\n\n" + text[1] + "\n\n19:20 KEY EVENT\n\n" + text[2]
                + "\n\n18:05 John Smith\n\n" + last);
        assertEquals(List.of(text[0], text[1], text[2], last), paragraphs(live));
        assertEquals(List.of(), headings(live), live.body().toString());
        // stamps that say how long ago each post was, right before its time
        Article ago = article("ago.txt", "Tram vote: live updates\n\nBy John Smith\n\nMarch 18, 2025\n\n" + text[0]
                + "\n\n21 mins ago11:48 Jane Roe\n\n" + text[1] + "\n\n2 hours ago10:05 Jane Roe\n\n" + text[2]
                + "\n\n4 hours ago08:36 John Smith\n\n" + last);
        assertEquals(List.of(text[0], text[1], text[2], last), paragraphs(ago));
        Article one = article("one.txt", "City approves new tram line\n\n" + text[0] + "\n\n19:30 Council adjourns\n\n"
                + text[1] + "\n\n" + text[2]);
        assertTrue(paragraphs(one).contains("19:30 Council adjourns") || headings(one).contains("19:30 Council adjourns"),
                one.body().toString());
    }

    @Test
    void anEditorsNoteOnTheArticleItselfIsKeptAmongTheNotesNotTheText() throws Exception {
        String note = "This article was originally published in Spanish by our partner newspaper.";
        Article a = article("note.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n" + TEXT
                + "\n\n" + note);
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(a.notes().contains(note), a.notes().toString());
        String hinweis = "Dieser Artikel ist eine Übersetzung, im Original ist er in einer Wochenzeitung erschienen.";
        Article german = article("hinweis.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\nVon Jana Roth\n\n"
                + "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit großer Mehrheit beschlossen.\n\n"
                + "Die Arbeiten am ersten Abschnitt beginnen im Frühjahr, sagte die Bürgermeisterin.\n\n" + hinweis);
        assertEquals(2, paragraphs(german).size(), paragraphs(german).toString());
        assertTrue(german.notes().contains(hinweis), german.notes().toString());
        // an article of a law is no article of the paper
        String law = "Dieser Artikel des Grundgesetzes wurde 1949 geschrieben und seither zweimal geändert.";
        Article statute = article("gesetz.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\nVon Jana Roth\n\n"
                + "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit großer Mehrheit beschlossen.\n\n"
                + law + "\n\nDie Arbeiten am ersten Abschnitt beginnen im Frühjahr, sagte die Bürgermeisterin.");
        assertTrue(paragraphs(statute).contains(law), paragraphs(statute).toString());
    }

    @Test
    void aTeaserSetInShortLinesThatThePagesDescriptionSaysIsTheStandfirst() throws Exception {
        String head = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title><meta name=\"description\" content=\"%s\">"
                + "</head><body><article><h1>City approves new tram line</h1>";
        String lines = "<p>The line links the station with the campus.</p><p>Works start in spring.</p>";
        String body = "<p>The council approved the plan on Tuesday after a debate that lasted most of the evening, "
                + "with a large majority in favour.</p><p>Residents along the route will be consulted again before "
                + "the final designs are fixed, the mayor said on Wednesday.</p></article></body></html>";
        Article a = article("lines.html", head.formatted("The line links the station with the campus. Works start "
                + "in spring.") + lines + body);
        assertEquals("The line links the station with the campus. Works start in spring.", a.subtitle());
        assertEquals(2, paragraphs(a).size(), paragraphs(a).toString());
        // a description cut from the article's first paragraphs is their preview: they stay the text
        String opening = "<p>The council approved the plan on Tuesday after a debate that lasted most of the evening, "
                + "with a large majority in favour of the new line.</p><p>Residents along the route will be consulted "
                + "again before the final designs are fixed, the mayor said on Wednesday.</p>";
        Article preview = article("preview.html", head.formatted("The council approved the plan on Tuesday after a "
                + "debate that lasted most of the evening, with a large majority in favour of the new line. Residents "
                + "along the route will be consulted again before the final designs are fixed, the mayor said on "
                + "Wednesday.") + opening + "</article></body></html>");
        assertEquals(2, paragraphs(preview).size(), paragraphs(preview).toString());
    }

    @Test
    void aLabelOfSeveralWordsSaidOnWithATopicAnnouncesLinksButAOneWordLabelSaidOnIsText() throws Exception {
        String[] text = TEXT.split("\n\n");
        Article a = article("more.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n" + text[0]
                + "\n\n" + text[1] + "\n\nRead more about the city budget\n\nBus fares to rise in May\n\n"
                + "Station square to close for works\n\n" + text[2]);
        assertEquals(List.of(text), paragraphs(a));
        assertEquals(List.of(), headings(a), a.body().toString());
        Conventions german = ConventionsLibrary.load(java.nio.file.Path.of("src/main/resources/conventions"))
                .forLanguage("de");
        assertTrue(german.isRelatedLabel("Lesen Sie hier mehr aus der Finanzwelt"));
        assertTrue(!german.isRelatedLabel("Lesen Sie mehr zum Thema, denn es lohnt sich."), "a sentence");
        Conventions english = ConventionsLibrary.load(java.nio.file.Path.of("src/main/resources/conventions"))
                .forLanguage("en");
        assertTrue(!english.isRelatedLabel("Watch the river rise"), "a one-word label said on");
    }

    @Test
    void aPicturesPlaceholderLabelLeftInAReadersCopyIsNoParagraph() throws Exception {
        String[] text = TEXT.split("\n\n");
        Article a = article("image.txt", "City approves new tram line\n\nBy John Smith\n\nMarch 18, 2025\n\n" + text[0]
                + "\n\nImage\n\nA tram waits at the depot on Monday (AFP / Jane Roe)\n\n" + text[1] + "\n\nVideo\n\n"
                + text[2]);
        assertEquals(List.of(text), paragraphs(a));
        assertEquals(List.of(), headings(a), a.body().toString());
    }

    @Test
    void anAgencysStoryPublishedUneditedSaysSoInANoteNotTheText() throws Exception {
        String wire = "Die Redaktion hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von einer "
                + "Nachrichtenagentur übernommen.";
        Article german = article("wire.de.txt", "Stadtrat beschließt neue Straßenbahnlinie\n\nVon Jana Roth\n\n"
                + "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit großer Mehrheit beschlossen.\n\n"
                + "Die Arbeiten am ersten Abschnitt beginnen im Frühjahr, sagte die Bürgermeisterin.\n\n" + wire);
        assertEquals(2, paragraphs(german).size(), paragraphs(german).toString());
        assertTrue(german.notes().contains(wire), german.notes().toString());
    }

    @Test
    void anEnglishGallerysCountersAreNoParagraphs() throws Exception {
        StringBuilder gallery = new StringBuilder();
        for (int n = 1; n <= 3; n++) {
            gallery.append("<div class=\"slide\"><img src=\"g").append(n).append(".jpg\" alt=\"\"><div><span>")
                    .append(n).append(" of 3<span>&nbsp;|&nbsp;</span></span><span><p>Residents look at the plans, "
                    + "picture ").append(n).append(".</p></span></div></div>");
        }
        Article a = article("gallery-of.html", PAGE.formatted("", gallery + "<p>Work on the first section starts in "
                + "spring, the mayor said, and the whole line should open within three years.</p>"));
        assertTrue(paragraphs(a).stream().noneMatch(p -> p.matches("\\d of 3.*")), paragraphs(a).toString());
    }

    @Test
    void aShoppingPiecesAffiliateDisclosureIsNoParagraph() throws Exception {
        Article a = article("affiliate.txt", "The best rain jackets for a wet spring\n\nBy John Smith\n\n"
                + "This article contains affiliate links. The products listed have been selected independently by "
                + "our journalists after testing.\n\n" + TEXT);
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void anOpinionPiecesDisclaimerIsANoteNotTheText() throws Exception {
        String disclaimer = "The views expressed in this article are the author's own and do not necessarily "
                + "reflect the editorial stance of this newspaper.";
        Article a = article("views.txt", "Why the tram line deserves a second look\n\nBy John Smith\n\n" + TEXT
                + "\n\n" + disclaimer);
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(a.notes().contains(disclaimer), a.notes().toString());
        String quoted = "\"The figures do not necessarily reflect the views of every resident,\" she said.";
        Article news = article("views-quoted.txt", "City approves new tram line\n\nBy John Smith\n\n" + TEXT
                + "\n\n" + quoted);
        assertEquals(4, paragraphs(news).size(), "a quoted sentence stays text: " + paragraphs(news));
    }

    @Test
    void aGermanConsentBoxForAnEmbeddedVideoIsNoText() throws Exception {
        Article a = article("consent.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\n"
                + "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.\n\n"
                + "Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.\n\n"
                + "Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.\n\n"
                + "Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer "
                + "Datenschutzerklärung.\n\nLink zum YouTube-Inhalt\n\n" + GERMAN_SECOND);
        assertEquals(2, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aGermanGuestPiecesDisclaimerAndABroadcastersProgrammeNoteAreNotes() throws Exception {
        String disclaimer = "Gastbeiträge von externen Autorinnen und Autoren müssen nicht der Meinung der Redaktion "
                + "entsprechen.";
        String programme = "Über dieses Thema berichtet: Bayern 2 am 14.04.2026 um 17:50 Uhr.";
        Article a = article("notes.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\n" + GERMAN_SECOND + "\n\n"
                + disclaimer + "\n\n" + programme);
        assertEquals(2, paragraphs(a).size(), paragraphs(a).toString());
        assertTrue(a.notes().containsAll(List.of(disclaimer, programme)), a.notes().toString());
    }

    @Test
    void aFrenchPaywallsCountOfWhatIsLeftToReadIsNoText() throws Exception {
        Article a = article("paywall.fr.txt", "Le conseil municipal approuve la nouvelle ligne de tramway\n\n"
                + "Par Jeanne Martin\n\nLe conseil municipal a approuvé mardi le projet après un long débat, à une "
                + "large majorité.\n\nLes travaux du premier tronçon commenceront au printemps, a indiqué la maire."
                + "\n\nIl vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.");
        assertEquals(2, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aSubheadingUnderACaptionOrALinkTheCopyKeptIsStillASubheading() throws Exception {
        String before = "City approves new tram line\n\nBy John Smith\n\n" + TEXT + "\n\nThe mayor said the "
                + "consultation had shown broad support across the districts along the planned route of the line.";
        String after = "\n\nThe first trams will be built in the city's own works, which will hire two hundred "
                + "people for the order over the next three years.\n\nThe works council welcomed the decision and "
                + "said the order secured jobs well into the next decade.";
        Article a = article("boxed.txt", before + "\n\nResidents look at the plans in the town hall on Monday"
                + "\n\nNew jobs at the tram works" + after);
        assertEquals(List.of("New jobs at the tram works"), headings(a), a.body().toString());
        // a teaser's section label over its title is no caption: label and title are both the teaser's
        Article teaser = article("teaser.txt", before + "\n\nTransport\n\nBus fares rise again in the new year"
                + after);
        assertEquals(List.of(), headings(teaser), teaser.body().toString());
    }

    @Test
    void theLineNamingWhoSaidAPullQuoteIsTheQuotesNotTheText() throws Exception {
        String quote = "<blockquote><p>We know the line will change how people move through the city.</p>"
                + "</blockquote>";
        String more = "<p>Work on the first section starts in spring, the mayor said, and the whole line should open "
                + "within three years.</p>";
        Article a = article("pull.html", PAGE.formatted("", quote + "<p>Jane Roe, deputy mayor for transport</p>"
                + more + quote + "<p>– John Smith</p>" + more));
        assertTrue(paragraphs(a).stream().noneMatch(p -> p.contains("Jane Roe") || p.contains("John Smith")),
                paragraphs(a).toString());
        assertTrue(a.body().contains(new Block.Quote("Jane Roe, deputy mayor for transport")), a.body().toString());
        assertTrue(a.body().contains(new Block.Quote("– John Smith")), a.body().toString());
        // a sentence of the text under a quote stays text
        Article text = article("pull-text.html", PAGE.formatted("", quote + more));
        assertEquals(2, paragraphs(text).size(), paragraphs(text).toString());
    }

    @Test
    void theHeadingsOfAnAuthorsBoxANotesLabelAndALinkToMoreOnATopicAreNoSubheadings() throws Exception {
        String page = "<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head><body><article>"
                + "<h1>Stadtrat beschließt neue Straßenbahnlinie</h1>"
                + "<p>Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte mit großer Mehrheit beschlossen, "
                + "wie die Stadt am Abend mitteilte.</p><h2>Bau beginnt im Frühjahr</h2><p>Die Arbeiten am ersten "
                + "Abschnitt beginnen im Frühjahr, sagte die Bürgermeisterin, und die ganze Linie soll in drei Jahren "
                + "fahren.</p><p>Die Anwohner werden vor der endgültigen Planung noch einmal angehört, hieß es.</p>"
                + "<h3>Hinweis:</h3><p>Gastbeiträge müssen nicht der Meinung der Redaktion entsprechen.</p>"
                + "<h3>Die Autorin</h3><p>Jana Roth ist Verkehrsexpertin und schreibt über Städte.</p>"
                + "<h2>Mehr zu Straßenbahnen</h2><ul><li><a href=\"/a\">Neue Bahnen für den Norden</a></li>"
                + "<li><a href=\"/b\">Die Linie 4 fährt wieder</a></li></ul><p>Die Stadt will die Pläne im Herbst "
                + "im Rathaus ausstellen, damit alle Anwohner sie sehen können.</p></article></body></html>";
        Article a = article("box.de.html", page);
        assertEquals(List.of("Bau beginnt im Frühjahr"), headings(a), a.body().toString());
    }

    @Test
    void theLabelOfATableOfContentsUnderTheLeadIsNoText() throws Exception {
        String third = "Die Anwohner werden vor der endgültigen Planung noch einmal angehört, hieß es am Abend.";
        Article german = article("contents.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\nAuf dieser Seite:\n\n"
                + GERMAN_SECOND + "\n\n" + third);
        assertEquals(List.of(GERMAN_FIRST, GERMAN_SECOND, third), paragraphs(german));
        String[] english = TEXT.split("\n\n");
        Article a = article("contents.txt", "City approves new tram line\n\nBy John Smith\n\n" + english[0]
                + "\n\nOn this page\n\n" + english[1] + "\n\n" + english[2]);
        assertEquals(List.of(english[0], english[1], english[2]), paragraphs(a));
    }

    @Test
    void theNewsroomsOwnChannelsPitchedInsideTheStoryAreNoText() throws Exception {
        String third = "Die Anwohner werden vor der endgültigen Planung noch einmal angehört, hieß es am Abend.";
        Article german = article("channels.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\nAktuelle Nachrichten aufs Handy? "
                + "Hier geht es zur neuen Stadtblatt-App – für Android und iOS.\n\n" + GERMAN_SECOND + "\n\nDas "
                + "Stadtblatt auch bei Social Media – ob WhatsApp, Instagram oder Facebook.\n\nFolgst du schon dem "
                + "Stadtblatt auf WhatsApp? Abonniere unseren WhatsApp-Kanal und bleib informiert.\n\nSie mögen den "
                + "Tag kompakt? Dann sind Sie beim täglichen Stadtblatt-Newsletter richtig – hier entlang.\n\n\"Hier ist "
                + "Springfield\": Der Stadtblatt-Newsletter informiert Sie montags bis freitags über das Wichtigste vom "
                + "Tag.\n\n" + third);
        assertEquals(List.of(GERMAN_FIRST, GERMAN_SECOND, third), paragraphs(german));
        String[] english = TEXT.split("\n\n");
        Article a = article("channels.txt", "City approves new tram line\n\nBy John Smith\n\n" + english[0]
                + "\n\n" + english[1] + "\n\nFollow The Town Gazette on Google News and add us as a preferred "
                + "source.\n\nJoin our WhatsApp channel for the latest news.\n\n" + english[2]);
        assertEquals(List.of(english[0], english[1], english[2]), paragraphs(a));
    }

    @Test
    void aNoteThatASummaryOrAReadAloudWasMadeByALanguageModelIsNoText() throws Exception {
        String third = "Die Anwohner werden vor der endgültigen Planung noch einmal angehört, hieß es am Abend.";
        Article german = article("ai.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\nDiese Zusammenfassung wurde mit KI "
                + "erstellt und von der Redaktion geprüft.\n\n" + GERMAN_SECOND + "\n\n" + third);
        assertEquals(List.of(GERMAN_FIRST, GERMAN_SECOND, third), paragraphs(german));
        String[] english = TEXT.split("\n\n");
        Article a = article("ai.txt", "City approves new tram line\n\nBy John Smith\n\n" + english[0] + "\n\nThis "
                + "summary was generated by AI and checked by our editors.\n\n" + english[1] + "\n\n" + english[2]);
        assertEquals(List.of(english[0], english[1], english[2]), paragraphs(a));
    }

    @Test
    void theAuthorsBioUnderTheAuthorsNameIsNoText() throws Exception {
        Article a = article("bio.txt", "City approves new tram line\n\nThe line will link the station with the campus "
                + "by 2029.\n\nBy\n\nJane Roe,\n\nJohn Smith\n\nJane Roe\n\nJane Roe is a freelance reporter in "
                + "Springfield.\n\n" + TEXT);
        assertEquals(List.of("Jane Roe", "John Smith"), a.authors());
        assertEquals(3, paragraphs(a).size(), paragraphs(a).toString());
    }

    @Test
    void aLineSayingItsPictureIsFromTheArchiveIsACaption() throws Exception {
        String caption = "Eine Straßenbahn der alten Baureihe am Hauptbahnhof. (Archivbild)";
        Article a = article("archive.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\n" + caption + "\n\n" + GERMAN_SECOND);
        assertEquals(List.of(caption), figures(a).stream().map(Block.Figure::caption).toList());
        assertEquals(List.of(GERMAN_FIRST, GERMAN_SECOND), paragraphs(a));
    }

    @Test
    void aSignInPromptInTheStoryIsNoText() throws Exception {
        String first = "Le conseil municipal a approuvé le projet mardi soir après un long débat, à une large majorité.";
        String second = "Les travaux du premier tronçon commenceront au printemps, a dit la maire.";
        Article a = article("signin.fr.txt", "Le conseil approuve la nouvelle ligne de tram\n\nPar Jeanne Roux\n\n"
                + first + "\n\nPour ajouter l’article à vos sélections\n\nidentifiez-vous\n\nVous possédez déjà un "
                + "compte ?\n\n" + second);
        assertEquals(List.of(first, second), paragraphs(a));
    }

    @Test
    void anAppealForDonationsAndABlogsEntryFooterAreNoText() throws Exception {
        Article german = article("appeal.de.txt", GERMAN_HEAD + GERMAN_FIRST + "\n\n" + GERMAN_SECOND + "\n\n"
                + "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.\n\n"
                + "Von Jana Roth am 21/02/2021. Abgelegt unter Verkehr. Sie können alle Antworten zu diesem Eintrag "
                + "durch den RSS 2.0 Feed verfolgen.");
        assertEquals(2, paragraphs(german).size(), paragraphs(german).toString());
        Article english = article("appeal.txt", "City approves new tram line\n\nBy John Smith\n\n" + TEXT
                + "\n\nDid you enjoy this article? Please support our newsroom with a donation.\n\nThis entry was "
                + "posted in Transport. You can follow any responses to this entry through the RSS 2.0 feed.");
        assertEquals(3, paragraphs(english).size(), paragraphs(english).toString());
    }

    @Test
    void headingsOfAStoryToldInPicturesAfterItsLastParagraphStayItsHeadings() throws Exception {
        String picture = "<figure><img src=\"p%d.jpg\" alt=\"\"><figcaption><span class=\"credit\">%s/Agency"
                + "</span></figcaption></figure>";
        List<String> photographers = List.of("Jane Roe", "John Smith", "Anna Berg");
        StringBuilder facts = new StringBuilder();
        List<String> expected = List.of("1. The line is twelve kilometres long.", "2. It will have twenty stops.",
                "3. Trams will run every five minutes.");
        for (int n = 0; n < expected.size(); n++) {
            facts.append("<h2>").append(expected.get(n)).append("</h2>").append(picture.formatted(n, photographers.get(n)));
        }
        String intro = "<p>Work on the first section starts in spring, the mayor said, and the whole line should open "
                + "within three years.</p><p>Here is what the new line brings, in three facts and their pictures.</p>";
        Article a = article("facts.html", PAGE.formatted("", intro + facts));
        assertEquals(expected, headings(a), a.body().toString());
        // a translation's pointer to its original under the last picture is a note, and leaves the headings be
        Article translated = article("facts.html", PAGE.formatted("", intro + facts + "<p>Read the original article "
                + "in Spanish.</p>"));
        assertEquals(expected, headings(translated), translated.body().toString());
        assertTrue(translated.notes().contains("Read the original article in Spanish."), translated.notes().toString());
    }
}

