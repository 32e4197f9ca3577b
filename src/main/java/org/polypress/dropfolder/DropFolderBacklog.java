package org.polypress.dropfolder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How many files wait in the drop folder to be taken: the regular files of the folder itself whose name does not
 * start with a dot (hidden files, uploads still arriving, the archive folders) and is not excluded by
 * {@code polypress.exclude}, nor is a lock of Camel's file consumer ({@code .camelLock}). Counted when asked (the
 * metrics' scrape), from one listing of the folder: a name is looked at before the file's attributes, so only the
 * candidates cost a look at the disk.
 */
public final class DropFolderBacklog {

    private static final String CAMEL_LOCK = ".camelLock";

    private final Path input;
    private final Pattern exclude;

    public DropFolderBacklog(Path input, Pattern exclude) {
        this.input = Objects.requireNonNull(input, "input");
        this.exclude = Objects.requireNonNull(exclude, "exclude");
    }

    /** The files waiting, or NaN when the folder cannot be listed (so a scrape shows it, rather than 0). */
    public double waiting() {
        long count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(input)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && !name.endsWith(CAMEL_LOCK) && !exclude.matcher(name).matches()
                        && Files.isRegularFile(file)) {
                    count++;
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return Double.NaN;
        }
        return count;
    }
}
