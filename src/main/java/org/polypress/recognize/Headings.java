package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import org.polypress.model.Block;

/** Tells subheadings from paragraphs: short single lines without closing punctuation, with text after them. */
final class Headings {

    private static final String CLOSING_PUNCTUATION = ".,;:!?…\"”’»)]。！？；：、，」』）";
    private static final String OPENING_QUOTES = "\"“«「『'‘„”»›";
    private static final String CLOSING_QUOTES = "\"”»」』'’“«‹";

    private Headings() {
    }

    /** True when the block's last character closes a sentence, a quote or a bracket. */
    static boolean withoutClosingPunctuation(String block) {
        return CLOSING_PUNCTUATION.indexOf(block.codePointBefore(block.length())) < 0;
    }

    static boolean looksLikeHeading(String block, Conventions conventions) {
        if (block.length() > conventions.headingMaxChars()
                || block.split("\\s+").length > conventions.headingMaxWords()) {
            return false;
        }
        int first = block.codePointAt(0);
        boolean quoted = OPENING_QUOTES.indexOf(first) >= 0;
        // a subheading may ask ("What happens next?") or quote someone ("“A regret I will carry”")
        String last = block.substring(block.length() - 1);
        boolean ends = withoutClosingPunctuation(block) || "?？".contains(last)
                || quoted && CLOSING_QUOTES.contains(last) || endsWithAside(block);
        return ends && (Character.isLetterOrDigit(first) || quoted) && !Character.isLowerCase(first);
    }

    /**
     * A heading closed by what it says in brackets ("Best buys ($14.99, #559393)", "The vote (updated)"): without
     * the brackets it closes no sentence.
     */
    private static boolean endsWithAside(String block) {
        if (!block.endsWith(")") && !block.endsWith("）")) {
            return false;
        }
        int open = Math.max(block.lastIndexOf('('), block.lastIndexOf('（'));
        String before = open > 0 ? block.substring(0, open).strip() : "";
        return !before.isEmpty() && withoutClosingPunctuation(before);
    }

    /** A candidate is a heading only when longer running text follows it. */
    static List<Block> confirm(List<Block> body, List<Integer> candidates) {
        List<Block> confirmed = new ArrayList<>(body);
        for (int index : candidates) {
            String text = ((Block.Paragraph) body.get(index)).text();
            boolean textFollows = index + 1 < body.size() && body.get(index + 1) instanceof Block.Paragraph next
                    && !candidates.contains(index + 1) && next.text().length() > text.length();
            if (textFollows) {
                confirmed.set(index, new Block.Heading(2, text));
            }
        }
        return confirmed;
    }
}
