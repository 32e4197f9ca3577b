package org.polypress.model;

import java.util.Objects;

/**
 * An agency dateline opening the first paragraph ({@code BEIJING, July 5 (Xinhua) --}). The text stays
 * in the paragraph; this record only says what it names.
 *
 * @param text   the dateline as written, up to and including its dash
 * @param place  the place it names, or null ({@code (CNN) --}, {@code (TTXVN) –} name none)
 * @param agency the agency in brackets, or null
 * @param date   the date it names, or null
 */
public record Dateline(String text, String place, String agency, Published date) {
    public Dateline {
        Objects.requireNonNull(text, "text");
    }
}
