package org.polypress.dropfolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file that failed because the output folder could not be written — the disk full, the folder read-only or not
 * ours — is not at fault: it is set aside in {@code .failed/} like any other (its report saying so, with
 * {@code "retry": true}), and given back to the drop folder once the output folder takes files again. The service
 * looks at most every {@code polypress.disk-retry.seconds}, backing off (twice as long after each look that found
 * the folder still unwritable, up to ten minutes); a look writes and removes a small file in the output folder.
 */
public final class DiskFaults {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
    /** Free space the output folder must have before files are given back: a few articles' renditions. */
    static final long ROOM_NEEDED = 4 * 1024 * 1024;

    private final Path input;
    private final Path output;
    private final Duration firstWait;
    private Duration wait;
    private long nextLook;
    /**
     * Whether a file may wait in {@code .failed/} for the output folder: so at start-up (reports of an earlier
     * run), and after each disk fault; a look that finds none clears it, so the reports are not read every time.
     */
    private final java.util.concurrent.atomic.AtomicBoolean mayWait = new java.util.concurrent.atomic.AtomicBoolean(true);

    public DiskFaults(Path input, Path output, Duration firstWait) {
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.firstWait = Objects.requireNonNull(firstWait, "firstWait");
        this.wait = firstWait;
        this.nextLook = System.nanoTime();
    }

    /** Whether {@code failure} comes of a disk or folder that cannot be written, not of the file. */
    public static boolean isDiskFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
            String message = cause instanceof IOException ? String.valueOf(cause.getMessage()) : "";
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("Read-only file system")) {
                return true;
            }
        }
        return false;
    }

    /** Called when a file was set aside: a disk fault means one more file waits for the output folder. */
    public void failed(Throwable failure) {
        if (isDiskFault(failure)) {
            mayWait.set(true);
        }
    }

    /**
     * Called by a timer: when it is time to look and files wait in {@code .failed/} for the output folder, and the
     * folder takes a file again, gives them back to the drop folder under their own names. Returns how many.
     */
    public synchronized int retry() {
        if (System.nanoTime() - nextLook < 0 || !mayWait.getAndSet(false)) {
            return 0;
        }
        List<Path> waiting = waiting();
        if (waiting.isEmpty()) {
            wait = firstWait;
            nextLook = System.nanoTime() + firstWait.toNanos();
            return 0;
        }
        mayWait.set(true);
        if (!writable()) {
            nextLook = System.nanoTime() + wait.toNanos();
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            return 0;
        }
        int given = 0;
        for (Path report : waiting) {
            if (giveBack(report)) {
                given++;
            }
        }
        LOG.info("the output folder takes files again: {} set aside for it are back in the drop folder", given);
        wait = firstWait;
        nextLook = System.nanoTime() + firstWait.toNanos();
        return given;
    }

    /** The reports in {@code .failed/} of files set aside because the output folder could not be written. */
    private List<Path> waiting() {
        Path failed = input.resolve(DropFolderArchive.FAILED);
        if (!Files.isDirectory(failed)) {
            return List.of();
        }
        try (Stream<Path> reports = Files.list(failed)) {
            return reports.filter(r -> r.getFileName().toString().endsWith(".error.json"))
                    .filter(r -> read(r).path("retry").asBoolean(false)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the output folder has room and takes a file: one is written, synced and removed. */
    private boolean writable() {
        try {
            if (Files.getFileStore(output).getUsableSpace() < ROOM_NEEDED) {
                return false;
            }
            Path probe = Files.createTempFile(output, ".probe-", ".tmp");
            try {
                Files.write(probe, new byte[64 * 1024]);
            } finally {
                Files.deleteIfExists(probe);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Moves the file a report is about back into the drop folder under its name, and removes the report. */
    private boolean giveBack(Path report) {
        JsonNode about = read(report);
        String name = about.path("file").asText("");
        String archived = about.path("archivedAs").asText("");
        Path file = input.resolve(archived).normalize();
        if (name.isEmpty() || name.contains("/") || !file.startsWith(input.resolve(DropFolderArchive.FAILED))
                || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            Files.move(file, input.resolve(name));
            Files.delete(report);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false; // a newer drop of that name waits: this one stays set aside, with its report
        } catch (IOException e) {
            LOG.warn("{} could not be given back to the drop folder: {}", name, e.toString());
            return false;
        }
    }

    private static JsonNode read(Path report) {
        try {
            return JSON.readTree(report.toFile());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
