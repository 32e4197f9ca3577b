package org.polypress.ingest.text;

/**
 * How the characters of one reading of some bytes bear on the encoding that read them (see
 * {@link LegacyEncoding#scriptFit}).
 *
 * @param telling characters beyond ASCII that say something: letters of a particular script, symbols, and
 *                what is no character (controls, unassigned, undecodable)
 * @param fitting those that are letters of the encoding's own scripts, in words of their own script
 */
record ScriptFit(int telling, int fitting) {

    /** Letters of the encoding's own scripts must be at least this share of the telling characters. */
    private static final double FITTING_SHARE = 0.9;

    ScriptFit {
        if (telling < 0 || fitting < 0 || fitting > telling) {
            throw new IllegalArgumentException("need 0 <= fitting <= telling: " + fitting + ", " + telling);
        }
    }

    /** Whether nine in ten telling characters fit; with nothing telling, nothing speaks against the reading. */
    boolean fits() {
        return fitting >= FITTING_SHARE * telling;
    }
}
