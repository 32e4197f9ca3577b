package org.polypress.ingest;

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

    public static final String DONE = ".done";
    public static final String FAILED = ".failed";

    private final Path input;
    private final Set<String> reserved = new HashSet<>();

    public DropFolderArchive(Path input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** {@code story.txt}, or {@code story-2.txt}, {@code story-3.txt}… when that name is taken. */
    public synchronized String nameFor(String fileName) {
        if (reserved.size() > 64) {
            // names whose files are archived by now are held by the files themselves
            reserved.removeIf(this::archived);
        }
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

    /**
     * Whether a file is archived under {@code name}. A report {@code .failed/<name>.error.json} without its
     * file does not hold the name: it is left by a process killed between writing the report and moving the
     * file, which is then still in the drop folder and is reported again, under the same name.
     */
    private boolean archived(String name) {
        return Files.exists(input.resolve(DONE).resolve(name)) || Files.exists(input.resolve(FAILED).resolve(name));
    }
}
