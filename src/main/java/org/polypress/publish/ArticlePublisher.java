package org.polypress.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Durability durability;
    /** Null unless {@link Durability#GROUP}. */
    private final PublishJournal journal;

    /** A publisher that syncs each file it writes. */
    public ArticlePublisher(Path output) {
        this(output, Durability.PER_ARTICLE, null);
    }

    /** @param journal the journal that makes publications durable, with {@link Durability#GROUP} only */
    public ArticlePublisher(Path output, Durability durability, PublishJournal journal) {
        this.output = Objects.requireNonNull(output, "output");
        this.durability = Objects.requireNonNull(durability, "durability");
        if ((durability == Durability.GROUP) != (journal != null)) {
            throw new IllegalArgumentException("a journal is for group durability, and group durability needs one");
        }
        this.journal = journal;
    }

    /**
     * Completes the publications {@code journal} holds whose files are missing or not as the journal has them
     * (a process killed, or a power cut, after the journal's sync and before the files were in place), writes
     * their ledger lines where the ledger lacks them, then checkpoints: the journal is emptied. Call it once at
     * start-up, after {@link #recoverInterruptedPublications}, whatever the durability now (the journal may be
     * a previous run's).
     */
    public synchronized void recoverJournal(PublishJournal journal, PublicationLedger ledger) throws IOException {
        if (!Files.exists(journal.file())) {
            return;
        }
        JournalRecord.Contents contents = PublishJournal.read(journal.file());
        if (contents.stoppedBecause() != null) {
            LOG.warn("{}: {}; a record that was never whole was never acknowledged, and is not applied",
                    journal.file(), contents.stoppedBecause());
        }
        int completed = 0;
        for (JournalRecord record : PublishJournal.lastByTarget(contents.records()).values()) {
            if (!inPlace(record)) {
                Path folder = output.resolve(record.folder());
                if (record.file() == null) {
                    placeFolder(folder, record.files(), false);
                } else {
                    placeFile(folder.resolve(record.file()), record.files().get(0).bytes(), false);
                }
                completed++;
            }
        }
        Map<String, JournalRecord> lines = new LinkedHashMap<>();
        contents.records().stream().filter(r -> r.ledgerFile() != null).forEach(r -> lines.put(r.ledgerFile(), r));
        for (JournalRecord record : lines.values()) {
            ledger.recover(record.ledgerFile(), record.ledgerSha(), record.folder());
        }
        if (completed > 0) {
            LOG.warn("completed {} publications from the journal {}", completed, journal.file());
        }
        journal.checkpoint();
    }

    private boolean inPlace(JournalRecord record) throws IOException {
        Path folder = output.resolve(record.folder());
        for (Renditions.File file : record.files()) {
            Path path = folder.resolve(record.file() == null ? file.name() : record.file());
            if (!Files.isRegularFile(path) || Files.size(path) != file.bytes().length
                    || !Arrays.equals(Files.readAllBytes(path), file.bytes())) {
                return false;
            }
        }
        return true;
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
        return publish(renditions, null);
    }

    /**
     * Publishes and returns the article's folder; {@code drop}, the dropped bytes it was made from (or null), goes
     * into its journal record, so that a recovery writes its ledger line if the crash came before the ledger did.
     */
    public Path publish(Renditions renditions, PublicationLedger.Drop drop) throws PipelineException {
        String slug = renditions.article().slug();
        Path target = output.resolve(slug);
        try {
            if (journal == null) {
                placeFolder(target, renditions.files(), durability == Durability.PER_ARTICLE);
            } else {
                boolean recorded = drop != null && drop.sha256() != null;
                journal.publish(new JournalRecord(slug, null, renditions.files(),
                        recorded ? renditions.article().source().fileName() : null, recorded ? drop.sha256() : null),
                        () -> placeFolder(target, renditions.files(), false));
            }
            return target;
        } catch (IOException e) {
            throw new PipelineException(Stage.PUBLISH, "The renditions could not be written to " + target,
                    e.toString(), e);
        }
    }

    /** Writes {@code files} into a staging folder, each synced if {@code sync}, renamed into place; returns them. */
    private List<Path> placeFolder(Path target, List<Renditions.File> files, boolean sync) throws IOException {
        Path staging = output.resolve(STAGING + target.getFileName() + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(output);
            // a plain directory takes the umask (readable by a web server); a temp directory would be 0700
            Files.createDirectory(staging);
            List<Path> placed = new ArrayList<>();
            for (Renditions.File file : files) {
                Path path = staging.resolve(file.name()).normalize();
                if (!path.startsWith(staging) || path.equals(staging)) {
                    throw new IOException("a rendition's name leaves the article folder: " + file.name());
                }
                Files.createDirectories(path.getParent());
                write(path, file.bytes(), sync);
                placed.add(target.resolve(file.name()));
            }
            replace(staging, target);
            return placed;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw e;
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
        try {
            if (journal == null) {
                placeFile(target, bytes, durability == Durability.PER_ARTICLE);
            } else {
                journal.publish(new JournalRecord(folder, fileName, List.of(new Renditions.File(fileName, bytes)), null,
                        null), () -> placeFile(target, bytes, false));
            }
            return target;
        } catch (IOException e) {
            throw new PipelineException(Stage.PUBLISH, "The file could not be written to " + target, e.toString(), e);
        }
    }

    private List<Path> placeFile(Path target, byte[] bytes, boolean sync) throws IOException {
        Path staging = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + STAGED_FILE);
        try {
            Files.createDirectories(target.getParent());
            write(staging, bytes, sync);
            synchronized (this) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return List.of(target);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private static void write(Path file, byte[] bytes, boolean sync) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (sync) {
                channel.force(true);
            }
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
