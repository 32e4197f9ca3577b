package org.polypress.recognize;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every language's conventions, loaded once at start-up from the {@code conventions/} folder of the
 * class path: one {@code <language>.yaml} per language, plus {@code und.yaml} for the rest; an operator's folder
 * ({@code polypress.conventions}) adds languages or replaces built-in files without a rebuild. A file
 * that does not compile stops start-up, rather than failing one article later.
 */
public final class ConventionsLibrary {

    static final String FOLDER = "conventions";
    private static final String FALLBACK = "und";

    private final Map<String, Conventions> byLanguage;

    private ConventionsLibrary(Map<String, Conventions> byLanguage) {
        if (!byLanguage.containsKey(FALLBACK)) {
            throw new IllegalStateException(FOLDER + "/" + FALLBACK + ".yaml is missing");
        }
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Loads every conventions file on the class path. */
    public static ConventionsLibrary load() {
        return loadWith(null);
    }

    /**
     * Loads every conventions file on the class path, then those of the operator's {@code folder} (when it is a
     * folder): a file there adds its language, or replaces the built-in file of the same name.
     */
    public static ConventionsLibrary withOperatorFolder(Path folder) {
        return loadWith(folder != null && Files.isDirectory(folder) ? folder : null);
    }

    private static ConventionsLibrary loadWith(Path operatorFolder) {
        URL folder = ConventionsLibrary.class.getClassLoader().getResource(FOLDER + "/" + FALLBACK + ".yaml");
        if (folder == null) {
            throw new IllegalStateException(FOLDER + "/" + FALLBACK + ".yaml is not on the class path");
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                try (FileSystem jar = jarFileSystem(folder)) {
                    return compile(files(jar.getPath("/" + FOLDER), operatorFolder));
                }
            }
            return compile(files(Path.of(folder.toURI()).getParent(), operatorFolder));
        } catch (IOException e) {
            throw new UncheckedIOException("the conventions could not be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the conventions folder has no usable location: " + folder, e);
        }
    }

    /** Loads every {@code *.yaml} file of {@code folder}. */
    public static ConventionsLibrary load(Path folder) throws IOException {
        return compile(files(folder, null));
    }

    /** The {@code *.yaml} files of {@code builtIn} by name, those of {@code operator} taking the place of their namesakes. */
    private static Map<String, Path> files(Path builtIn, Path operator) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path folder : operator == null ? List.of(builtIn) : List.of(builtIn, operator)) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                        .forEach(f -> files.put(f.getFileName().toString(), f));
            }
        }
        return files;
    }

    private static ConventionsLibrary compile(Map<String, Path> files) throws IOException {
        ObjectMapper yaml = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Map<String, Conventions> byLanguage = new TreeMap<>();
        Map<String, String> datesOf = new TreeMap<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String name = entry.getKey();
            Path file = entry.getValue();
            String language = name.substring(0, name.length() - ".yaml".length());
            Conventions conventions;
            ConventionsFile read;
            try (InputStream in = Files.newInputStream(file)) {
                read = yaml.readValue(in, ConventionsFile.class);
                conventions = Conventions.compile(read, name);
            } catch (IOException e) {
                throw new IOException("The conventions file " + file.toUri() + " could not be read: "
                        + e.getMessage(), e);
            }
            if (!language.equals(conventions.language())) {
                throw new IllegalStateException(file.toUri() + " says it is for language " + conventions.language());
            }
            byLanguage.put(language, conventions);
            if (read.datesOf() != null) {
                datesOf.put(language, read.datesOf());
            }
            // one file for the tags of one written language: nb.yaml also for "no" and "nn"
            for (String other : read.alsoFor() == null ? List.<String>of() : read.alsoFor()) {
                if (byLanguage.containsKey(other) || files.containsKey(other + ".yaml")) {
                    throw new IllegalStateException(name + " is also for " + other + ", which has its own file");
                }
                byLanguage.put(other, conventions);
            }
        }
        Conventions shared = byLanguage.get(FALLBACK);
        if (shared != null) {
            byLanguage.replaceAll((language, conventions) -> conventions.sharing(shared));
            // a language whose sites print their dates as another's ("datesOf: en"): und.yaml's says how the sites
            // of the languages we lack print theirs, without giving those dates to every language und's are shared with
            Map<String, Conventions> asRead = Map.copyOf(byLanguage);
            datesOf.forEach((language, other) -> {
                if (!asRead.containsKey(other) || other.equals(language)) {
                    throw new IllegalStateException(language + ".yaml reads its dates as " + other
                            + ", which has no other file");
                }
            });
            // the file's language and the tags it is also for
            byLanguage.replaceAll((tag, conventions) -> datesOf.containsKey(conventions.language())
                    ? conventions.readingDatesAs(asRead.get(datesOf.get(conventions.language()))) : conventions);
        }
        return new ConventionsLibrary(byLanguage);
    }

    private static FileSystem jarFileSystem(URL resource) throws IOException, URISyntaxException {
        try {
            FileSystems.getFileSystem(resource.toURI());
            // someone else owns the open file system; open our own view of the same jar
            return FileSystems.newFileSystem(Path.of(jarPath(resource)), (ClassLoader) null);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(resource.toURI(), Map.of());
        }
    }

    private static java.net.URI jarPath(URL resource) throws URISyntaxException {
        String spec = resource.toURI().getSchemeSpecificPart();
        return new java.net.URI(spec.substring(0, spec.indexOf("!/")));
    }

    /** The conventions for a BCP 47 tag's primary language, or the fallback for languages we lack. */
    public Conventions forLanguage(String tag) {
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        return byLanguage.getOrDefault(primary, byLanguage.get(FALLBACK));
    }

    /** The primary language subtags we have conventions for (the fallback excluded). */
    public Set<String> languages() {
        Set<String> languages = new java.util.TreeSet<>(byLanguage.keySet());
        languages.remove(FALLBACK);
        return Set.copyOf(languages);
    }
}
