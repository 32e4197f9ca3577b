package org.polypress.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one assertion every test uses for an EPUB: W3C epubcheck 5.3.0, run in-process, finds no
 * fatal error, no error and no warning. On failure the message lists every finding with its id,
 * severity, text and location, so a red test says what to fix.
 *
 * <p>Speed: epubcheck compiles its schemas on the first check in a JVM (about 3.6 s) and keeps them
 * in its own static caches, so later checks take milliseconds. An {@link EpubCheck} is bound to a
 * single file and cannot be reused, so each check makes a new one; what is shared is that cache.
 * Checks are serialized because epubcheck records every reported message id in an unsynchronized
 * static set ({@link MasterReport#allReportedMessageIds}).
 */
public final class EpubCheckAssertion {

    /** What makes a book fail; USAGE and INFO are advice, not defects. */
    private static final Set<Severity> FAILING = Set.of(Severity.WARNING, Severity.ERROR, Severity.FATAL);

    private static final Object CHECK_LOCK = new Object();

    private EpubCheckAssertion() {
    }

    /** Fails unless the EPUB in these bytes passes epubcheck with no fatal error, error or warning. */
    public static void assertEpubIsValid(byte[] epub) {
        Objects.requireNonNull(epub, "epub");
        Path file = null;
        try {
            file = Files.createTempFile("polypress-check-", ".epub");
            Files.write(file, epub);
            assertEpubIsValid(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the EPUB to a temporary file", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Fails unless the EPUB file passes epubcheck with no fatal error, error or warning. */
    public static void assertEpubIsValid(Path epub) {
        Objects.requireNonNull(epub, "epub");
        CheckResult result = check(epub);
        if (!result.isClean()) {
            fail(result.describe(epub));
        }
    }

    /** Every finding epubcheck reports for the file, with the counts epubcheck keeps itself. */
    static CheckResult check(Path epub) {
        CollectingReport report = new CollectingReport();
        report.setLocale(Locale.ENGLISH);
        synchronized (CHECK_LOCK) {
            EpubCheck checker = new EpubCheck(epub.toFile(), report);
            checker.setLocale(Locale.ENGLISH);
            checker.doValidate();
        }
        return new CheckResult(report.findings(), report.getFatalErrorCount(),
                report.getErrorCount(), report.getWarningCount());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over file in the temp folder must not hide the real result of the check
        }
    }

    /** One message from epubcheck, formatted when it is reported (its arguments are not kept). */
    record Finding(String id, Severity severity, String message, String location) {
        @Override
        public String toString() {
            return severity + " " + id + " at " + location + ": " + message;
        }
    }

    /**
     * What one check found. Clean means no finding was collected and epubcheck's own counters agree,
     * so a message that reached the counters without reaching the collector still fails the check.
     */
    record CheckResult(List<Finding> findings, int fatals, int errors, int warnings) {
        CheckResult {
            findings = List.copyOf(findings);
        }

        boolean isClean() {
            return findings.isEmpty() && fatals == 0 && errors == 0 && warnings == 0;
        }

        String describe(Path epub) {
            StringBuilder text = new StringBuilder()
                    .append("epubcheck ").append(EpubCheck.version()).append(" found ")
                    .append(fatals).append(" fatal error(s), ").append(errors).append(" error(s) and ")
                    .append(warnings).append(" warning(s) in ").append(epub.getFileName()).append(':');
            for (Finding finding : findings) {
                text.append("\n  ").append(finding);
            }
            return text.toString();
        }
    }

    /** Keeps every WARNING, ERROR and FATAL message; MasterReport keeps the counts. */
    private static final class CollectingReport extends MasterReport {

        private final List<Finding> findings = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            if (FAILING.contains(message.getSeverity())) {
                findings.add(new Finding(message.getID().toString(), message.getSeverity(),
                        message.getMessage(args), describe(location)));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features (language, charset, …) are information about the book, not findings
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to open: findings are kept in memory
        }

        List<Finding> findings() {
            return Collections.unmodifiableList(findings);
        }

        private static String describe(EPUBLocation location) {
            if (location == null) {
                return "(no location)";
            }
            String where = location.getPath() + " (" + location.getLine() + "," + location.getColumn() + ")";
            return location.getContext().isPresent() ? where + " near '" + location.getContext().get() + "'" : where;
        }
    }
}
