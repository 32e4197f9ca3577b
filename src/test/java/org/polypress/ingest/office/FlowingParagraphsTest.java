package org.polypress.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs of printed lines rebuilt: lines joined, hyphenation undone only for real words, page furniture dropped. */
class FlowingParagraphsTest {

    private final FlowingParagraphs flowing = new FlowingParagraphs();

    @Test
    void hyphenAtALineEndIsKeptWhenTheJoinedWordIsNotInTheText() {
        assertEquals(List.of("A well-known ferry sails."), texts(text(0, "A well-", "known ferry sails.")));
    }

    @Test
    void hyphenAtALineEndIsTakenOutWhenTheTextUsesTheJoinedWord() {
        assertEquals(List.of("Its paragraph ends.", "One paragraph."),
                texts(text(0, "Its para-", "graph ends."), text(0, "One paragraph.")));
    }

    @Test
    void compoundBrokenAtItsHyphenBeforeACapitalStaysOneWord() {
        assertEquals(List.of("The Kazakhstan-China border."), texts(text(0, "The Kazakhstan-", "China border.")));
    }

    @Test
    void runningHeaderWithItsPageNumberIsDroppedFromEveryPage() {
        List<DocumentParagraph> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.add(text(page, "Harbour Times | Page " + page + " of 3"));
            pages.add(text(page, "Paragraph " + "one two three".split(" ")[page - 1] + "."));
            pages.add(text(page, "- " + page + " -"));
        }
        assertEquals(List.of("Paragraph one.", "Paragraph two.", "Paragraph three."), texts(pages.toArray(
                DocumentParagraph[]::new)));
    }

    @Test
    void paragraphCutByAPageBreakIsJoined() {
        assertEquals(List.of("The ferry left the harbour at dawn.", "Next."),
                texts(text(1, "The ferry left the"), text(2, "harbour at dawn."), text(2, "Next.")));
    }

    @Test
    void headingAtTheFootOfAPageStaysApart() {
        assertEquals(List.of("Repairs at the pier", "Work began in May."),
                texts(text(1, "Repairs at the pier"), text(2, "Work began in May.")));
    }

    @Test
    void chineseLinesAreJoinedWithoutASpace() {
        assertEquals(List.of("哈中关系蓬勃发展，已有2500多公里铁路和12500公里公路。"),
                texts(text(0, "哈中关系蓬勃", "发展，已有2500", "多公里铁路和", "12500公里公路。")));
    }

    @Test
    void latinWordsAroundAChineseNameKeepTheirSpace() {
        assertEquals(List.of("The envoy 王毅 said so."), texts(text(0, "The envoy", "王毅", "said so.")));
    }

    private List<String> texts(DocumentParagraph... paragraphs) {
        return flowing.rebuild(List.of(paragraphs)).stream().map(DocumentParagraph::text).toList();
    }

    private static DocumentParagraph text(int page, String... lines) {
        return new DocumentParagraph(DocumentParagraph.Role.TEXT, List.of(lines), page);
    }
}
