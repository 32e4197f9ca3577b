package org.polypress.ingest.office;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of a format that stores printed lines rather than paragraphs (PDF) or whose
 * paragraphs may hold hard line breaks (RTF): drops running headers and footers and bare page numbers, joins
 * a paragraph that a page break cut in two, joins the lines of each paragraph and undoes hyphenation at a line
 * end where the joined word is a real word — one the text uses elsewhere, so "well-" / "known" stays
 * "well-known" while "para-" / "graph" becomes "paragraph" only in a text that says "paragraph".
 */
final class FlowingParagraphs {

    /** "7", "- 7 -", "Page 7", "Page 7 of 12", "7/12". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:of|/)\\s*\\d{1,4})?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A line ending in a word broken by a hyphen, and the next line's first word. */
    private static final Pattern BROKEN_END = Pattern.compile("(\\p{L}+)[-\\u00AD]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"”’)\\]»。！？]$");

    List<DocumentParagraph> rebuild(List<DocumentParagraph> paragraphs) {
        List<DocumentParagraph> kept = withoutPageFurniture(paragraphs);
        List<DocumentParagraph> whole = joinedAcrossPages(kept);
        Set<String> words = wordsOf(whole);
        List<DocumentParagraph> rebuilt = new ArrayList<>();
        for (DocumentParagraph paragraph : whole) {
            rebuilt.add(paragraph.withLines(List.of(joinLines(paragraph.lines(), words))));
        }
        return rebuilt;
    }

    /**
     * Without bare page numbers and without the first or last paragraph of a page when the same text (its
     * digits aside: "Page 3") opens or closes more than one page: a running header or footer.
     */
    private static List<DocumentParagraph> withoutPageFurniture(List<DocumentParagraph> paragraphs) {
        Map<String, Set<Integer>> edgePages = new HashMap<>();
        Map<Integer, List<DocumentParagraph>> byPage = new HashMap<>();
        for (DocumentParagraph p : paragraphs) {
            byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p);
        }
        for (List<DocumentParagraph> page : byPage.values()) {
            for (DocumentParagraph edge : edges(page)) {
                edgePages.computeIfAbsent(shape(edge), k -> new HashSet<>()).add(edge.page());
            }
        }
        List<DocumentParagraph> kept = new ArrayList<>();
        for (DocumentParagraph p : paragraphs) {
            boolean running = p.page() > 0 && edgePages.getOrDefault(shape(p), Set.of()).size() > 1
                    && edges(byPage.get(p.page())).contains(p);
            if (!running && !PAGE_NUMBER.matcher(p.text()).matches()) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The two first and two last paragraphs of a page: a header and a page number may both stand there. */
    private static Set<DocumentParagraph> edges(List<DocumentParagraph> page) {
        Set<DocumentParagraph> edges = new HashSet<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < 2 || i >= page.size() - 2) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    private static String shape(DocumentParagraph p) {
        return p.text().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }

    /** A paragraph that ends a page without closing its sentence and goes on, in lower case, on the next. */
    private static List<DocumentParagraph> joinedAcrossPages(List<DocumentParagraph> paragraphs) {
        List<DocumentParagraph> joined = new ArrayList<>();
        for (DocumentParagraph p : paragraphs) {
            DocumentParagraph last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.page() < p.page() && last.role() == DocumentParagraph.Role.TEXT
                    && p.role() == DocumentParagraph.Role.TEXT
                    && !SENTENCE_END.matcher(last.lines().get(last.lines().size() - 1)).find()
                    && FIRST_WORD.matcher(p.lines().get(0)).find()) {
                List<String> lines = new ArrayList<>(last.lines());
                lines.addAll(p.lines());
                joined.set(joined.size() - 1, last.withLines(lines));
            } else {
                joined.add(p);
            }
        }
        return joined;
    }

    /** Every word of the text, in lower case, as its lines spell it (a word broken at a line end is not). */
    private static Set<String> wordsOf(List<DocumentParagraph> paragraphs) {
        Set<String> words = new HashSet<>();
        for (DocumentParagraph p : paragraphs) {
            for (String line : p.lines()) {
                Matcher m = WORD.matcher(line);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /**
     * The lines as one: a space between lines, none after a line ending in a hyphen that follows a letter
     * ("Kazakhstan-" / "China" is one compound), and that hyphen taken out where the two halves make a word
     * the text uses elsewhere. A soft hyphen at a line end is always taken out: it only marks where a word
     * may break. Chinese and Japanese put no space between words, so none is put where a line of theirs breaks
     * (between two ideographs, or an ideograph and a digit or punctuation mark).
     */
    private static String joinLines(List<String> lines, Set<String> words) {
        StringBuilder text = new StringBuilder(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            Matcher broken = BROKEN_END.matcher(text);
            if (!broken.find()) {
                text.append(joinedWithoutSpace(text.charAt(text.length() - 1), line.charAt(0)) ? "" : " ")
                        .append(line);
                continue;
            }
            Matcher next = FIRST_WORD.matcher(line);
            boolean softHyphen = text.charAt(text.length() - 1) == '\u00AD';
            if (softHyphen || next.find()
                    && words.contains((broken.group(1) + next.group(1)).toLowerCase(Locale.ROOT))) {
                text.setLength(text.length() - 1);
            }
            text.append(line);
        }
        return text.toString();
    }

    /** Whether the printed line break between {@code before} and {@code after} stands for no space. */
    private static boolean joinedWithoutSpace(char before, char after) {
        return unspaced(before) && !spacedLetter(after) || unspaced(after) && !spacedLetter(before);
    }

    /** An ideograph, kana, or CJK punctuation: the scripts that write words without spaces between them. */
    private static boolean unspaced(char c) {
        int script = UScript.getScript(c);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
    }

    /** A letter of a script that puts spaces between words. */
    private static boolean spacedLetter(char c) {
        return Character.isLetter(c) && !unspaced(c);
    }
}
