package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flood of the same event writes one line per interval, and the next line says how many were not written. */
class QuietLogTest {

    /** A logger that keeps the warnings it is given. */
    private static final class Kept extends org.slf4j.helpers.AbstractLogger {
        final List<String> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, org.slf4j.Marker marker, String message,
                Object[] arguments, Throwable throwable) {
            lines.add(level + " " + message);
        }

        @Override public boolean isTraceEnabled() { return true; }
        @Override public boolean isTraceEnabled(org.slf4j.Marker m) { return true; }
        @Override public boolean isDebugEnabled() { return true; }
        @Override public boolean isDebugEnabled(org.slf4j.Marker m) { return true; }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public boolean isInfoEnabled(org.slf4j.Marker m) { return true; }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public boolean isWarnEnabled(org.slf4j.Marker m) { return true; }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public boolean isErrorEnabled(org.slf4j.Marker m) { return true; }
    }

    @Test
    void aThousandEventsInOneIntervalWriteOneLineAndTheNextLineCountsTheRest() throws Exception {
        Kept log = new Kept();
        QuietLog quiet = new QuietLog(log, Duration.ofMillis(300));
        for (int i = 0; i < 1000; i++) {
            quiet.warn("refused a malformed request");
        }
        assertEquals(List.of("WARN refused a malformed request"), log.lines);
        Thread.sleep(400);
        quiet.warn("refused a malformed request");
        assertEquals(2, log.lines.size());
        assertTrue(log.lines.get(1).endsWith("(and 999 more like it since the last such line)"), log.lines.get(1));
    }
}
