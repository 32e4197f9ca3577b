package org.polypress;

import java.util.Objects;

/**
 * Why an article could not be published: the stage that refused it, a reason an editor can read, and
 * the technical detail for the engineer. The one checked exception our stages throw.
 */
public class PipelineException extends Exception {

    private final Stage stage;
    private final String reason;
    private final String detail;

    public PipelineException(Stage stage, String reason, String detail, Throwable cause) {
        super(detail == null ? reason : reason + ": " + detail, cause);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail;
    }

    public PipelineException(Stage stage, String reason, String detail) {
        this(stage, reason, detail, null);
    }

    public Stage stage() {
        return stage;
    }

    /** The reason in plain words, e.g. "The file is empty". */
    public String reason() {
        return reason;
    }

    /** The technical detail, or null. */
    public String detail() {
        return detail;
    }
}
