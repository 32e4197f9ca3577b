package org.polypress.serve;

import java.util.Locale;

/**
 * What a {@code Range} header asks of a representation (RFC 9110, section 14): the whole of it, one part of it, or
 * nothing it has. Only a single byte range is served as a part; a header that is not a byte range, is malformed
 * (a last position before the first), or asks for several ranges gets the whole representation, as RFC 9110 lets a
 * server do, which spares us multipart/byteranges answers no client of ours needs.
 */
sealed interface ByteRange {

    /** The whole representation, {@code 200}: no range asked, or one we choose not to serve as a part. */
    record Whole() implements ByteRange {
    }

    /**
     * Bytes {@code first} to {@code last} (both included) of {@code length}, {@code 206}.
     *
     * @param first  the first byte served, from 0
     * @param last   the last byte served, below {@code length}
     * @param length the representation's whole length
     */
    record Part(long first, long last, long length) implements ByteRange {

        public Part {
            if (first < 0 || last < first || last >= length) {
                throw new IllegalArgumentException("not a range of " + length + " bytes: " + first + "-" + last);
            }
        }

        /** {@code Content-Range} of the part: {@code bytes first-last/length}. */
        String contentRange() {
            return "bytes " + first + "-" + last + "/" + length;
        }
    }

    /**
     * A byte range none of whose bytes the representation has (it starts at or after its end, or asks for its
     * last 0 bytes), {@code 416}.
     *
     * @param length the representation's whole length
     */
    record Unsatisfiable(long length) implements ByteRange {

        /** {@code Content-Range} of a 416: {@code bytes *}{@code /length}. */
        String contentRange() {
            return "bytes */" + length;
        }
    }

    /** What {@code header}, a {@code Range} field value or null, asks of a representation of {@code length} bytes. */
    static ByteRange of(String header, long length) {
        if (header == null) {
            return new Whole();
        }
        String value = header.strip();
        int equals = value.indexOf('=');
        if (equals < 0 || !value.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return new Whole(); // a unit we do not know is ignored (RFC 9110, 14.2)
        }
        String spec = value.substring(equals + 1).strip();
        if (spec.contains(",")) {
            return new Whole(); // several ranges: the whole representation, one answer instead of a multipart one
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        if (!digits(from) && !(from.isEmpty() && digits(to))) {
            return new Whole(); // malformed: ignored as if not sent
        }
        if (!to.isEmpty() && !digits(to)) {
            return new Whole();
        }
        if (from.isEmpty()) {
            // a suffix: the last n bytes, all of them when n is more than there are
            long suffix = number(to);
            return suffix == 0 || length == 0 ? new Unsatisfiable(length)
                    : new Part(Math.max(0, length - suffix), length - 1, length);
        }
        long first = number(from);
        long last = to.isEmpty() ? Long.MAX_VALUE : number(to);
        if (last < first) {
            return new Whole(); // invalid (RFC 9110, 14.1.1): ignored
        }
        if (first >= length) {
            return new Unsatisfiable(length);
        }
        return new Part(first, Math.min(last, length - 1), length);
    }

    private static boolean digits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A position as written; one past what a long holds is as good as the end. */
    private static long number(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
