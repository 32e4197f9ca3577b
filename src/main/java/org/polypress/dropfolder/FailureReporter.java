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
 * Writes {@code <name>.error.json} beside a file set aside in {@code <input>/.failed/}: the file, the
 * stage that refused it, the reason in plain words, the technical detail, and the time.
 */
public final class FailureReporter {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final String FAILED_FOLDER = DropFolderArchive.FAILED;

    private final Path failedFolder;
    private final Clock clock;
    private final JsonFactory json = new JsonFactory();

    public FailureReporter(Path input, Clock clock) {
        this.failedFolder = Objects.requireNonNull(input, "input").resolve(FAILED_FOLDER);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reports why {@code fileName}, archived as {@code archiveName}, failed.
     *
     * @return the path of the error report
     */
    public Path report(String fileName, String archiveName, Throwable failure) throws IOException {
        String stage = "pipeline";
        String reason = "Polypress failed unexpectedly on this file";
        String detail = PlainWords.of(failure);
        if (failure instanceof PipelineException pipeline) {
            stage = pipeline.stage().code();
            reason = pipeline.reason();
            detail = pipeline.detail();
        }
        Files.createDirectories(failedFolder);
        Path report = failedFolder.resolve(archiveName + ".error.json");
        // written aside under a hidden name (no archived file's, within the 255 bytes of a name) and renamed into
        // place: the list page and /api/failed never read half a report
        Path written = failedFolder.resolve("." + archiveName + ".error");
        try (OutputStream out = Files.newOutputStream(written);
                JsonGenerator gen = json.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            gen.writeStartObject();
            gen.writeStringField("file", fileName);
            gen.writeStringField("archivedAs", FAILED_FOLDER + "/" + archiveName);
            gen.writeStringField("stage", stage);
            gen.writeStringField("reason", reason);
            gen.writeStringField("detail", detail);
            gen.writeStringField("time", Instant.now(clock).toString());
            if (DiskFaults.isDiskFault(failure)) {
                // not the file's fault: given back to the drop folder once the output folder takes files again
                gen.writeBooleanField("retry", true);
            }
            gen.writeEndObject();
        }
        Files.move(written, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        // the name as escapes: a line break in it must not forge a log line
        LOG.warn("failed {}: {} ({} stage); set aside in {}", PlainWords.name(fileName), reason, stage,
                PlainWords.name(failedFolder.resolve(archiveName).toString()));
        return report;
    }
}
