package org.polypress.model;

import java.util.List;
import java.util.Objects;

/**
 * The file an article was made from, and how sure Polypress is that it read the file's text as its
 * writer meant it.
 *
 * @param fileName          the name it was dropped under
 * @param mediaType         the detected media type
 * @param charset           the character encoding the text was read in (a Java canonical name such as
 *                          {@code windows-1251}), or null for formats that carry no text encoding
 * @param charsetConfidence 0 to 100: how sure the choice of {@code charset} is (100 when a byte-order mark
 *                          declares it); null when Polypress did not choose it, because the format has no
 *                          text encoding or declares its own (HTML, office documents: Tika reads them)
 * @param sha256            hex SHA-256 of its bytes
 * @param bytes             its size
 * @param warnings          what a reader of the source should know, in plain words: an encoding guessed
 *                          with low confidence, bytes that could not be decoded; empty when there is nothing
 */
public record Source(String fileName, String mediaType, String charset, Integer charsetConfidence, String sha256,
        long bytes, List<String> warnings) {

    public Source {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (charsetConfidence != null) {
            if (charset == null) {
                throw new IllegalArgumentException("charsetConfidence needs a charset: " + charsetConfidence);
            }
            if (charsetConfidence < 0 || charsetConfidence > 100) {
                throw new IllegalArgumentException("charsetConfidence must be 0 to 100: " + charsetConfidence);
            }
        }
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        for (String warning : warnings) {
            if (warning.isBlank()) {
                throw new IllegalArgumentException("warnings must not be blank: " + warnings);
            }
        }
    }
}
