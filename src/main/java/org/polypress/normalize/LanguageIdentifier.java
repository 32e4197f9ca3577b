package org.polypress.normalize;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.polypress.Preload;
import org.polypress.model.Direction;

/**
 * Tells the language, script and direction of a text. The script is counted with ICU ({@link UScript});
 * the language comes from the n-gram model Tika ships for OpenNLP ({@link NgramLanguageModel}), restricted
 * to languages written in that script (by CLDR's likely subtags) and, unless the model is sure, to languages
 * we have conventions for: the model alone is unreliable on short text. A language the source states wins.
 */
public final class LanguageIdentifier {

    /** Enough text for the script count and the Chinese script; more only costs time. */
    private static final int SAMPLE_CHARS = 20_000;

    /**
     * Enough text for the language model: its answer on articles settles within a few hundred characters
     * (the corpus and our own articles in seventeen languages are told apart on 600 as on 20,000), while its
     * time grows with the text.
     */
    private static final int DETECTOR_CHARS = 600;
    /** How likely the model must find a language to take it without preferring one we have conventions for. */
    private static final double SURE = 0.9;

    /** ISO 639-3 individual languages the model answers with, mapped to their macrolanguage's tag. */
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.ofEntries(
            Map.entry("arb", "ar"), Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("cmn", "zh"),
            Map.entry("zsm", "ms"), Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("ekk", "et"),
            Map.entry("lvs", "lv"), Map.entry("khk", "mn"), Map.entry("azj", "az"), Map.entry("uzn", "uz"),
            Map.entry("swh", "sw"), Map.entry("plt", "mg"), Map.entry("ory", "or"), Map.entry("npi", "ne"));

    private final Set<String> knownLanguages;
    private final Map<String, String> iso3ToTag;
    /** The script each language the model may answer is written in (CLDR's likely subtags), looked up once. */
    private final Map<String, String> scriptOfTag;
    private final Preload<Loaded> loaded;

    /** The language model and the Traditional-to-Simplified transliterator. */
    private record Loaded(NgramLanguageModel model, Transliterator toSimplified) {
    }

    /**
     * @param knownLanguages primary language subtags we have conventions for
     */
    public LanguageIdentifier(Set<String> knownLanguages) {
        this.knownLanguages = Set.copyOf(knownLanguages);
        this.iso3ToTag = iso3Table();
        Map<String, String> scripts = new HashMap<>();
        for (String tag : iso3ToTag.values()) {
            scripts.put(tag, likelyScript(tag));
        }
        for (String tag : INDIVIDUAL_TO_MACRO.values()) {
            scripts.put(tag, likelyScript(tag));
        }
        this.scriptOfTag = Map.copyOf(scripts);
        // a build without the model fails here, at start-up, rather than on every article
        NgramLanguageModel.requireOnClasspath();
        // the language model and the transliterator are loaded once, when the application has started
        // (Preload); the first article waits for them if it comes before they are ready
        this.loaded = new Preload<>("language model",
                () -> new Loaded(NgramLanguageModel.shared(), Transliterator.getInstance("Hant-Hans")));
    }

    /** Starts loading the language model now, on a thread of its own, for a batch that needs it at once. */
    public void preload() {
        loaded.start();
    }

    /** Whether the language model is loaded or being loaded. */
    public boolean preloadStarted() {
        return loaded.started();
    }

    /**
     * Identifies the language of {@code text}.
     *
     * @param stated a BCP 47 tag the source states, or null
     */
    public Language identify(String text, String stated) {
        // the scripts of a long article are those of its first pages
        ScriptCount scripts = ScriptCount.of(head(text, SAMPLE_CHARS));
        if (stated != null && fitsScript(stated, scripts.dominant())) {
            return fromStated(stated, scripts, text);
        }
        int dominant = scripts.dominant();
        return switch (dominant) {
            case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL -> eastAsian(scripts, text);
            default -> detect(text, dominant);
        };
    }

