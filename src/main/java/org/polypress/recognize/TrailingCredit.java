package org.polypress.recognize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture's credit closing its caption without brackets or label, known by the agency it names: "… in Riad.
 * IMAGO/Jane Doe", "… at the show Jane Doe/Getty Images", "… for about an hour. AP", "… the country AP Photo/John
 * Roe", "… in Madrid.Jane Doe / Europa Press". The credit is the agency with the photographers' names and the
 * separators ({@code /}, {@code |}, {@code ,}, "via") around it, up to the end of the caption; it starts after the
 * caption's last sentence, or at the first capitalized name before the agency when the caption closes no sentence.
 */
final class TrailingCredit {

    /** A credit is a few names long. */
    private static final int MAX_CREDIT_CHARS = 90;
    /** A photographer's name before the agency is at most this many words. */
    private static final int MAX_NAME_WORDS = 4;
    /** What joins the parts of a credit. */
    private static final Pattern JOINER = Pattern.compile("(?iu)^(?:[/|,&]|via|photo|photos|foto|fotos|bild|"
            + "images?|pictures?|copyright|\\d{4}|©|\\(c\\))$");
    private static final Pattern SLASH_CREDIT = Pattern.compile("(?<=[.!?…])\\s*(?<credit>\\p{Lu}[\\p{L}\\p{M}.'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}\\s?/\\s?\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3})$");
    private static final Pattern TOKEN = Pattern.compile("[/|,&©]|[^\\s/|,&©]+");

    /** A caption and the credit that closes it. */
    record Split(String caption, String credit) {
    }

    private TrailingCredit() {
    }

    /** The caption and its credit, when {@code text} ends with a credit that names an agency. */
    static Optional<Split> split(String text, Conventions conventions) {
        String stripped = text.strip();
        stripped = stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
        if (stripped.length() < 20) {
            return Optional.empty();
        }
        java.util.List<int[]> tokens = new java.util.ArrayList<>();
        // the credit is at the end and a few names long: only the tail's words are read
        Matcher m = TOKEN.matcher(stripped).region(Math.max(0, stripped.length() - MAX_CREDIT_CHARS * 2),
                stripped.length());
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int from = firstCreditToken(stripped, tokens, conventions);
        if (from < 0 || tokens.get(from)[0] == 0) {
            return photographerAfterSentence(text);
        }
        int start = tokens.get(from)[0];
        String caption = stripped.substring(0, start).strip();
        String credit = text.strip().substring(start).strip();
        if (caption.isEmpty() || credit.length() > MAX_CREDIT_CHARS || WordShape.words(caption) < 3) {
            return Optional.empty();
        }
        // an agency closing a sentence of the text ("… said the spokesman for Reuters") is no credit: a credit
        // stands after the caption's last sentence, or names a photographer or a joiner beside the agency
        boolean afterSentence = WordShape.closesSentence(caption) || caption.endsWith(")");
        boolean composed = from < tokens.size() - 1 && credit.codePoints().anyMatch(c -> "/|©,".indexOf(c) >= 0)
                || credit.toLowerCase(Locale.ROOT).contains(" via ");
        if (!afterSentence && !composed) {
            return Optional.empty();
        }
        return Optional.of(new Split(caption, credit));
    }

    /**
     * The first token of the credit: the tail of tokens, each an agency's word, a joiner or a capitalized name's
     * word, that holds an agency and reaches the end; or -1.
     */
    private static int firstCreditToken(String text, java.util.List<int[]> tokens, Conventions conventions) {
        int end = tokens.size();
        int agencyAt = -1;
        // the agency: one to three tokens that together name one, as near the end as the tail allows
        for (int i = end - 1; i >= 0 && i >= end - 12; i--) {
            for (int len = 3; len >= 1; len--) {
                if (i - len + 1 < 0) {
                    continue;
                }
                String name = text.substring(tokens.get(i - len + 1)[0], tokens.get(i)[1]);
                if (conventions.isAgency(name.endsWith(".") || name.endsWith(")")
                        ? name.substring(0, name.length() - 1) : name)) {
                    agencyAt = i - len + 1;
                    break;
                }
            }
            if (agencyAt >= 0) {
                break;
            }
            if (!isCreditWord(token(text, tokens.get(i)))) {
                return -1;
            }
        }
        if (agencyAt < 0) {
            return -1;
        }
        int first = agencyAt;
        int nameWords = 0;
        for (int i = agencyAt - 1; i >= 0; i--) {
            String word = token(text, tokens.get(i));
            boolean sentenceEnd = word.endsWith(".") && word.length() > 2 && !isInitial(word)
                    || word.endsWith("!") || word.endsWith("?");
            if (sentenceEnd) {
                break;
            }
            if (JOINER.matcher(word).matches()) {
                nameWords = 0;
                first = i;
                continue;
            }
            if (isCapitalized(word) && nameWords < MAX_NAME_WORDS && joinedBefore(text, tokens, i, first)) {
                nameWords++;
                first = i;
                continue;
            }
            break;
        }
        // the caption's last sentence may run into the credit without a space: "(España).Jane Doe / Agency"
        return trimLeadingJoiners(text, tokens, first);
    }

    /**
     * A photographer's credit in the form credits take everywhere, "Agency/Jane Doe" or "Jane Doe/Agency", right
     * after the caption's last sentence: "… at the festival.Studio Lux/Jane Doe", "… in Oslo. Jane Doe / Studio".
     */
    private static Optional<Split> photographerAfterSentence(String text) {
        if (text.indexOf('/') < 0) {
            // every match holds the slash: a caption without one is not searched
            return Optional.empty();
        }
        Matcher m = SLASH_CREDIT.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String caption = text.strip().substring(0, m.start("credit")).strip();
        if (WordShape.words(caption) < 3) {
            return Optional.empty();
        }
        return Optional.of(new Split(caption, m.group("credit").strip()));
    }

    /** Whether the name word at {@code i} belongs to the credit: a joiner or another name word follows it. */
    private static boolean joinedBefore(String text, java.util.List<int[]> tokens, int i, int first) {
        String next = token(text, tokens.get(i + 1));
        return i + 1 == first || isCapitalized(next) || JOINER.matcher(next).matches();
    }

    private static int trimLeadingJoiners(String text, java.util.List<int[]> tokens, int first) {
        int i = first;
        while (i < tokens.size() && isJoiningSign(token(text, tokens.get(i)))) {
            i++;
        }
        return i;
    }

    /** A "/", "|", "," or "&" alone: what {@code [/|,&]} matches. */
    private static boolean isJoiningSign(String token) {
        return token.length() == 1 && "/|,&".indexOf(token.charAt(0)) >= 0;
    }

    private static String token(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static boolean isCreditWord(String word) {
        return JOINER.matcher(word).matches() || isCapitalized(word);
    }

    private static boolean isCapitalized(String word) {
        int cp = word.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** An initial ("J."), not a sentence's end. */
    private static boolean isInitial(String word) {
        return word.length() <= 3 && Character.isUpperCase(word.codePointAt(0))
                && word.toUpperCase(Locale.ROOT).equals(word);
    }
}
