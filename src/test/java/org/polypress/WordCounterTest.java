package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Words by ICU boundaries: scripts written without spaces count their words, not their spaces. */
class WordCounterTest {

    private final WordCounter words = new WordCounter();

    @Test
    void spacedScriptsCountWordsNotPunctuation() {
        assertEquals(7, words.count("The ferry, at last, resumed its timetable."));
    }

    @Test
    void chineseCountsItsWords() {
        // 记者 / 从 / 市 / 交通 / 运输 / 局 / 获悉 … : many words, no spaces
        int count = words.count("记者从市交通运输局获悉，新的有轨电车线路将于下月开通运营。");
        assertTrue(count >= 12, "Chinese words: " + count);
    }

    @Test
    void thaiCountsItsWords() {
        int count = words.count("เรือข้ามฟากกลับมาให้บริการตามปกติในเช้าวันจันทร์");
        assertTrue(count >= 6, "Thai words: " + count);
    }

    @Test
    void japaneseCountsItsWords() {
        int count = words.count("東京都内で新しい路面電車の試運転が行われました。");
        assertTrue(count >= 8, "Japanese words: " + count);
    }
}
