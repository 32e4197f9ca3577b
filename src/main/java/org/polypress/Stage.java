package org.polypress;

import java.util.Locale;

/** The stages an article passes through, named in error reports. */
public enum Stage {
    INGEST, NORMALIZE, RECOGNIZE, RENDER, PUBLISH;

    /** The stage as error reports write it: {@code ingest}, {@code normalize}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
