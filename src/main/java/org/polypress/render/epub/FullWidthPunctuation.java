package org.polypress.render.epub;

import java.util.Set;

/**
 * Whether a script punctuates with full-width marks and no space around them ({@code （…）},
 * {@code ：}), as Chinese and Japanese sources do, rather than {@code " (…)"} and {@code ": "}.
 * Shared so that a caption's credit and a table-of-contents entry follow the same convention.
 */
final class FullWidthPunctuation {

    /** ISO 15924 codes of the scripts that use full-width punctuation. */
    private static final Set<String> SCRIPTS = Set.of("Hans", "Hant", "Hani", "Jpan");

    private FullWidthPunctuation() {
    }

    /** Whether text in this ISO 15924 script uses full-width brackets and colons. */
    static boolean usedIn(String script) {
        return script != null && SCRIPTS.contains(script);
    }
}
