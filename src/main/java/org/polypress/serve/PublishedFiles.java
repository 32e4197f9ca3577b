package org.polypress.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that turns a name from a URL into a file under the output folder. A name is taken only
 * when it is a slug ({@code [a-z0-9-]+}, as {@code SlugMaker} and the story folders write them), so
 * {@code ..}, separators of either kind, percent escapes, NUL and absolute paths never reach the file
 * system; what it resolves to must still lie inside the output folder once links are followed.
 */
public final class PublishedFiles {

    /** Longer than any slug Polypress writes (60 characters of headline, a dash, 8 digits). */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?");
    static final String STORY_PREFIX = org.polypress.publish.StoryPublisher.STORY_FOLDER_PREFIX;
    static final String STORY_FILE = org.polypress.render.epub.StoryEpubRenderer.FILE_NAME;

    private final Path output;

    /** The address of a story's multilingual EPUB: {@code /stories/<key in ASCII>.epub}. */
    static String storyLink(String translationKey) {
        String folder = org.polypress.publish.StoryPublisher.storyFolder(translationKey);
        return "/stories/" + folder.substring(STORY_PREFIX.length()) + ".epub";
    }

    public PublishedFiles(Path output) {
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
    }

    public Path output() {
        return output;
    }

    /** Whether {@code name} follows the slug grammar. */
    public static boolean isSlug(String name) {
        return name != null && SLUG.matcher(name).matches();
    }

    /** {@code output/<slug>/<format's file>}, when the slug is well formed and the file is published. */
    public Optional<Path> article(String slug, Format format) {
        return file(slug, format.fileName());
    }

    /**
     * {@code output/<slug>/images/<name>}, when {@code name} is one Polypress writes ({@code <16 hex digits>.<ext>})
     * and the picture is published.
     */
    public Optional<Path> image(String slug, String name) {
        String path = "images/" + name;
        return org.polypress.model.Image.isPublishedPath(path) ? file(slug, path) : Optional.empty();
    }

    /** {@code output/story-<key>/story.epub}, when the key is well formed and the story is published. */
    public Optional<Path> story(String key) {
        return isSlug(key) ? file(STORY_PREFIX + key, STORY_FILE) : Optional.empty();
    }

    private Optional<Path> file(String folder, String fileName) {
        if (!isSlug(folder)) {
            return Optional.empty();
        }
        Path file = output.resolve(folder).resolve(fileName).normalize();
        if (!file.startsWith(output) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // a link placed in output/ must not serve what lies outside it
            Path real = file.toRealPath();
            Path realOutput = output.toRealPath();
            return real.startsWith(realOutput) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
