package org.polypress.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Polypress's own readiness check, beside Camel's of the context, routes and consumers: the drop folder can be
 * written (files and uploads land there), the output folder read (the downloads come from it), and the start-up
 * recovery of the output folder has finished (an interrupted publication cleaned up, the ledger read). Camel finds
 * it in its registry ({@code HealthCheckRegistryRepository}) and runs it with the other readiness checks.
 */
public final class FolderReadinessCheck extends AbstractHealthCheck {

    /** The check's id, as {@code /observe/health/ready} names it. */
    public static final String ID = "polypress-folders";

    private final Path input;
    private final Path output;
    private final BooleanSupplier recovered;

    /**
     * @param recovered whether the start-up recovery of the output folder has finished
     */
    public FolderReadinessCheck(Path input, Path output, BooleanSupplier recovered) {
        super("polypress", ID);
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.recovered = Objects.requireNonNull(recovered, "recovered");
    }

    @Override
    public boolean isLiveness() {
        return false; // a folder gone makes the service unready, not dead: restarting it would not bring it back
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<String> wrong = new ArrayList<>();
        boolean inputWritable = Files.isDirectory(input) && Files.isWritable(input);
        builder.detail("input", inputWritable ? "writable" : "not a writable folder: " + input.toAbsolutePath());
        if (!inputWritable) {
            wrong.add("the drop folder " + input.toAbsolutePath() + " cannot be written");
        }
        // the output folder is made by the first publication: until then there is simply nothing to list
        boolean outputReadable = !Files.exists(output) || Files.isDirectory(output) && Files.isReadable(output);
        builder.detail("output", outputReadable ? "readable" : "not a readable folder: " + output.toAbsolutePath());
        if (!outputReadable) {
            wrong.add("the output folder " + output.toAbsolutePath() + " cannot be read");
        }
        boolean recoveryDone = recovered.getAsBoolean();
        builder.detail("recovery", recoveryDone ? "finished" : "running");
        if (!recoveryDone) {
            wrong.add("the start-up recovery of the output folder has not finished");
        }
        if (wrong.isEmpty()) {
            builder.up();
        } else {
            builder.message(String.join("; ", wrong)).down();
        }
    }
}
