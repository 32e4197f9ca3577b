package org.polypress.model;

import java.util.Locale;

/** What a credited person or organisation did, with the MARC relator code EPUB uses for it. */
public enum Role {
    AUTHOR("aut"),
    CONTRIBUTOR("ctb"),
    EDITOR("edt"),
    TRANSLATOR("trl"),
    PHOTOGRAPHER("pht"),
    SOURCE("ctb"),
    /** Who holds the copyright, from a rights line ("© 2025 Example News. All rights reserved."). */
    RIGHTS("cph");

    private final String marcRelator;

    Role(String marcRelator) {
        this.marcRelator = marcRelator;
    }

    /** The MARC relator code: aut, ctb, edt, trl, pht or cph. */
    public String marcRelator() {
        return marcRelator;
    }

    /** The role as the JSON rendition names it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for a name as the JSON rendition and the convention files write it. */
    public static Role ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
