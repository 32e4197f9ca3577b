package org.polypress.dropfolder;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.polypress.PipelineException;
import org.polypress.PlainWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a failure's report, {@code <name>.error.json}: the file, the stage that refused it, the reason in plain
 * words, the technical detail, and the time. Beside a file set aside in {@code <input>/.failed/} ({@link #report});
 * and, on a worker node (docs/scaling.md), for an article it put on the broker's dead-letter queue, in
 * {@code <output>/.state/dead-letters/} ({@link #deadLetter}), the output folder every node shares, so that every
 * node's list page and {@code /api/failed} show it with the failed files.
 */
public final class FailureReporter {

    /** Where the dead letters' reports are, in the output folder. */
    public static final String DEAD_LETTERS = ".state/dead-letters";

    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final String FAILED_FOLDER = DropFolderArchive.FAILED;
    /** A content id as the ingest node sends it: the dropped bytes' SHA-256. */
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final Path failedFolder;
    private final Clock clock;
    private final JsonFactory json = new JsonFactory();

    private FailureReporter(Path folder, Clock clock) {
        this.failedFolder = folder;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The reports beside the files set aside in {@code <input>/.failed/}. */
    public static FailureReporter ofDropFolder(Path input, Clock clock) {
        return new FailureReporter(Objects.requireNonNull(input, "input").resolve(FAILED_FOLDER), clock);
    }

    /** The reports of the articles a worker node put on the dead-letter queue, in {@code <output>/.state/dead-letters/}. */
    public static FailureReporter ofDeadLetters(Path output, Clock clock) {
        return new FailureReporter(Objects.requireNonNull(output, "output").resolve(DEAD_LETTERS), clock);
    }

    /**
     * Reports why {@code fileName}, archived as {@code archiveName}, failed.
     *
     * @return the path of the error report
     */
    public Path report(String fileName, String archiveName, Throwable failure) throws IOException {
        Path report = write(archiveName, fileName, "archivedAs", FAILED_FOLDER + "/" + archiveName, failure,
                DiskFaults.isDiskFault(failure));
        // the name as escapes: a line break in it must not forge a log line
        LOG.warn("failed {}: {} ({} stage); set aside in {}", PlainWords.name(fileName), reasonOf(failure),
                stageOf(failure), PlainWords.name(failedFolder.resolve(archiveName).toString()));
        return report;
    }

    /**
     * Records that the article dropped as {@code fileName} went to the dead-letter queue {@code queue} because of
     * {@code failure}. The report is named by {@code contentId}, the dropped bytes' SHA-256 (the same bytes
     * dead-lettered again replace their report), or, for a message that carries none, by the broker's
     * {@code messageId}. The message is on the queue with its reason whether or not this report can be written:
     * a report that cannot is logged, and null is returned.
     *
     * @return the path of the report, or null
     */
    public Path deadLetter(String fileName, String contentId, String messageId, String queue, Throwable failure) {
        String name = contentId != null && SHA256.matcher(contentId).matches() ? contentId
                : "message-" + plainId(messageId);
        try {
            return write(name, fileName == null ? name : fileName, "queue", queue, failure, false);
        } catch (IOException e) {
            LOG.warn("{} is on {} but could not be listed with the failed files: {}", PlainWords.name(fileName), queue,
                    PlainWords.of(e));
            return null;
        }
    }

    /** A broker's message id ({@code ID:8c1f…}) as a name of a file: letters, digits and dashes, 100 at most. */
    private static String plainId(String messageId) {
        String plain = messageId == null ? "" : messageId.replaceAll("[^A-Za-z0-9-]", "-");
        plain = plain.length() > 100 ? plain.substring(0, 100) : plain;
        return plain.isEmpty() ? "unknown" : plain;
    }

    private static String stageOf(Throwable failure) {
        return failure instanceof PipelineException pipeline ? pipeline.stage().code() : "pipeline";
    }

    private static String reasonOf(Throwable failure) {
        return failure instanceof PipelineException pipeline ? pipeline.reason()
                : "Polypress failed unexpectedly on this file";
    }

    /** {@code <name>.error.json} in this reporter's folder, {@code where} saying where the file or message is kept. */
    private Path write(String name, String fileName, String whereField, String where, Throwable failure, boolean retry)
            throws IOException {
        String detail = failure instanceof PipelineException pipeline ? pipeline.detail() : PlainWords.of(failure);
        Files.createDirectories(failedFolder);
        Path report = failedFolder.resolve(name + ".error.json");
        // written aside under a hidden name (no archived file's, within the 255 bytes of a name) and renamed into
        // place: the list page and /api/failed never read half a report
        Path written = failedFolder.resolve("." + name + ".error");
        try (OutputStream out = Files.newOutputStream(written);
                JsonGenerator gen = json.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            gen.writeStartObject();
            gen.writeStringField("file", fileName);
            gen.writeStringField(whereField, where);
            gen.writeStringField("stage", stageOf(failure));
            gen.writeStringField("reason", reasonOf(failure));
            gen.writeStringField("detail", detail);
            gen.writeStringField("time", Instant.now(clock).toString());
            if (retry) {
                // not the file's fault: given back to the drop folder once the output folder takes files again
                gen.writeBooleanField("retry", true);
            }
            gen.writeEndObject();
        }
        Files.move(written, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return report;
    }
}
