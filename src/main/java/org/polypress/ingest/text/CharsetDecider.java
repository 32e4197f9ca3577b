package org.polypress.ingest.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Decides the character encoding of a plain-text file. The evidence is weighed from the strongest to the
 * weakest, and the first rule that applies decides:
 * <ol>
 * <li>a byte-order mark declares UTF-8, UTF-16LE or UTF-16BE (confidence 100);</li>
 * <li>control bytes (zero, and the others below 0x20 that are not white space), which no text in an
 *     ASCII-based encoding holds, in at least one byte pair in a hundred: UTF-16 without a mark, in the byte
 *     order whose reading looks more like text ({@code utf16WithoutMark});</li>
 * <li>only ASCII bytes: every candidate reads them alike. They are named ISO-8859-1, as Tika and ICU name
 *     them (confidence 100);</li>
 * <li>UTF-8: its multi-byte characters outnumber the bytes that are not UTF-8 ten to one (ICU's own
 *     threshold), so a UTF-8 file with a few damaged bytes is still read as UTF-8, and the damage is reported.
 *     Confidence is the share of the non-ASCII sequences that are valid, and 80 for fewer than four of them:
 *     a legacy text can hold that many by chance;</li>
 * <li>otherwise a legacy encoding: every {@link LegacyEncoding} is a candidate, with the confidence ICU's
 *     statistical {@link CharsetDetector} gives it (0 when ICU does not name it). Readings that do not look
 *     written in their encoding's own scripts ({@link LegacyEncoding#scriptFit}) are dropped, then encodings
 *     that do not write the language the file name states, each only when a candidate is left. The highest
 *     confidence wins; on a tie, the reading with more letters that fit, then the earlier in
 *     {@link LegacyEncoding}'s order. Below {@value #LOW_CONFIDENCE}, or with a runner-up that reads the
 *     bytes differently within {@value #CLOSE_CALL} points, the choice is reported as a doubt.</li>
 * </ol>
 */
public final class CharsetDecider {

    /**
     * ICU's confidence for a single-byte encoding grows with the share of the text's letter triples that are
     * among its language's sixty-four commonest: a whole Russian article in windows-1251 scores 47, a whole
     * Arabic one in windows-1256 74. For the Chinese, Japanese and Korean encodings it reaches 100 on a
     * paragraph. Under 30, a guess rests on a line or two.
     */
    static final int LOW_CONFIDENCE = 30;
    static final int CLOSE_CALL = 10;

    /** At least this many byte pairs in a hundred must hold a control byte for UTF-16 without a mark. */
    private static final int UTF16_CONTROL_PAIRS_PER_HUNDRED = 1;
    /** Byte pairs with control bytes that make full evidence for UTF-16 without a mark. */
    private static final int UTF16_FULL_EVIDENCE = 20;
    /** ICU reads this much of a large file: enough for its statistics, without reading 50 MB thirty times. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** ASCII bytes kept before the first non-ASCII one: Latin statistics count the words around the accents. */
    private static final int SAMPLE_LEAD = 1024;

    private CharsetDecider() {
    }

    /**
     * @param bytes          the whole file
     * @param statedLanguage a language the file name states (BCP 47), or null
     */
    public static CharsetDecision decide(byte[] bytes, String statedLanguage) {
        return byteOrderMark(bytes)
                .or(() -> utf16WithoutMark(bytes))
                .or(() -> ascii(bytes))
                .or(() -> utf8(bytes))
                .orElseGet(() -> legacy(bytes, statedLanguage));
    }

    private static Optional<CharsetDecision> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(CharsetDecision.sure(StandardCharsets.UTF_8, 3, 100));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(CharsetDecision.sure(StandardCharsets.UTF_16LE, 2, 100));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(CharsetDecision.sure(StandardCharsets.UTF_16BE, 2, 100));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a mark. Only control bytes can show it: in UTF-16 every ASCII character (a space, a
     * digit, a line end) holds a zero byte, and every Cyrillic, Greek, Hebrew or Arabic letter a byte from
     * 0x01 to 0x06, while no text in an ASCII-based encoding holds such bytes at all. The byte order is the
     * reading that looks less unlike text: fewer {@link UnreadableCharacters} (read the wrong way round, one
     * Chinese character in eight lands on a surrogate or a private-use code point, and a line end on an
     * unassigned one), and fewer of the rare characters U+xx00 that ASCII characters become the wrong way
     * round. Only a readable reading is taken (little-endian on a tie); when neither is readable, the bytes
     * are not UTF-16. Confidence is the share of the other reading's unlikeness that this one avoids, scaled
     * down when fewer than {@value #UTF16_FULL_EVIDENCE} byte pairs show control bytes: a headline alone is
     * thin evidence.
     */
    private static Optional<CharsetDecision> utf16WithoutMark(byte[] bytes) {
        int pairsWithControls = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            if (isControlByte(bytes[i]) || isControlByte(bytes[i + 1])) {
                pairsWithControls++;
            }
        }
        if (pairsWithControls < Math.max(2, bytes.length / 2 * UTF16_CONTROL_PAIRS_PER_HUNDRED / 100)) {
            return Optional.empty();
        }
        Utf16Reading little = Utf16Reading.of(bytes, StandardCharsets.UTF_16LE);
        Utf16Reading big = Utf16Reading.of(bytes, StandardCharsets.UTF_16BE);
        Optional<Utf16Reading> readable = Stream.of(little, big).filter(Utf16Reading::readable)
                .min(Comparator.comparingLong(Utf16Reading::unlikeText));
        if (readable.isEmpty()) {
            return Optional.empty();
        }
        Utf16Reading better = readable.get();
        Utf16Reading worse = better == little ? big : little;
        double avoided = (double) (worse.unlikeText() - better.unlikeText()) / (worse.unlikeText() + 1);
        double evidence = Math.min(1.0, (double) pairsWithControls / UTF16_FULL_EVIDENCE);
        int confidence = (int) Math.max(0, 100 * avoided * evidence);
        List<String> doubts = confidence < LOW_CONFIDENCE
                ? List.of(lowConfidence(better.charset(), confidence))
                : List.of();
        return Optional.of(new CharsetDecision(better.charset(), 0, confidence, doubts));
    }

    /** A control byte other than tab, line feed, vertical tab, form feed and carriage return. */
    private static boolean isControlByte(byte b) {
        return b >= 0 && b < 0x20 && (b < 0x09 || b > 0x0D);
    }

    private static Optional<CharsetDecision> ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(CharsetDecision.sure(StandardCharsets.ISO_8859_1, 0, 100));
    }

    private static Optional<CharsetDecision> utf8(byte[] bytes) {
        DecodedText decoded = StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8);
        long valid = decoded.text().codePoints().filter(cp -> cp > 0x7F && cp != 0xFFFD).count();
        long bad = decoded.undecodableBytes();
        if (valid == 0 || valid < 10 * bad) {
            return Optional.empty();
        }
        int confidence = bad > 0 ? (int) (100 * valid / (valid + bad)) : valid < 4 ? 80 : 100;
        return Optional.of(CharsetDecision.sure(StandardCharsets.UTF_8, 0, confidence));
    }

    private static CharsetDecision legacy(byte[] bytes, String statedLanguage) {
        byte[] sample = sample(bytes);
        List<Candidate> plausible = keepIfAny(candidates(sample), c -> c.fit().fits());
        if (statedLanguage != null) {
            plausible = keepIfAny(plausible, c -> c.encoding().writes(statedLanguage));
        }
        Candidate best = plausible.get(0);
        List<String> doubts = new ArrayList<>();
        if (best.confidence() < LOW_CONFIDENCE) {
            doubts.add(lowConfidence(best.encoding().charset(), best.confidence()));
        }
        // a rival that reads the bytes alike (ISO-8859-1 for windows-1252 without curly quotes) is no rival
        plausible.stream().skip(1)
                .filter(rival -> !rival.reading().equals(best.reading()))
                .findFirst()
                .filter(rival -> best.confidence() - rival.confidence() < CLOSE_CALL)
                .ifPresent(rival -> doubts.add(String.format(Locale.ROOT,
                        "the character encoding was a close call between %s (%d %%) and %s (%d %%)",
                        best.encoding().charset().name(), best.confidence(),
                        rival.encoding().charset().name(), rival.confidence())));
        return new CharsetDecision(best.encoding().charset(), 0, best.confidence(), doubts);
    }

    /**
     * The part of a large file ICU reads: from a little before the first non-ASCII byte, which in every
     * candidate encoding starts a character, so the sample never opens in the middle of one.
     */
    private static byte[] sample(byte[] bytes) {
        int firstNonAscii = 0;
        while (firstNonAscii < bytes.length && bytes[firstNonAscii] >= 0) {
            firstNonAscii++;
        }
        int from = Math.max(0, firstNonAscii - SAMPLE_LEAD);
        return Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + SAMPLE_BYTES));
    }

    /**
     * Every legacy encoding, best first: by ICU's confidence (0 for those ICU does not name: on a line or two
     * its statistics often name none of the right ones, and the script test can still find them), then by
     * the letters that fit, then in {@link LegacyEncoding}'s order.
     */
    private static List<Candidate> candidates(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        Map<LegacyEncoding, Integer> confidences = new EnumMap<>(LegacyEncoding.class);
        for (CharsetMatch match : detector.detectAll()) {
            LegacyEncoding.ofIcuName(match.getName())
                    .ifPresent(encoding -> confidences.merge(encoding, match.getConfidence(), Math::max));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            String reading = new String(sample, encoding.charset());
            candidates.add(new Candidate(encoding, confidences.getOrDefault(encoding, 0), reading,
                    encoding.scriptFit(reading)));
        }
        candidates.sort(Comparator.comparingInt(Candidate::confidence)
                .thenComparingInt(c -> c.fit().fitting()).reversed());
        return candidates;
    }

    private static List<Candidate> keepIfAny(List<Candidate> candidates, Predicate<Candidate> test) {
        List<Candidate> kept = candidates.stream().filter(test).toList();
        return kept.isEmpty() ? candidates : kept;
    }

    private static String lowConfidence(Charset charset, int confidence) {
        return String.format(Locale.ROOT, "the character encoding was guessed with low confidence (%s, %d %%)",
                charset.name(), confidence);
    }

    /** One legacy encoding's reading of the sample, with ICU's confidence in it and how its letters fit. */
    private record Candidate(LegacyEncoding encoding, int confidence, String reading, ScriptFit fit) {
    }

    /**
     * The bytes read as UTF-16 in one byte order, and how unlike text that reading is. The ideographic space
     * U+3000 is the one character U+xx00 that is no rarity: Chinese and Japanese text indents and separates
     * with it.
     */
    private record Utf16Reading(Charset charset, long characters, long unreadable, long swappedAscii) {

        private static final char IDEOGRAPHIC_SPACE = '\u3000';

        static Utf16Reading of(byte[] bytes, Charset charset) {
            String text = StrictDecoder.decode(bytes, 0, charset).text();
            long swappedAscii = text.chars()
                    .filter(c -> (c & 0xFF) == 0 && isAsciiText(c >> 8) && c != IDEOGRAPHIC_SPACE).count();
            return new Utf16Reading(charset, text.codePoints().count(), UnreadableCharacters.count(text), swappedAscii);
        }

        long unlikeText() {
            return unreadable + swappedAscii;
        }

        boolean readable() {
            return UnreadableCharacters.fewEnough(unreadable, characters);
        }

        private static boolean isAsciiText(int b) {
            return (b >= 0x20 && b < 0x7F) || (b >= 0x09 && b <= 0x0D);
        }
    }
}
