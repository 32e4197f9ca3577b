package org.polypress.serve;

import java.util.Locale;

/** The format of the file an article was made from, as its extension names it: {@code txt}, {@code html}, {@code docx}. */
final class SourceFormat {

    private SourceFormat() {
    }

    /** The extension of {@code fileName} in lower case (at most 8 letters or digits), or {@code file} without one. */
    static String of(String fileName) {
        if (fileName == null) {
            return "file";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "file";
    }
}
