package org.polypress.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.render.Renditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an article's renditions into {@code <output>/<slug>/} so that no reader ever sees half an
 * article: the files are written and synced into a hidden temporary folder beside it, which is then
 * renamed into place. An earlier version of the same article is replaced whole. Image files go into its
 * {@code images/} folder inside the same staging folder, so they appear with the article or not at all.
 */
public final class ArticlePublisher {

    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private static final String STAGING = ".staging-";
    private static final String RETIRED = ".retired-";
    private static final String STAGED_FILE = ".staging";
    /** A random UUID and the hyphen before it, at the end of a staging or retired folder's name. */
    private static final int UUID_SUFFIX = 1 + 36;

    private final Path output;

    public ArticlePublisher(Path output) {
        this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * Sets the output folder right after a process was killed in the middle of a publication, before
     * anything is published: a staging folder or staged file is removed (its article is still in the drop
     * folder, as it is archived only after its publication, and is published again); a retired folder is
     * removed when the new version is in place, and renamed back into place when the kill came between the
     * two renames of {@link #replace}, so an article never stays missing. Call it once, at start-up.
     */
    public synchronized void recoverInterruptedPublications() throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(output)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(STAGING)) {
                LOG.warn("removing {}, an unfinished publication; its file is published again", entry);
                deleteTree(entry);
            } else if (name.startsWith(RETIRED) && name.length() > RETIRED.length() + UUID_SUFFIX) {
                Path target = output.resolve(name.substring(RETIRED.length(), name.length() - UUID_SUFFIX));
                if (Files.exists(target)) {
                    deleteTree(entry);
                } else {
                    LOG.warn("restoring {} from {}: its new version was never put in place", target, entry);
                    Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } else if (!name.startsWith(".") && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // a folder linked into output/ from elsewhere is not ours: nothing in it is removed
                removeStagedFiles(entry);
            }
        }
    }

    /** Files {@link #publishFile} was writing when the process was killed. */
    private static void removeStagedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(STAGED_FILE)) {
                    LOG.warn("removing {}, an unfinished file", file);
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Publishes and returns the article's folder. Articles are written and synced in parallel, each in
     * its own staging folder; only the renames that put a folder in place are taken one at a time.
     */
    public Path publish(Renditions renditions) throws PipelineException {
        String slug = renditions.article().slug();
        Path target = output.resolve(slug);
        Path staging = output.resolve(STAGING + slug + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(output);
            // a plain directory takes the umask (readable by a web server); a temp directory would be 0700
            Files.createDirectory(staging);
            for (Renditions.File file : renditions.files()) {
                Path path = staging.resolve(file.name()).normalize();
                if (!path.startsWith(staging) || path.equals(staging)) {
                    throw new IOException("a rendition's name leaves the article folder: " + file.name());
                }
                Files.createDirectories(path.getParent());
                writeSynced(path, file.bytes());
            }
            replace(staging, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new PipelineException(Stage.PUBLISH, "The renditions could not be written to " + target,
                    e.toString(), e);
        }
    }

    /** Removes what a failed publication left behind, if anything; the failure itself is reported. */
    private static void deleteQuietly(Path path) {
        try {
            if (Files.exists(path)) {
                deleteTree(path);
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", path, e.toString());
        }
    }

    /**
     * Writes one file into {@code <output>/<folder>/} atomically: written and synced beside its place,
     * then renamed over it.
     */
    public Path publishFile(String folder, String fileName, byte[] bytes) throws PipelineException {
        Path target = output.resolve(folder).resolve(fileName);
        Path staging = target.resolveSibling("." + fileName + "-" + UUID.randomUUID() + STAGED_FILE);
        try {
            Files.createDirectories(target.getParent());
            writeSynced(staging, bytes);
            synchronized (this) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new PipelineException(Stage.PUBLISH, "The file could not be written to " + target, e.toString(), e);
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Renames the staged folder into place; an existing folder is first moved aside, then removed. */
    private void replace(Path staging, Path target) throws IOException {
        Path retired = output.resolve(RETIRED + target.getFileName() + "-" + UUID.randomUUID());
        synchronized (this) {
            if (!Files.exists(target)) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        // the new version is in place: failing to remove the old one is worth a warning, not a failure
        deleteQuietly(retired);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
