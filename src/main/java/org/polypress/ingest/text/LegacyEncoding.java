package org.polypress.ingest.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The pre-Unicode encodings Polypress reads in plain text, each with the scripts its letters belong to.
 * Only these are ever guessed: ICU's detector also answers EBCDIC, ISO-2022 and a dozen other single-byte
 * encodings, and every extra candidate is one more way to read a short text wrongly.
 */
enum LegacyEncoding {
    GB18030("GB18030", UScript.HAN),
    BIG5("Big5", UScript.HAN, UScript.BOPOMOFO),
    SHIFT_JIS("Shift_JIS", UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA),
    EUC_JP("EUC-JP", UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA),
    EUC_KR("EUC-KR", UScript.HANGUL, UScript.HAN),
    WINDOWS_1251("windows-1251", UScript.CYRILLIC),
    KOI8_R("KOI8-R", UScript.CYRILLIC),
    WINDOWS_1256("windows-1256", UScript.ARABIC),
    ISO_8859_8("ISO-8859-8", UScript.HEBREW),
    WINDOWS_1252("windows-1252", UScript.LATIN),
    ISO_8859_1("ISO-8859-1", UScript.LATIN);

    private final Charset charset;
    private final Set<Integer> scripts;

    LegacyEncoding(String name, Integer... scripts) {
        this.charset = Charset.forName(name);
        this.scripts = Set.of(scripts);
    }

    Charset charset() {
        return charset;
    }

    /**
     * The encoding ICU's {@code CharsetDetector} names, if it is one of ours. ICU tells logical-order Hebrew
     * ({@code ISO-8859-8-I}) from visual-order Hebrew; the bytes mean the same letters, and Java knows only
     * {@code ISO-8859-8}. ICU answers GB18030 for GBK and GB2312 text too: GB18030 holds both byte for byte.
     */
    static Optional<LegacyEncoding> ofIcuName(String name) {
        String javaName = "ISO-8859-8-I".equalsIgnoreCase(name) ? "ISO-8859-8" : name;
        return Arrays.stream(values()).filter(e -> e.charset.name().equalsIgnoreCase(javaName)).findFirst();
    }

    /**
     * How well {@code text}, bytes as this encoding reads them, looks written in this encoding's scripts: a
     * character beyond ASCII fits when it is a letter of its own scripts, and not inside a word of ASCII
     * letters unless it is Latin. Reading Japanese EUC-JP bytes as GB18030 gives Chinese characters mixed
     * with kana no Chinese text holds; reading them as KOI8-R gives Cyrillic letters mixed with box-drawing
     * symbols; reading French "Café" as windows-1251 gives "Cafй", a word no language spells in two scripts.
     * Punctuation, spaces, digits, marks and letters of no particular script (the long-vowel mark ー) say
     * nothing either way.
     */
    ScriptFit scriptFit(String text) {
        int[] codePoints = text.codePoints().toArray();
        int telling = 0;
        int fitting = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int script = codePoints[i] > 0x7F ? scriptOrNone(codePoints[i]) : UScript.COMMON;
            if (script == UScript.COMMON) {
                continue;
            }
            telling++;
            boolean inAsciiWord = isAsciiLetter(codePoints, i - 1) || isAsciiLetter(codePoints, i + 1);
            if (scripts.contains(script) && (script == UScript.LATIN || !inAsciiWord)) {
                fitting++;
            }
        }
        return new ScriptFit(telling, fitting);
    }

    private static boolean isAsciiLetter(int[] codePoints, int i) {
        return i >= 0 && i < codePoints.length
                && ((codePoints[i] >= 'a' && codePoints[i] <= 'z') || (codePoints[i] >= 'A' && codePoints[i] <= 'Z'));
    }

    /**
     * A letter's script; {@link UScript#INVALID_CODE} for symbols (U+FFFD among them) and what is no character;
     * {@link UScript#COMMON} for what says nothing: punctuation, spaces, numbers, marks, format characters (the
     * right-to-left mark of windows-1256, the soft hyphen of windows-1252), letters of no particular script.
     */
    private static int scriptOrNone(int cp) {
        if (Character.isLetter(cp)) {
            int script = UScript.getScript(cp);
            return script == UScript.INHERITED ? UScript.COMMON : script;
        }
        return switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                 Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE ->
                    UScript.INVALID_CODE;
            default -> UScript.COMMON;
        };
    }

    /** Whether this encoding writes the scripts of the language {@code languageTag} (BCP 47). */
    boolean writes(String languageTag) {
        int[] languageScripts = UScript.getCode(ULocale.forLanguageTag(languageTag));
        return languageScripts != null && Arrays.stream(languageScripts).anyMatch(scripts::contains);
    }
}
