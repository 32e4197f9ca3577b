package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugMakerTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private final SlugMaker slugs = new SlugMaker();

    @Test
    void latinHeadlineBecomesLowerCaseWordsAndTheIdPrefix() {
        assertEquals("storm-hits-coast-01234567", slugs.slug("Storm hits coast!", ID));
        assertEquals("senal-de-alarma-en-bruselas-01234567", slugs.slug("Señal de alarma en Bruselas", ID));
    }

    @Test
    void cyrillicGreekArabicAndHanAreTransliterated() {
        assertEquals("legkij-tronning-01234567", slugs.slug("Легкий троннинг", ID));
        assertEquals("athena-kai-thessalonike-01234567", slugs.slug("Αθήνα και Θεσσαλονίκη", ID));
        assertTrue(slugs.slug("معرض الكتاب في عمّان", ID).matches("m[a-z-]+-01234567"), slugs.slug("معرض الكتاب في عمّان", ID));
        assertEquals("ha-zhong-guan-xi-01234567", slugs.slug("哈中关系", ID));
    }

    @Test
    void slugIsBoundedAtAWordAndStable() {
        String title = "Kazakhstan-China relations thriving under Belt and Road Initiative, says expert";
        String slug = slugs.slug(title, ID);
        assertTrue(slug.length() <= SlugMaker.MAX_TITLE_CHARS + 9, slug);
        assertTrue(slug.startsWith("kazakhstan-china-relations-thriving-under-belt-and-road-"), slug);
        assertEquals(slug, slugs.slug(title, ID));
    }

    @Test
    void headlineWithoutLettersFallsBackToTheId() {
        assertEquals("article-01234567", slugs.slug("—  ★ —", ID));
    }

    @Test
    void signsAmongAsciiGiveWhatTheTransliteratorGives() {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        for (char sign : SlugMaker.PLAIN_SIGNS.toCharArray()) {
            for (String title : new String[] {"Storm" + sign + "hits coast", "Storm " + sign + " 12", sign + "Quote" + sign,
                    "A" + sign + sign + "b"}) {
                String viaIcu = icu.transliterate(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
                assertEquals(viaIcu + "-01234567", slugs.slug(title, ID), "sign U+" + Integer.toHexString(sign));
            }
        }
    }
}
