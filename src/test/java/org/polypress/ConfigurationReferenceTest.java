package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.PropertyInject;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md's table is the one reference of the settings (issue 14, item 2): every setting Polypress
 * reads is a row of it, and every {@code polypress.*} row is a setting it reads. The settings read are found where
 * they are read: the built-in defaults' names, the placeholders of the route files and of the defaults, the
 * properties the beans are given ({@link PropertyInject}), and the installation's home.
 */
class ConfigurationReferenceTest {

    private static final Path DEFAULTS = Path.of("src/main/resources/application.properties");
    private static final Path REFERENCE = Path.of("docs/configuration.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([a-zA-Z][a-zA-Z0-9.\\-]*)(?::[^}]*)?}}");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z][a-zA-Z0-9.\\-]*)` \\|");

    @Test
    void everySettingReadIsARowOfTheReferenceTable() throws IOException {
        Set<String> missing = new TreeSet<>(settingsRead());
        missing.removeAll(rows());

        assertEquals(Set.of(), missing, "settings read but not in " + REFERENCE + "'s table");
    }

    @Test
    void everyPolypressRowOfTheReferenceTableIsASettingRead() throws IOException {
        Set<String> unread = new TreeSet<>(rows());
        unread.removeIf(row -> !row.startsWith("polypress."));
        unread.removeAll(settingsRead());

        assertEquals(Set.of(), unread, REFERENCE + " documents settings nothing reads");
    }

    @Test
    void theSettingsAreFoundWhereTheyAreRead() throws IOException {
        // the search itself: a setting of each kind, so that an empty search cannot pass the tests above
        Set<String> read = settingsRead();
        for (String setting : Set.of("camel.main.shutdown-timeout", "polypress.ready-marker", "polypress.home",
                "polypress.http.page-size", "polypress.parse-timeout")) {
            assertTrue(read.contains(setting), setting + " in " + read);
        }
    }

    private static Set<String> rows() throws IOException {
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        // the settings' table, not the logging table below it
        String settings = reference.substring(0, reference.indexOf("## Logging"));
        Set<String> rows = new TreeSet<>();
        Matcher row = ROW.matcher(settings);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    private static Set<String> settingsRead() throws IOException {
        Set<String> read = new TreeSet<>();
        Properties defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(DEFAULTS, StandardCharsets.UTF_8)) {
            defaults.load(reader);
        }
        read.addAll(defaults.stringPropertyNames());
        placeholders(Files.readString(DEFAULTS, StandardCharsets.UTF_8), read);
        try (Stream<Path> routes = Files.list(Path.of("routes"))) {
            for (Path route : routes.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                placeholders(Files.readString(route, StandardCharsets.UTF_8), read);
            }
        }
        for (Method method : PolypressConfiguration.class.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                PropertyInject inject = parameter.getAnnotation(PropertyInject.class);
                if (inject != null) {
                    read.add(inject.value());
                }
            }
        }
        read.add(Installation.HOME_PROPERTY);
        return read;
    }

    private static void placeholders(String text, Set<String> read) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            read.add(placeholder.group(1));
        }
    }
}
