package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

    @TempDir
    Path dir;

    @Test
    void theHomeIsTheFolderAboveTheJarWhenItHoldsTheRoutes() throws Exception {
        Path installed = Files.createDirectories(dir.resolve("polypress-1.0/lib"));
        Files.createDirectories(dir.resolve("polypress-1.0/routes"));
        Path jar = Files.writeString(installed.resolve("polypress.jar"), "");

        assertEquals(dir.resolve("polypress-1.0"), Installation.locate(null, null, jar, Path.of("/")).home());
    }

    @Test
    void aHomeGivenAsPropertyOrVariableWinsAndThePropertyFirst() throws Exception {
        Path jar = Files.writeString(Files.createDirectories(dir.resolve("lib")).resolve("polypress.jar"), "");
        Files.createDirectories(dir.resolve("routes"));

        assertEquals(Path.of("/opt/a"), Installation.locate("/opt/a", "/opt/b", jar, dir).home());
        assertEquals(Path.of("/opt/b"), Installation.locate("", "/opt/b", jar, dir).home());
    }

    @Test
    void withoutRoutesAboveTheCodeTheHomeIsTheWorkingDirectory() throws Exception {
        Path jar = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("polypress.jar"), "");

        assertEquals(dir.resolve("work"), Installation.locate(null, null, jar, dir.resolve("work")).home());
        assertEquals(dir.resolve("work"), Installation.locate(null, null, dir.resolve("classes"), dir.resolve("work"))
                .home(), "classes in a folder, as tests run them");
    }

    @Test
    void theOperatorsSettingsComeBeforeTheBuiltInOnesWhichCamelReadsAsTheirOverride() {
        Installation installation = new Installation(Path.of("/opt/polypress"));
        assertEquals("file:/opt/polypress/config/application.properties;optional=true,classpath:application.properties",
                installation.propertyLocations());
    }

    @Test
    void loggingSettingsBecomeSystemPropertiesUnlessGivenOnTheCommandLine() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/logging.properties"), String.join("\n",
                "polypress.test.logging.a = from the file ", "polypress.test.logging.b = from the file"));
        System.setProperty("polypress.test.logging.b", "from -D");
        try {
            assertEquals(java.util.Set.of("polypress.test.logging.a"), new Installation(dir).configureLogging());
            assertEquals("from the file", System.getProperty("polypress.test.logging.a"));
            assertEquals("from -D", System.getProperty("polypress.test.logging.b"));
            assertTrue(new Installation(dir.resolve("none")).configureLogging().isEmpty());
        } finally {
            System.clearProperty("polypress.test.logging.a");
            System.clearProperty("polypress.test.logging.b");
        }
    }
}
