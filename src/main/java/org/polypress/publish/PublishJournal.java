package org.polypress.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit ({@code polypress.durability=group}): a write-ahead journal, {@code <output>/.state/journal}, that
 * makes many publications durable with one sync. A publication is appended as one {@link JournalRecord} (its
 * files and its ledger line); the thread that finds no sync under way writes every record waiting and syncs the
 * journal once, for all of them; each publishing thread goes on only once its own record is synced. Only then
 * are its files put in place, without a sync of their own.
 * <p>
 * A checkpoint bounds the journal: once it holds {@code checkpointBytes}, the file system is synced (the
 * renditions and the ledger written since the last checkpoint), then the journal is emptied. Records whose
 * ledger line is not written yet (their article is between its publication and its ledger step) are carried
 * into the emptied journal. Recovery ({@link ArticlePublisher#recoverJournal}) puts back what a crash left
 * missing and checkpoints.
 */
public final class PublishJournal implements AutoCloseable {

    static final String FILE_NAME = "journal";
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** The exit status of {@code polypress.durability.halt-after-syncs}: a JVM killed by SIGKILL exits with 137. */
    static final int HALT_STATUS = 137;

    /** What a publication puts in place once its record is durable; returns the files it wrote. */
    @FunctionalInterface
    public interface Placement {
        List<Path> place() throws IOException;
    }

    private static final class Waiting {
        final byte[] bytes;
        /** Where it starts in the journal, once written. */
        long offset = -1;
        boolean written;
        IOException failure;

        Waiting(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private final Path output;
    private final Path file;
    private final long checkpointBytes;
    private final long haltAfterSyncs;
    /** Held (shared) from a record's append to its placement; a checkpoint takes it alone. */
    private final ReentrantReadWriteLock placing = new ReentrantReadWriteLock();
    private final Object syncLock = new Object();
    private final AtomicBoolean checkpointing = new AtomicBoolean();
    private final Object checkpointLock = new Object();
    /** The journal's size, as last written. */
    private final AtomicLong size = new AtomicLong();
    /** Written since the last checkpoint, for a file system where {@code sync --file-system} is not available. */
    private final Set<Path> unsynced = ConcurrentHashMap.newKeySet();
    /**
     * Records with a ledger line not yet in the ledger (without their files, which stay on disk), by their place
     * in the journal.
     */
    private final Map<Long, JournalRecord> awaitingLedger = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private final AtomicLong checkpoints = new AtomicLong();
    private List<Waiting> queue = new ArrayList<>();
    private FileChannel channel;
    private boolean fileSystemSync = true;

    /**
     * @param checkpointBytes the journal's size that starts a checkpoint
     * @param haltAfterSyncs  for tests only, 0 otherwise: the JVM halts (as {@code kill -9} ends it) right after
     *                        that many journal syncs, before their files are put in place
     */
    public PublishJournal(Path output, long checkpointBytes, long haltAfterSyncs) {
        this.output = Objects.requireNonNull(output, "output");
        this.file = output.resolve(PublicationLedger.FOLDER).resolve(FILE_NAME);
        if (checkpointBytes <= 0) {
            throw new IllegalArgumentException("checkpointBytes must be positive: " + checkpointBytes);
        }
        this.checkpointBytes = checkpointBytes;
        this.haltAfterSyncs = haltAfterSyncs;
    }

    /** How many times the journal was synced since it was made. */
    long syncs() {
        return syncs.get();
    }

    /** The journal's file. */
    public Path file() {
        return file;
    }

    /** The records of the journal on disk, up to a torn or damaged one. */
    public static JournalRecord.Contents read(Path journal) throws IOException {
        return Files.exists(journal) ? JournalRecord.read(Files.readAllBytes(journal))
                : new JournalRecord.Contents(List.of(), 0, null);
    }

    /**
     * Appends {@code record}, waits until it is synced (with every record waiting beside it), then puts its
     * files in place: once this returns, the publication survives a power cut.
     */
    public void publish(JournalRecord record, Placement placement) throws IOException {
        Waiting mine = new Waiting(record.encode());
        boolean failed = true;
        placing.readLock().lock();
        try {
            synchronized (this) {
                queue.add(mine);
            }
            makeDurable(mine);
            records.incrementAndGet();
            if (record.ledgerFile() != null) {
                awaitingLedger.put(mine.offset, withoutFiles(record));
            }
            try {
                for (Path placed : placement.place()) {
                    unsynced.add(placed);
                }
            } catch (IOException | RuntimeException e) {
                // not published: its ledger line never comes
                awaitingLedger.remove(mine.offset);
                throw e;
            }
            failed = false;
        } finally {
            placing.readLock().unlock();
            if (failed) {
                // a full disk? The records kept since the last checkpoint take room the next attempt needs
                checkpointQuietly();
            }
        }
        if (size.get() > checkpointBytes) {
            checkpointQuietly();
        }
    }

    /** A checkpoint unless another thread is making one; its failure is logged, the next one tries again. */
    private void checkpointQuietly() {
        if (checkpointing.compareAndSet(false, true)) {
            try {
                checkpoint();
            } catch (IOException e) {
                LOG.warn("the journal {} could not be checkpointed: {}", file, e.toString());
            } finally {
                checkpointing.set(false);
            }
        }
    }

    private static JournalRecord withoutFiles(JournalRecord record) {
        return new JournalRecord(record.folder(), record.file(), List.of(), record.ledgerFile(), record.ledgerSha());
    }

    /** The ledger line of {@code fileName}'s publication into {@code slug} is written: its record need not be kept. */
    public void recorded(String fileName, String sha256, String slug) {
        awaitingLedger.values().removeIf(r -> r.ledgerFile().equals(fileName) && r.ledgerSha().equals(sha256)
                && r.folder().equals(slug));
    }

    /** Writes and syncs every record waiting, unless another thread's sync took {@code mine}. */
    private void makeDurable(Waiting mine) throws IOException {
        synchronized (syncLock) {
            if (!mine.written && mine.failure == null) {
                List<Waiting> batch;
                synchronized (this) {
                    batch = queue;
                    queue = new ArrayList<>();
                }
                write(batch);
            }
        }
        if (mine.failure != null) {
            throw new IOException("the journal " + file + " could not be written: " + mine.failure, mine.failure);
        }
    }

    /** One write and one sync for {@code batch}; a failure is every one's, and the journal is cut back. */
    private void write(List<Waiting> batch) {
        long start = -1;
        try {
            FileChannel out = channel();
            start = out.size();
            long offset = start;
            for (Waiting waiting : batch) {
                waiting.offset = offset;
                ByteBuffer bytes = ByteBuffer.wrap(waiting.bytes);
                while (bytes.hasRemaining()) {
                    offset += out.write(bytes, offset);
                }
            }
            out.force(false);
            size.set(offset);
            if (syncs.incrementAndGet() == haltAfterSyncs) {
                LOG.warn("polypress.durability.halt-after-syncs={}: halting after the journal's sync", haltAfterSyncs);
                Runtime.getRuntime().halt(HALT_STATUS);
            }
            batch.forEach(w -> w.written = true);
        } catch (IOException e) {
            batch.forEach(w -> w.failure = e);
            cutBack(start);
        }
    }

    private void cutBack(long size) {
        if (size >= 0 && channel != null) {
            try {
                channel.truncate(size);
            } catch (IOException e) {
                LOG.warn("the journal {} could not be cut back after a failed write: {}", file, e.toString());
            }
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Files.createDirectories(file.getParent());
            // read too: a checkpoint copies the records it keeps from it
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        return channel;
    }

    /**
     * Syncs what was written since the last checkpoint and empties the journal, keeping only the records whose
     * ledger line is not in the ledger yet. The bulk is synced first while publications go on, then once more
     * with none under way.
     */
    public void checkpoint() throws IOException {
        synchronized (checkpointLock) {
            syncFiles();
            placing.writeLock().lock();
            try {
                synchronized (syncLock) {
                    syncFiles();
                    replaceJournal();
                    checkpoints.incrementAndGet();
                }
            } finally {
                placing.writeLock().unlock();
            }
        }
    }

    /** The files written since the last checkpoint, the ledger among them, synced. */
    private void syncFiles() throws IOException {
        List<Path> files = new ArrayList<>(unsynced);
        if (fileSystemSync) {
            fileSystemSync = syncFileSystem();
        }
        if (!fileSystemSync) {
            Set<Path> folders = new java.util.TreeSet<>();
            for (Path path : files) {
                force(path);
                folders.add(path.getParent());
            }
            for (Path folder : folders) {
                force(folder);
                force(folder.getParent());
            }
            force(file.resolveSibling(PublicationLedger.FILE_NAME));
        }
        unsynced.removeAll(files);
    }

    private static void force(Path path) throws IOException {
        if (Files.exists(path)) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    /** {@code sync --file-system}: one call syncs every file of the output folder's file system. */
    private boolean syncFileSystem() {
        try {
            Process sync = new ProcessBuilder("sync", "--file-system", output.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (sync.waitFor() == 0) {
                return true;
            }
        } catch (IOException e) {
            // no sync program: each file is synced instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("sync --file-system {} is not available: a checkpoint syncs each file written", output);
        return false;
    }

    /**
     * The journal replaced by one holding the records still awaiting their ledger line (none: no file), synced.
     * They are copied from the old journal as they are, into a file renamed over it.
     */
    private void replaceJournal() throws IOException {
        if (awaitingLedger.isEmpty()) {
            if (channel != null) {
                channel.close();
                channel = null;
            }
            Files.deleteIfExists(file);
            size.set(0);
        } else {
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            Map<Long, JournalRecord> moved = new java.util.TreeMap<>();
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                for (Map.Entry<Long, JournalRecord> carried : new java.util.TreeMap<>(awaitingLedger).entrySet()) {
                    moved.put(out.position(), carried.getValue());
                    ByteBuffer bytes = recordAt(carried.getKey());
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                }
                out.force(false);
            }
            channel.close();
            channel = null;
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            awaitingLedger.clear();
            awaitingLedger.putAll(moved);
            size.set(Files.size(file));
        }
        force(file.getParent());
    }

    /** The bytes of the record at {@code offset} of the open journal, header included. */
    private ByteBuffer recordAt(long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(JournalRecord.HEADER);
        readFully(header, offset);
        ByteBuffer record = ByteBuffer.allocate(JournalRecord.HEADER + header.getInt(4));
        readFully(record, offset);
        return record.flip();
    }

    private void readFully(ByteBuffer buffer, long offset) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel().read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("the journal " + file + " ends inside a record at byte " + offset);
            }
        }
    }

    /** Records the last recovery found: the last of each target, in journal order; ledger lines, last per name. */
    static Map<String, JournalRecord> lastByTarget(List<JournalRecord> records) {
        Map<String, JournalRecord> last = new LinkedHashMap<>();
        for (JournalRecord record : records) {
            last.remove(record.target());
            last.put(record.target(), record);
        }
        return last;
    }

    /** A checkpoint, then the journal's file is gone: called when the application stops. */
    @Override
    public void close() throws IOException {
        checkpoint();
        if (records.get() == 0) {
            return;
        }
        LOG.info("group commit: {} records made durable by {} journal syncs, {} checkpoints", records.get(),
                syncs.get(), checkpoints.get());
    }
}
