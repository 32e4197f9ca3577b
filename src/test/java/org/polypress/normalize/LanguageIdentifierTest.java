package org.polypress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polypress.model.Direction;

/** Language, script and direction, on sentences written for these tests. */
class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(Set.of("en"));

    @Test
    void englishTextIsEnglishInLatinScript() {
        Language language = IDENTIFIER.identify("The ferry line between the harbor and the island resumed its normal "
                + "timetable on Monday morning, three days after a storm forced operators to halt all crossings.", null);
        assertEquals(new Language("en", "Latn", Direction.LTR, false), language);
    }

    @Test
    void arabicTextIsRightToLeft() {
        Language language = IDENTIFIER.identify("افتتح معرض الكتاب أبوابه صباح اليوم بمشاركة أكثر من مئتي دار نشر من "
                + "مختلف الدول العربية، وسط إقبال كبير من الزوار والطلاب.", null);
        assertEquals("Arab", language.script());
        assertEquals(Direction.RTL, language.direction());
        assertEquals("ar", language.tag());
    }

    @Test
    void hanWithKanaIsJapanese() {
        assertEquals("ja", IDENTIFIER.identify("東京都内で二十一日、新しい路面電車の試運転が行われました。", null).tag());
    }

    @Test
    void hanAloneIsChineseSimplifiedOrTraditional() {
        assertEquals("zh-Hans", IDENTIFIER.identify("记者从市交通运输局获悉，新的有轨电车线路将于下月开通运营。", null).tag());
        assertEquals("zh-Hant", IDENTIFIER.identify("記者從市交通運輸局獲悉，新的輕軌電車線路將於下月開通營運。", null).tag());
    }

    @Test
    void statedLanguageWinsOverDetection() {
        Language language = IDENTIFIER.identify("The ferry line resumed its normal timetable on Monday.", "fr");
        assertEquals("fr", language.tag());
        assertEquals("Latn", language.script());
        assertTrue(language.stated());
    }

    @Test
    void cyrillicTextIsInCyrillicScript() {
        Language language = IDENTIFIER.identify("Паромное сообщение с островом возобновилось в понедельник утром после "
                + "трёхдневного перерыва из-за шторма.", null);
        assertEquals("Cyrl", language.script());
        assertEquals("ru", language.tag());
    }
}
