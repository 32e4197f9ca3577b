package org.polypress.recognize;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A caption credit pattern of a language's conventions, with what the credit search reads from it once, when the
 * conventions are compiled, rather than for every caption: the words every match holds, whether a match must follow
 * a space, and whether every match opens with a sign.
 *
 * @param pattern the credit pattern, with its {@code credit} group
 * @param keywords the words one of which every match holds ("photo", "©")
 * @param gate the words and figures every match holds, of all the pattern's parts, not only those it opens with
 *     ("/" and "©" or "copyright" in "Jane Doe/© Agency")
 * @param afterSpace whether the pattern opens with a lookbehind for a space, so a match starts at a word
 * @param opensWithSign whether every match starts at a sign or a space ({@link CaptionParser#opensWithSign})
 */
record CaptionCredit(Pattern pattern, CreditKeywords keywords, LiteralGate gate, boolean afterSpace,
        boolean opensWithSign) {

    CaptionCredit {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(gate, "gate");
    }

    /** The credit pattern and what is read from it. */
    static CaptionCredit of(Pattern pattern) {
        return new CaptionCredit(pattern, CreditKeywords.of(pattern), LiteralGate.of(pattern), pattern.pattern().startsWith("(?<=\\s"),
                CaptionParser.opensWithSign(pattern));
    }
}
