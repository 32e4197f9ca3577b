package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CreditKeywordsTest {

    private static boolean mayOccur(String regex, String text) {
        Pattern credit = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        return CreditKeywords.of(credit).mayOccurIn(CreditKeywords.foldedTail(text, 0));
    }

    @Test
    void tailWithoutTheCreditsWordsCannotHoldIt() {
        String regex = "(?<=[\\p{L}.])\\s*(?<credit>(?i:photo|picture)s?\\s*:\\s*(?<who>[^:()]{2,80}?))$";
        assertFalse(mayOccur(regex, "The minister spoke in Riyadh on Monday."));
        assertTrue(mayOccur(regex, "The minister in Riyadh. PHOTO: AFP"));
        assertTrue(mayOccur(regex, "The minister in Riyadh. Pictures: AFP"));
    }

    @Test
    void wordsAreComparedAsUnicodeCaseMatchingDoes() {
        String regex = "\\((?<credit>(?:Фото|Сурет)\\s*:\\s*(?<who>[^()]+?))\\)$";
        assertTrue(mayOccur(regex, "Алматы (ФОТО: Жанна Ахмет)"));
        assertFalse(mayOccur(regex, "Алматы (Жанна Ахмет)"));
        assertTrue(mayOccur("\\((?<credit>©\\s*(?<who>[^()]+?))\\)$", "In Oslo (© NTB)"));
    }

    @Test
    void optionalLettersAreNotRequired() {
        // "crédits?": the s may be left out; "abb\\.": an escaped sign is a letter of the word
        assertTrue(mayOccur("\\((?<credit>(?i:crédits?)\\s*:\\s*(?<who>[^()]+?))\\)$", "À Paris (Crédit : AFP)"));
        assertTrue(mayOccur("\\((?<credit>(?i:abb\\.)\\s*:\\s*(?<who>[^()]+?))\\)$", "Berlin (Abb.: dpa)"));
        assertFalse(mayOccur("\\((?<credit>(?i:abb\\.)\\s*:\\s*(?<who>[^()]+?))\\)$", "Berlin (Abb: dpa)"));
    }

    @Test
    void patternWhoseWordsCannotBeReadIsSearchedEverywhere() {
        // a credit opening with a name, a credit inside an alternation, a credit group that may be left out
        assertTrue(mayOccur("\\((?<credit>(?<who>\\p{Lu}\\p{L}+))\\)$", "no credit here"));
        assertTrue(mayOccur("x|(?<credit>(?i:photo))$", "no credit here"));
        assertTrue(mayOccur("(?:(?<credit>(?i:photo)))?$", "no credit here"));
        assertTrue(mayOccur("(?x)(?<credit>(?i:ph oto))$", "no credit here"));
    }

    @Test
    void asciiFoldsAsBothCaseTablesFoldIt() {
        for (char c = 0; c < 0x80; c++) {
            assertEquals(Character.toLowerCase(Character.toUpperCase(c)), CreditKeywords.fold(c), "U+" + (int) c);
        }
    }
}
