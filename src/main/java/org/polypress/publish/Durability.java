package org.polypress.publish;

import java.util.Locale;

/**
 * What a publication survives once the publishing thread goes on ({@code polypress.durability}). Every mode
 * publishes an article whole or not at all, and survives the process being killed ({@code kill -9}): they
 * differ in what a power cut or a crash of the machine takes.
 */
public enum Durability {
    /** The article's files and ledger line are synced in a journal with those of every article waiting beside it. */
    GROUP,
    /** Each file is synced before its folder is renamed into place, and the ledger line after. */
    PER_ARTICLE,
    /** Nothing is synced: a power cut may take articles already archived as published. */
    NONE;

    /** {@code group}, {@code per-article} or {@code none}. */
    public static Durability of(String setting) {
        for (Durability durability : values()) {
            if (durability.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(setting.strip())) {
                return durability;
            }
        }
        throw new IllegalArgumentException("polypress.durability must be group, per-article or none: " + setting);
    }
}
