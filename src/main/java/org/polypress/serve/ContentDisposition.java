package org.polypress.serve;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} as RFC 6266 writes it: {@code filename} an ASCII fallback for
 * old clients, {@code filename*} the readable name in UTF-8, percent-encoded as RFC 8187 asks, so a
 * Chinese or Arabic headline is saved under that headline.
 */
final class ContentDisposition {

    /** Characters RFC 8187 lets stand unencoded in {@code filename*} ({@code attr-char}). */
    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";
    /** Long enough to read, short enough for every file system once encoded (255 bytes). */
    private static final int MAX_NAME_CODE_POINTS = 80;

    private ContentDisposition() {
    }

    /**
     * @param readableName the name to save under, such as the headline (without extension); may be blank
     * @param asciiName    an ASCII name (a slug) used when the readable one is blank, and as the fallback
     * @param extension    the extension, without the dot
     */
    static String attachment(String readableName, String asciiName, String extension) {
        String readable = fileName(readableName);
        if (readable.isEmpty()) {
            readable = asciiName;
        }
        return "attachment; filename=\"" + asciiName + "." + extension + "\"; filename*=UTF-8''"
                + encode(readable + "." + extension);
    }

    /** The name without what file systems refuse or read as a path: separators, controls, reserved marks. */
    static String fileName(String name) {
        if (name == null) {
            return "";
        }
        String cleaned = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .replaceAll("[/\\\\:*?\"<>|]", " ")
                .replaceAll("\\s+", " ")
                // a leading dot hides the file; dots and spaces left from "../" mean nothing
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME_CODE_POINTS) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_NAME_CODE_POINTS)).strip();
        }
        return cleaned;
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
