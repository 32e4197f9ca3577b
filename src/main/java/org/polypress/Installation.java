package org.polypress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Polypress is installed, so that it runs from any working directory: its home holds {@code routes/},
 * {@code config/} and {@code conventions/}. The home is {@code polypress.home} (a system property, or
 * {@code POLYPRESS_HOME} in the environment) when given; else the folder above the one the application's jar is in,
 * when that folder has {@code routes/} (an installation's {@code lib/polypress.jar}, a checkout's
 * {@code target/polypress.jar}); else the working directory (classes run from a build tree).
 *
 * @param home the installation's home, absolute
 */
public record Installation(Path home) {

    /** The property (and, as Camel maps names, the variable {@code POLYPRESS_HOME}) naming the home. */
    public static final String HOME_PROPERTY = "polypress.home";

    public Installation {
        home = home.toAbsolutePath().normalize();
    }

    /** The home this process runs from. */
    public static Installation locate() {
        return locate(System.getProperty(HOME_PROPERTY), System.getenv("POLYPRESS_HOME"), codeLocation(),
                Path.of(""));
    }

    static Installation locate(String property, String variable, Path code, Path workingDirectory) {
        for (String given : new String[] {property, variable}) {
            if (given != null && !given.isBlank()) {
                return new Installation(Path.of(given));
            }
        }
        if (code != null && Files.isRegularFile(code)) {
            Path above = code.toAbsolutePath().getParent().getParent();
            if (above != null && Files.isDirectory(above.resolve("routes"))) {
                return new Installation(above);
            }
        }
        return new Installation(workingDirectory);
    }

    private static Path codeLocation() {
        try {
            java.security.CodeSource source = Installation.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The operator's settings, read over the built-in defaults when the file exists. */
    public Path configFile() {
        return home.resolve("config").resolve("application.properties");
    }

    /** The operator's logging settings (slf4j-simple's, e.g. {@code org.slf4j.simpleLogger.defaultLogLevel}). */
    public Path loggingFile() {
        return home.resolve("config").resolve("logging.properties");
    }

    /**
     * Makes the settings of {@link #loggingFile()} those of the logger, before its first use: each becomes a
     * system property unless one of that name is set already (a {@code -D} on the command line wins). Returns the
     * names it set.
     */
    public java.util.Set<String> configureLogging() {
        Path file = loggingFile();
        if (!Files.isRegularFile(file)) {
            return java.util.Set.of();
        }
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the logging settings " + file + " could not be read", e);
        }
        java.util.Set<String> set = new java.util.TreeSet<>();
        for (Map.Entry<Object, Object> setting : settings.entrySet()) {
            String name = setting.getKey().toString();
            if (System.getProperty(name) == null) {
                System.setProperty(name, setting.getValue().toString().strip());
                set.add(name);
            }
        }
        return java.util.Set.copyOf(set);
    }

    /**
     * Where Camel reads properties from, in Camel's order (a name found in an earlier location wins): the
     * operator's {@link #configFile()} when it exists, then the built-in defaults. The environment and the command
     * line override both.
     */
    public String propertyLocations() {
        return "file:" + configFile() + ";optional=true,classpath:application.properties";
    }
}
