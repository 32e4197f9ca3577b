package org.polypress.model;

/** Writing direction of an article's text, as HTML's {@code dir} and EPUB's page progression name it. */
public enum Direction {
    LTR, RTL;

    /** The attribute value: {@code ltr} or {@code rtl}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
