package org.polypress;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/**
 * What error reports and log lines say about a file and a failure, in words a person reads: a file name with its
 * control characters shown as escapes (a name holding a line break cannot forge a log line), and a failure as
 * the message of its deepest cause, without Java class names, object addresses or stack traces.
 */
public final class PlainWords {

    /**
     * {@code org.apache.tika.exception.TikaException: }, {@code org.apache…PDFParser@26c77f54} and the like: a
     * package of the usual roots, so that a file name such as {@code story.Final.txt} in a message stays whole.
     */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|com|org|net|io)\\.(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:@[0-9a-f]+)?(?::\\s*)?");

    private PlainWords() {
    }

    /** {@code name} with every control character written as an escape ({@code \n}, {@code \u0007}). */
    public static String name(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                    || Character.getType(c) == Character.FORMAT) {
                // a direction override (U+202E) would turn the rest of the log line around
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * The message of {@code failure}'s deepest cause that has one, without class names; with the line and column
     * of an XML parse error.
     */
    public static String of(Throwable failure) {
        String message = null;
        String where = "";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = said(t);
            if (said != null && !said.isBlank()) {
                message = said;
            }
            if (t instanceof SAXParseException parse && parse.getLineNumber() > 0) {
                where = " (line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ")";
            }
        }
        if (message == null) {
            return "no further detail";
        }
        String plain = CLASS_NAME.matcher(message).replaceAll("").strip();
        return (plain.isEmpty() ? "no further detail" : plain) + where;
    }

    /**
     * What {@code t} says. A file system error without a reason says only the file's name; the kind of error
     * is in its class, which the words must not name, so it is said here.
     */
    private static String said(Throwable t) {
        if (t instanceof FileSystemException fs && fs.getReason() == null && fs.getFile() != null) {
            String what = t instanceof AccessDeniedException ? "permission denied"
                    : t instanceof NoSuchFileException ? "no such file"
                    : t instanceof NotDirectoryException ? "not a folder"
                    : "the file system refused";
            return what + ": " + fs.getFile();
        }
        return t.getMessage();
    }
}
