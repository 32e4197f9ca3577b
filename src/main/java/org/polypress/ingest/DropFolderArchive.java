package org.polypress.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Names under which a dropped file is archived in {@code .done/} or {@code .failed/}: its own name,
 * unless a file of that name is already there, so that nothing dropped is ever overwritten.
 */
public final class DropFolderArchive {

    public static final String DONE = ".done";
    public static final String FAILED = ".failed";

    private final Path input;

    public DropFolderArchive(Path input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** {@code story.txt}, or {@code story-2.txt}, {@code story-3.txt}… when that name is taken. */
    public String nameFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        String candidate = fileName;
        for (int n = 2; taken(candidate); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }

    private boolean taken(String name) {
        return Files.exists(input.resolve(DONE).resolve(name))
                || Files.exists(input.resolve(FAILED).resolve(name))
                || Files.exists(input.resolve(FAILED).resolve(name + ".error.json"));
    }
}