    /**
     * Whether a stated language is written in the text's script: a file named {@code results.ar.txt}
     * holding English text states no language we believe.
     */
    private static boolean fitsScript(String stated, int dominant) {
        if (dominant == UScript.INVALID_CODE) {
            return true;
        }
        ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(stated));
        String script = locale.getScript();
        if (script.isEmpty()) {
            return true;
        }
        if (Set.of("Hans", "Hant", "Jpan", "Kore", "Hani").contains(script)) {
            return dominant == UScript.HAN;
        }
        return script.equals(UScript.getShortName(dominant));
    }

    private Language fromStated(String stated, ScriptCount scripts, String text) {
        ULocale locale = ULocale.forLanguageTag(stated);
        String script = locale.getScript();
        if (script.isEmpty()) {
            script = "zh".equals(locale.getLanguage()) ? chineseScript(text)
                    : ULocale.addLikelySubtags(locale).getScript();
        }
        if (script.isEmpty()) {
            script = UScript.getShortName(scripts.dominant());
        }
        // "zh" says the language, the text says which Chinese script: zh-Hans or zh-Hant
        String tag = "zh".equals(stated) ? "zh-" + script : stated;
        return new Language(tag, script, directionOf(script), true);
    }

    private Language eastAsian(ScriptCount scripts, String text) {
        int kana = scripts.count(UScript.HIRAGANA) + scripts.count(UScript.KATAKANA);
        int han = scripts.count(UScript.HAN);
        // Japanese writes a kana for every few kanji; Chinese text quotes a stray katakana name at most
        if (kana * 10 > han && scripts.count(UScript.HANGUL) < kana) {
            return new Language("ja", "Jpan", Direction.LTR, false);
        }
        if (scripts.count(UScript.HANGUL) > 0) {
            return new Language("ko", "Kore", Direction.LTR, false);
        }
        String script = chineseScript(text);
        return new Language("zh-" + script, script, Direction.LTR, false);
    }

    /** Hans when converting to Simplified changes (almost) nothing, else Hant. */
    private String chineseScript(String text) {
        String sample = head(text, SAMPLE_CHARS);
        String simplified;
        // one transliteration at a time, as SlugMaker does: ICU's compound transliterators are not re-entrant
        Transliterator toSimplified = loaded.get().toSimplified();
        synchronized (toSimplified) {
            simplified = toSimplified.transliterate(sample);
        }
        int changed = 0;
        int han = 0;
        for (int i = 0; i < sample.length() && i < simplified.length(); i++) {
            if (UScript.getScript(sample.charAt(i)) == UScript.HAN) {
                han++;
                if (sample.charAt(i) != simplified.charAt(i)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed * 20 > han ? "Hant" : "Hans";
    }

    private Language detect(String text, int dominantScript) {
        String script = dominantScript == UScript.INVALID_CODE ? "Zyyy" : UScript.getShortName(dominantScript);
        List<NgramLanguageModel.Guess> guesses = loaded.get().model().rank(head(text, DETECTOR_CHARS));
        // the model's best answer in this script, unless it is unsure and a language we know is close
        String best = null;
        NgramLanguageModel.Guess bestGuess = null;
        for (NgramLanguageModel.Guess guess : guesses) {
            String tag = toTag(guess.code());
            if (tag == null || !script.equals(scriptOfTag.get(tag))) {
                continue;
            }
            if (best == null) {
                best = tag;
                bestGuess = guess;
                if (knownLanguages.contains(tag) || guess.probability() > SURE) {
                    break;
                }
            } else if (knownLanguages.contains(tag) && guess.probability() * 2 >= bestGuess.probability()) {
                best = tag;
                break;
            }
        }
        String fallback = best != null ? best : likelyLanguage(script);
        return new Language(fallback, script, directionOf(script), false);
    }

    /** The first {@code chars} characters of {@code text}. */
    private static String head(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    private String toTag(String modelCode) {
        String code = modelCode.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        String base = dash < 0 ? code : code.substring(0, dash);
        if (INDIVIDUAL_TO_MACRO.containsKey(base)) {
            return INDIVIDUAL_TO_MACRO.get(base);
        }
        return iso3ToTag.get(base);
    }

    private static String likelyScript(String tag) {
        return ULocale.addLikelySubtags(new ULocale(tag)).getScript();
    }

    private static String likelyLanguage(String script) {
        String language = ULocale.addLikelySubtags(new ULocale("und_" + script)).getLanguage();
        return language.isEmpty() ? "und" : language;
    }

    private static Direction directionOf(String script) {
        int code = UScript.getCodeFromName(script);
        return code != UScript.INVALID_CODE && UScript.isRightToLeft(code) ? Direction.RTL : Direction.LTR;
    }

    private static Map<String, String> iso3Table() {
        Map<String, String> table = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                // toLanguageTag gives today's codes where Java keeps legacy ones (iw → he, in → id, ji → yi)
                table.put(new Locale(two).getISO3Language(), new Locale(two).toLanguageTag());
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form is never answered by the model
            }
        }
        return Map.copyOf(table);
    }
}
