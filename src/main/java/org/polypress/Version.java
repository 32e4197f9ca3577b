package org.polypress;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What {@code --version} says: the version the jar was built as (its manifest) and the commit it was built from
 * ({@code polypress-build.properties}, written by the build from git; absent in a build from a tree without git).
 *
 * @param version    the project's version, or {@code unknown} for classes not run from the jar
 * @param commit     the commit's full hash, or empty
 * @param commitTime when the commit was made (ISO 8601), or empty
 * @param dirty      whether the tree had changes not committed
 */
record Version(String version, String commit, String commitTime, boolean dirty) {

    static final String RESOURCE = "/polypress-build.properties";

    /** This build's. */
    static Version ofThisBuild() {
        String version = Main.class.getPackage().getImplementationVersion();
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // said as an unknown commit
        }
        return new Version(version == null ? "unknown" : version, build.getProperty("git.commit.id", ""),
                build.getProperty("git.commit.time", ""), Boolean.parseBoolean(build.getProperty("git.dirty")));
    }

    /** One line: {@code polypress 0.1.0 (commit 6890936eb452 of 2026-12-04T23:52:28Z)}, then the Java it runs on. */
    String describe() {
        StringBuilder line = new StringBuilder("polypress ").append(version);
        if (commit.isEmpty()) {
            line.append(" (commit unknown: built outside a git checkout)");
        } else {
            line.append(" (commit ").append(commit, 0, Math.min(12, commit.length()));
            if (!commitTime.isEmpty()) {
                line.append(" of ").append(commitTime);
            }
            line.append(dirty ? ", with changes not committed)" : ")");
        }
        return line + System.lineSeparator() + "Java " + Runtime.version() + " (" + System.getProperty("java.vendor")
                + ") at " + System.getProperty("java.home");
    }
}
