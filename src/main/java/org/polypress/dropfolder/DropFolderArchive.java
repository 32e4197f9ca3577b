package org.polypress.dropfolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.Objects;

/**
 * Names under which a dropped file is archived in {@code .done/} or {@code .failed/}: its own name,
 * unless a file of that name is already there, so that nothing dropped is ever overwritten. Files are
 * converted concurrently and archived when each is done, so a name handed out is reserved until its
 * file is there.
 */
public final class DropFolderArchive {

    /** Characters a name must not carry into a folder listing or a log line. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}\u2028\u2029]");

    public static final String DONE = ".done";
    public static final String FAILED = ".failed";

    private final Path input;
    private final Set<String> reserved = new HashSet<>();

    public DropFolderArchive(Path input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /**
     * {@code story.txt}, or {@code story-2.txt}, {@code story-3.txt}… when that name is taken. A name that
     * holds control characters (a line break) has them replaced by {@code _}, and a name too long to take a
     * number and the {@code .error.json} of its report within the 255 bytes a file name may have is
     * shortened, keeping its extension and a digest of the whole name, so two long names stay apart.
     */
    public synchronized String nameFor(String dropped) {
        if (reserved.size() > 64) {
            // names whose files are archived by now are held by the files themselves
            reserved.removeIf(this::archived);
        }
        String fileName = fitting(CONTROL.matcher(dropped).replaceAll("_"));
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        String candidate = fileName;
        for (int n = 2; reserved.contains(candidate) || archived(candidate); n++) {
            candidate = stem + "-" + n + extension;
        }
        reserved.add(candidate);
        return candidate;
    }

    /** The most bytes of an archive name before its number ({@code -12}): room for {@code .error.json}. */
    static final int MAX_NAME_BYTES = 255 - ".error.json".length() - 8;

    /** {@code name}, or, when longer than {@link #MAX_NAME_BYTES} in UTF-8, its start, a digest and its extension. */
    static String fitting(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String digest = org.polypress.Sha256.hex(name).substring(0, 8);
        String suffix = "~" + digest + extension;
        int room = MAX_NAME_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder start = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length();) {
            int c = name.codePointAt(i);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > room) {
                break;
            }
            start.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return start + suffix;
    }

    /**
     * Whether a file is archived under {@code name}. A report {@code .failed/<name>.error.json} without its
     * file does not hold the name: it is left by a process killed between writing the report and moving the
     * file, which is then still in the drop folder and is reported again, under the same name.
     */
    private boolean archived(String name) {
        return Files.exists(input.resolve(DONE).resolve(name)) || Files.exists(input.resolve(FAILED).resolve(name));
    }
}
