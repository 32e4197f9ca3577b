package org.polypress.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The recognizer is called by every worker at once: whatever its classes hold in static fields is read by all of
 * them, so it is constant (no cache, no lock on the way of every caption). What a language's patterns tell is read
 * when its conventions are compiled, and held by them.
 */
class RecognizeStaticStateTest {

    private static final Path CLASSES = Path.of("target/classes/org/polypress/recognize");

    @Test
    void noRecognizeClassHoldsMutableStaticState() throws Exception {
        List<String> mutable = new ArrayList<>();
        List<Class<?>> classes = recognizeClasses();
        assertTrue(classes.contains(CaptionParser.class), "the stage's classes are read from " + CLASSES);
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                String where = type.getName() + "." + field.getName();
                if (!Modifier.isFinal(field.getModifiers())) {
                    mutable.add(where + " is not final");
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(null);
                if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                    String kind = value.getClass().getName();
                    if (!kind.startsWith("java.util.ImmutableCollections$")
                            && !kind.startsWith("java.util.Collections$Unmodifiable")
                            && !kind.startsWith("java.util.Collections$Empty")) {
                        mutable.add(where + " holds a " + kind);
                    }
                } else if (value != null && (value.getClass().isArray() && java.lang.reflect.Array.getLength(value) > 0
                        || value.getClass().getPackageName().equals("java.util.concurrent.atomic"))) {
                    mutable.add(where + " holds a " + value.getClass().getSimpleName());
                }
            }
        }
        assertEquals(List.of(), mutable);
    }

    private static List<Class<?>> recognizeClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
                classes.add(Class.forName("org.polypress.recognize." + simple, true,
                        RecognizeStaticStateTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
