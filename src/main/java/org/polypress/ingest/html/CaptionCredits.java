package org.polypress.ingest.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit a caption's text closes with when the page sets it in the same element: after a label ("…, Foto:
 * Agency", "… — Picture by Name", "… © Agency") or after a bar ("… | Name/Agency"). The labels are the words
 * captions use for a credit in many languages; a caption ending otherwise keeps its text. A credit in brackets
 * without a label ("… (AP)", "(Photo provided to …)") is left in the caption for the recognizer, whose
 * conventions read what such a credit names.
 */
final class CaptionCredits {

    /** The words that label a credit, before a colon ("Foto:", "Bildquelle:") or before a name ("Photo by"). */
    private static final String LABEL = "(?:©|\\(c\\)|(?:foto|fotos|photo|photos|bild|bilder|image|images|picture|"
            + "credit|credits|quelle|bildquelle|source|fuente|fonte|crédito|kilde|källa|zdjęcie|kuva|fotó|isithombe)"
            + "\\s*:|(?:photo|picture|image|foto|bild)s?\\s+(?:by|von|de|di|par)\\s)";
    private static final List<Pattern> SHAPES = List.of(
            // the caption, a separator, the labelled credit (in brackets or not)
            Pattern.compile("(?iu)(.*?\\S)[\\s,;|/–—(-]+(" + LABEL + "[^:]{2,80}?)\\)?"),
            // the caption, a bar, a short credit that closes no sentence
            Pattern.compile("(?u)(.*\\S)\\s+\\|\\s+([^|]{2,80}[^.!?|])"));

    private CaptionCredits() {
    }

    /** The caption's text and its credit, when the text closes with one; else empty. */
    static Optional<String[]> split(String caption) {
        for (Pattern shape : SHAPES) {
            Matcher matcher = shape.matcher(caption);
            if (matcher.matches()) {
                return Optional.of(new String[] {matcher.group(1).strip(), matcher.group(2).strip()});
            }
        }
        return Optional.empty();
    }
}
