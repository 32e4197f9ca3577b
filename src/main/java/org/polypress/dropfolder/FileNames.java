package org.polypress.dropfolder;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names that lie about what a file is or where it goes, refused alike for an upload (400) and for a file dropped
 * into the drop folder (set aside with the reason): a character that is invisible or turns the text around
 * (U+202E shows {@code txt.exe} as {@code exe.txt}; a zero-width space makes two names that look the same),
 * full-width or other look-alike dots, slashes and colons that read as a path once folded ({@code ．．／x.txt}), a
 * character shells or Windows give a meaning to, and a name Windows keeps for a device.
 */
public final class FileNames {

    /** Names Windows keeps for devices, with any extension: {@code con.txt} opens the console. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\\..*)?");

    private FileNames() {
    }

    /** Refuses a dropped file whose name lies: it is set aside with the reason, and never published under it. */
    public static void requireHonest(String name) throws org.polypress.PipelineException {
        String lie = lie(name);
        if (lie != null) {
            throw new org.polypress.PipelineException(org.polypress.Stage.INGEST, lie,
                    "rename the file and drop it again");
        }
    }

    /** Why {@code name} lies about the file, or null when it does not. */
    public static String lie(String name) {
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            return "The file name holds invisible characters or ones that change the direction of the text";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (!folded.equals(name) && (folded.indexOf('/') >= 0 || folded.indexOf('\\') >= 0
                || folded.startsWith(".") || folded.contains(":"))) {
            return "The file name holds full-width or look-alike dots, slashes or colons that make it read as a path";
        }
        if (name.codePoints().anyMatch(c -> "<>\"|?*`;".indexOf(c) >= 0) || name.contains("$(")) {
            return "The file name holds characters that shells or Windows give a meaning: < > \" | ? * ` ; $(";
        }
        if (RESERVED.matcher(name).matches()) {
            return "The file name is a device's name on Windows (CON, PRN, AUX, NUL, COM1, LPT1, …)";
        }
        return null;
    }
}
