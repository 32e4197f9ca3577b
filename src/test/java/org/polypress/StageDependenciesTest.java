package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the pipeline in its sources: each stage is a package, and a stage takes the previous stage's value and
 * returns the next one. No stage names a later one, and a stage reads an earlier one only through the values it
 * hands over (ingest's {@code Extraction}, its blocks and stated metadata, its placed pictures; normalize's
 * {@code NormalizedDocument}), never through its internals.
 */
class StageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/polypress");
    private static final List<String> STAGES = List.of("ingest", "normalize", "recognize", "render", "publish",
            "serve");
    /** What ingest and normalize hand over to the stages after them. */
    private static final Set<String> HANDED_OVER = Set.of("ingest.Extraction", "ingest.SourceBlock",
            "ingest.StatedMetadata", "ingest.PlacedImage", "normalize.NormalizedDocument", "normalize.Language");
    private static final Pattern REFERENCE = Pattern.compile("org\\.polypress\\.(\\w+)((?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");

    @Test
    void noStageNamesALaterOneOrAnEarlierOnesInternals() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String stage = SOURCES.relativize(file).getName(0).toString();
                int own = STAGES.indexOf(stage);
                if (own < 0) {
                    continue;
                }
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    int other = STAGES.indexOf(m.group(1));
                    String type = m.group(1) + "." + m.group(3);
                    if (other > own) {
                        violations.add(file + " names the later stage " + m.group(1) + ": " + m.group());
                    } else if (other >= 0 && other < own && own <= STAGES.indexOf("recognize")
                            && !m.group(2).isEmpty()) {
                        violations.add(file + " reaches into " + m.group(1) + m.group(2) + ": " + m.group());
                    } else if (other >= 0 && other < own && own <= STAGES.indexOf("recognize")
                            && !HANDED_OVER.contains(type)) {
                        violations.add(file + " reads " + type + ", which its stage does not hand over");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyStageIsAPackageWithADescription() {
        for (String stage : STAGES) {
            assertTrue(Files.isRegularFile(SOURCES.resolve(stage).resolve("package-info.java")), stage);
        }
    }
}
