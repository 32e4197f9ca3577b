package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @Test
    void countingInSpansChangesNothingWhereWordsEndAtSpacesOrStops() {
        String english = "The ferry, at last, resumed its timetable on Monday morning. ";
        String chinese = "记者从市交通运输局获悉，新的有轨电车线路将于下月开通运营。";
        int times = 3 * WordCounter.SPAN / chinese.length();
        assertEquals(times * words.count(english), words.count(english.repeat(times)));
        assertEquals(times * words.count(chinese), words.count(chinese.repeat(times)));
    }

    @Test
    void aRunWithoutStopsLongerThanASpanIsCutAtMostOneWordPerSpan() {
        String run = "港口渡轮冬季维修后恢复航行乘客".repeat(3 * WordCounter.SPAN / 15 + 7);
        BreakIterator whole = BreakIterator.getWordInstance(ULocale.ROOT);
        whole.setText(run);
        int expected = 0;
        for (int end = whole.next(); end != BreakIterator.DONE; end = whole.next()) {
            expected += whole.getRuleStatus() != BreakIterator.WORD_NONE ? 1 : 0;
        }
        int cuts = run.length() / WordCounter.SPAN;
        int count = words.count(run);
        assertTrue(count >= expected && count <= expected + cuts, count + " words, ICU on the whole: " + expected);
    }

    @Test
    void aSpanNeverEndsBetweenTheHalvesOfASurrogatePair() {
        String text = "\uD840\uDC0B".repeat(WordCounter.SPAN);
        for (int start = 0; start < text.length(); start = WordCounter.spanEnd(text, start)) {
            assertTrue(!Character.isLowSurrogate(text.charAt(start)), "a span starts at a low surrogate: " + start);
        }
    }

    /**
     * Two million ideographs without a stop (a hostile file, or a page whose punctuation was lost) are counted in a
     * JVM of 48 MB of heap: ICU's dictionary arrays for the whole run took 80 MB.
     */
    @Test
    void aParagraphOfTwoMillionIdeographsIsCountedInASmallHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process count = new ProcessBuilder(List.of(java.toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), CountLongRun.class.getName()))
                .redirectErrorStream(true).start();
        assertTrue(count.waitFor(120, TimeUnit.SECONDS), "counting did not end");
        String said = new String(count.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, count.exitValue(), said);
        assertTrue(said.strip().matches("\\d+") && Integer.parseInt(said.strip()) > 1_000_000, said);
    }

    /** Counts the words of 130,000 repetitions of a 15-ideograph phrase and prints the count. */
    static final class CountLongRun {
        public static void main(String[] args) {
            System.out.println(new WordCounter().count("港口渡轮冬季维修后恢复航行乘客".repeat(130_000)));
        }
    }

    @Test
    void textsCountedTogetherCountAsEachAlone() {
        List<String> texts = List.of("The ferry, at last, resumed its timetable.", "记者从市交通运输局获悉，新的有轨电车线路将于下月开通运营。",
                "", "เรือข้ามฟากกลับมาให้บริการตามปกติในเช้าวันจันทร์", "港口渡轮冬季维修后恢复航行乘客".repeat(3 * WordCounter.SPAN / 15 + 7),
                "東京都内で新しい路面電車の試運転が行われました。");
        assertEquals(texts.stream().mapToInt(words::count).sum(), words.count(texts));
    }
}
