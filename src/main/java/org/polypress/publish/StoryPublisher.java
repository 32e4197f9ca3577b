package org.polypress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.model.Translation;
import org.polypress.render.RenditionSet;
import org.polypress.render.StoryRenderer;
import org.polypress.render.json.ArticleJsonReader;
import org.polypress.render.json.JsonRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the language versions of one story linked. Files that share a base name and differ by language
 * ({@code kazakhstan.en.txt}, {@code kazakhstan.zh.txt}) are one story, whether they arrive together or
 * days apart: each version lists the others as its translations, and the story is also published as
 * one multilingual rendition in {@code <output>/story-<key>/}.
 * <p>
 * Versions may be converted concurrently. Linking, publishing and bringing a story up to date are done for
 * one version of a story at a time, and always from every version on disk, so the last version to finish
 * links them all, whatever order they finished in.
 */
public final class StoryPublisher {

    private static final String ARTICLE_JSON = JsonRenderer.FILE_NAME;
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** The start of every story rendition's folder name. */
    public static final String STORY_FOLDER_PREFIX = "story-";
    /** For the story's folder name, asked for each row of the list page too. */
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private final Path output;
    private final RenditionSet renditions;
    private final ArticlePublisher publisher;
    private final StoryRenderer storyRenderer;
    private final ArticleJsonReader reader = new ArticleJsonReader();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Object> storyLocks = new ConcurrentHashMap<>();

    public StoryPublisher(Path output, RenditionSet renditions, ArticlePublisher publisher, StoryRenderer storyRenderer) {
        this.output = Objects.requireNonNull(output, "output");
        this.renditions = Objects.requireNonNull(renditions, "renditions");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.storyRenderer = Objects.requireNonNull(storyRenderer, "storyRenderer");
    }

    /**
     * Renders and publishes {@code article}. A version of a story is first linked to the versions published so
     * far, and afterwards every other version lists it too (their renditions are written again) and the story
     * rendition is written anew. All of that is done for one version of a story at a time: were a version
     * linked or published while another brought the story up to date from the versions on disk, that one could
     * write the older text of a corrected version back over it.
     *
     * @return the article's folder
     */
    public Path publish(Article article) throws PipelineException {
        return publish(article, null);
    }

    /**
     * As {@link #publish(Article)}, the article made from the dropped bytes {@code drop} (null when there are
     * none), which its publication's journal record keeps for the ledger; not a version of a story, which is done
     * only once the story is.
     */
    public Path publish(Article article, PublicationLedger.Drop drop) throws PipelineException {
        String key = article.translationKey();
        if (key == null) {
            return publisher.publish(renditions.render(article), drop);
        }
        synchronized (storyLocks.computeIfAbsent(key, k -> new Object())) {
            Map<String, Article> versions = versions(key);
            versions.remove(article.language());
            Article linked = article.withTranslations(translations(versions.values()));
            // no ledger line in the version's journal record: a version is done only once its story lists it, and
            // the route records it after this returns; a crash before then converts it again, which brings the
            // story up to date (a ledger line recovered from the journal would leave the other versions unlinked)
            Path folder = publisher.publish(renditions.render(linked), null);
            try {
                updateStory(linked);
            } catch (PipelineException | RuntimeException e) {
                // the article itself is published; its story is brought up to date with the next version
                LOG.warn("published {}, but its story {} could not be updated: {}", linked.slug(), key,
                        e.getMessage());
            }
            return folder;
        }
    }

    private void updateStory(Article article) throws PipelineException {
        String key = article.translationKey();
        Map<String, Article> versions = versions(key);
        versions.put(article.language(), article);
        for (Article version : versions.values()) {
            List<Article> others = versions.values().stream().filter(v -> v != version).toList();
            Article linked = version.withTranslations(translations(others));
            if (!linked.translations().equals(version.translations())) {
                publisher.publish(renditions.render(linked));
            }
        }
        List<Article> all = versions.values().stream().map(v -> v.withTranslations(translations(
                versions.values().stream().filter(o -> o != v).toList()))).toList();
        byte[] story;
        try {
            story = storyRenderer.render(key, all);
        } catch (RuntimeException e) {
            throw new PipelineException(Stage.RENDER, "The story " + key + " could not be rendered", e.toString(), e);
        }
        publisher.publishFile(storyFolder(key), storyRenderer.fileName(), story);
    }

    /** The folder of a story's own rendition: {@code story-} and the key in ASCII. */
    public static String storyFolder(String key) {
        String ascii = EDGE_DASHES.matcher(NOT_ASCII_WORD.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return STORY_FOLDER_PREFIX + (ascii.isEmpty() ? Integer.toHexString(key.hashCode()) : ascii);
    }

    private static List<Translation> translations(java.util.Collection<Article> versions) {
        return versions.stream().map(v -> new Translation(v.language(), v.slug()))
                .sorted(Comparator.comparing(Translation::language)).toList();
    }

    private Article readVersion(Path file) throws PipelineException, NoSuchFileException {
        try {
            return reader.read(file);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PipelineException(Stage.PUBLISH, "A published version of the story cannot be read: " + file,
                    e.toString(), e);
        }
    }

    /** The newest published version of the story in each language, by language. */
    private Map<String, Article> versions(String key) throws PipelineException {
        Map<String, Article> newest = new TreeMap<>();
        Map<String, FileTime> times = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return newest;
        }
        try (Stream<Path> folders = Files.list(output)) {
            // hidden folders are a publication in progress or one being retired
            // and a folder or file linked into output/ from elsewhere is not a version this service published
            for (Path file : folders.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.resolve(ARTICLE_JSON))
                    .filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                try {
                    JsonNode node = json.readTree(file.toFile());
                    if (!key.equals(node.path("translationKey").asText(null))) {
                        continue;
                    }
                    String language = node.path("language").asText();
                    FileTime time = Files.getLastModifiedTime(file);
                    if (!times.containsKey(language) || time.compareTo(times.get(language)) > 0) {
                        times.put(language, time);
                        newest.put(language, readVersion(file));
                    }
                } catch (NoSuchFileException e) {
                    // a folder being replaced by another worker: if it is a version of this story, that
                    // version brings the story up to date itself once it is in place
                }
            }
        } catch (IOException e) {
            throw new PipelineException(Stage.PUBLISH, "The other language versions of the story could not be read",
                    e.toString(), e);
        }
        return newest;
    }
}
