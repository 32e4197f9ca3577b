package org.polypress.model;

import java.util.Objects;

/**
 * The file an article was made from.
 *
 * @param fileName  the name it was dropped under
 * @param mediaType the detected media type
 * @param charset   the detected character set, or null for formats that carry no text encoding
 * @param sha256    hex SHA-256 of its bytes
 * @param bytes     its size
 */
public record Source(String fileName, String mediaType, String charset, String sha256, long bytes) {
    public Source {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
