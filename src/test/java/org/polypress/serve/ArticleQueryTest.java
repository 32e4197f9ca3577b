package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search and slices of the article list: what {@code GET /} and {@code GET /api/articles} answer. */
class ArticleQueryTest {

    private static ArticleEntry entry(String slug, String title, String language, String iso, String... authors) {
        return new ArticleEntry("0".repeat(32), slug, title, language, "ltr", iso, iso, List.of(authors), null, slug + ".txt");
    }

    /** Ten articles, newest first as the index orders them, the last two undated. */
    private static List<ArticleEntry> ten() {
        List<ArticleEntry> list = new ArrayList<>();
        for (int day = 28; day > 20; day--) {
            list.add(entry("a-" + day, "Story of day " + day, day % 2 == 0 ? "en" : "fr",
                    "2024-07-" + day + "T10:00:00+02:00", "Author " + day));
        }
        list.add(entry("u-1", "Undated one", "en", null));
        list.add(entry("u-2", "Undated two", "en", null));
        return list;
    }

    private static ArticleQuery query(String q, String lang, String limit, String offset, String cursor) {
        return ArticleQuery.parse(q, lang, limit, offset, cursor, 50);
    }

    private static List<String> slugs(ArticleQuery.Slice slice) {
        return slice.articles().stream().map(ArticleEntry::slug).toList();
    }

    @Test
    void limitAndOffsetCutTheListInItsOrder() {
        ArticleQuery.Slice slice = query(null, null, "3", "2", null).slice(ten());
        assertEquals(List.of("a-26", "a-25", "a-24"), slugs(slice));
        assertEquals(10, slice.matching());
        assertEquals(2, slice.offset());
        assertEquals(List.of("u-1", "u-2"), slugs(query(null, null, "5", "8", null).slice(ten())));
        assertEquals(List.of(), slugs(query(null, null, "5", "80", null).slice(ten())));
        assertEquals(10, query(null, null, null, null, null).slice(ten()).articles().size(), "the default limit");
    }

    @Test
    void cursorsWalkTheListOnceEachAndDoNotShiftWhenNewerArticlesArrive() {
        List<ArticleEntry> list = new ArrayList<>(ten());
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ArticleQuery.Slice slice = query(null, null, "3", null, cursor).slice(list);
            walked.addAll(slugs(slice));
            cursor = slice.nextCursor();
            if (pages++ == 0) {
                // published while the reader reads the first slice: an offset would show a-26 again
                list.add(0, entry("a-29", "Newest", "en", "2024-07-29T10:00:00+02:00"));
            }
        } while (cursor != null);
        assertEquals(ten().stream().map(ArticleEntry::slug).toList(), walked);
        assertEquals(4, pages);
    }

    @Test
    void theLastSliceHasNoNextCursor() {
        assertNull(query(null, null, "10", null, null).slice(ten()).nextCursor());
        assertEquals(ArticleQuery.cursor(new ArticleQuery.Place(null, "u-1")),
                query(null, null, "9", null, null).slice(ten()).nextCursor());
    }

    @Test
    void searchFindsEveryWordInTitleOrAuthorsWhateverItsCaseOrWidth() {
        assertEquals(List.of("a-27"), slugs(query("DAY 27", null, null, null, null).slice(ten())));
        assertEquals(List.of("a-24"), slugs(query("author  24", null, null, null, null).slice(ten())));
        assertEquals(List.of("u-1", "u-2"), slugs(query("ｕｎｄａｔｅｄ", null, null, null, null).slice(ten())));
        assertEquals(List.of(), slugs(query("undated three", null, null, null, null).slice(ten())));
        assertEquals(List.of("a-27", "a-25", "a-23", "a-21"), slugs(query(null, "FR", null, null, null).slice(ten())));
        assertEquals(List.of("a-25"), slugs(query("story 25", "fr", null, null, null).slice(ten())));
        List<ArticleEntry> chinese = List.of(entry("z-1", "专家：哈中关系蓬勃发展", "zh-Hans", null, "盛初一"));
        assertEquals(1, query("盛初一", null, null, null, null).slice(chinese).matching());
    }

    @Test
    void badValuesAreRefusedWithOneSentence() {
        assertEquals("limit must be a whole number from 1 to 1000", bad("x", null, null));
        assertEquals("limit must be a whole number from 1 to 1000", bad("0", null, null));
        assertEquals("limit must be a whole number from 1 to 1000", bad("1001", null, null));
        assertEquals("limit must be a whole number from 1 to 1000", bad("99999999999", null, null));
        assertEquals("offset must be a whole number from 0 up", bad(null, "-1", null));
        assertEquals("offset must be a whole number from 0 up", bad(null, "1e3", null));
        assertEquals("Give either offset or cursor, not both", bad(null, "1", ArticleQuery.cursor(
                new ArticleQuery.Place(null, "u-1"))));
        String notOurs = "The cursor is not one this server gave: use the one of the previous answer's Link header";
        assertEquals(notOurs, bad(null, null, "%%%"));
        assertEquals(notOurs, bad(null, null, java.util.Base64.getUrlEncoder().encodeToString("1|x|../etc".getBytes())));
        assertEquals("The search is longer than 200 characters",
                assertThrows(ArticleQuery.BadQuery.class, () -> query("x".repeat(201), null, null, null, null)).getMessage());
    }

    private static String bad(String limit, String offset, String cursor) {
        return assertThrows(ArticleQuery.BadQuery.class, () -> query(null, null, limit, offset, cursor)).getMessage();
    }
}
