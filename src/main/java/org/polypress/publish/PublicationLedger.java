package org.polypress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.model.Article;
import org.polypress.render.json.JsonRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the drop folder has published, by the bytes of each file: the memory that keeps Polypress from
 * publishing the same article twice. For every file name it keeps the SHA-256 of the bytes last
 * published under that name and the folder (slug) they went to. It answers two questions:
 * <ul>
 * <li>are these bytes already published? They are when some name's last publication had exactly these
 * bytes and its folder is still there, whatever the new file is called;</li>
 * <li>which folder does this name publish into? The one it was first published in, so a corrected file
 * keeps its address even when its headline changed.</li>
 * </ul>
 * The ledger is an append-only log, {@code <output>/.state/published.jsonl}, one JSON object a line,
 * written and synced after each successful publication (never before: a crash in between publishes the
 * file again rather than losing it). A torn last line, left by a crash during a write, is ignored and cut
 * off. At start-up the log is compacted (written beside itself and renamed over it) when it holds many
 * superseded lines; a compaction cut short by a kill leaves the old log whole, and its temporary file is
 * removed at the next start. Without a log, the folders already published still give each name its slug (read
 * from their {@code article.json}), so deleting {@code .state/} re-publishes everything into the same
 * folders, without duplicates.
 * <p>
 * Files are admitted in drop order on one thread and may then be converted concurrently: a file waits
 * for an earlier file with the same bytes to finish before it asks whether its bytes are published.
 */
public final class PublicationLedger {

    /** The bytes of one dropped file, and its place in the drop order. */
    public record Drop(String sha256, long ticket) {
    }

    private record Entry(String sha256, String slug) {
    }

    static final String FOLDER = ".state";
    static final String FILE_NAME = "published.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path output;
    private final Path log;
    private final long maxBytes;
    /** Whether each line is synced as it is written ({@link Durability#PER_ARTICLE}). */
    private final boolean syncEachLine;
    /** The group commit's journal, told of each line written, or null. */
    private final PublishJournal journal;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, String> slugBySha = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> inFlight = new HashMap<>();
    private long nextTicket;

    /** Reads the ledger of {@code output}, or the folders published there when there is none yet. */
    public PublicationLedger(Path output) {
        this(output, Long.MAX_VALUE);
    }

    /**
     * @param maxBytes the largest file the pipeline accepts ({@code polypress.max-bytes}): a larger one is not
     *                 hashed (read whole), since the ingest stage refuses it by its size alone
     */
    public PublicationLedger(Path output, long maxBytes) {
        this(output, maxBytes, Durability.PER_ARTICLE, null);
    }

    /**
     * @param durability {@link Durability#PER_ARTICLE} syncs each line; the others leave it to the journal's
     *                   checkpoint ({@code journal}, with {@link Durability#GROUP}) or to the system
     */
    public PublicationLedger(Path output, long maxBytes, Durability durability, PublishJournal journal) {
        this.maxBytes = maxBytes;
        this.syncEachLine = durability == Durability.PER_ARTICLE;
        this.journal = journal;
        this.output = Objects.requireNonNull(output, "output");
        this.log = output.resolve(FOLDER).resolve(FILE_NAME);
        try {
            // a compaction the process was killed in: the log it was replacing is still whole
            Files.deleteIfExists(temporary());
            if (Files.exists(log)) {
                load();
            } else {
                recoverSlugsFromPublishedFolders();
                if (!byName.isEmpty()) {
                    // kept from now on, so a corrected file keeps its folder even if .state/ is lost again
                    compact();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The publication ledger " + log + " cannot be read: " + e, e);
        }
    }

    /** The hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = org.polypress.Sha256.digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Takes a dropped file in drop order: its bytes are hashed and it gets its place among files with the
     * same bytes. A file that cannot be read gets no hash; the ingest stage then says why.
     */
    public Drop admit(Path file) {
        String sha;
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(file) > maxBytes) {
                // a link is never followed, not even to hash what it points to, and a file over the size limit is
                // never read: the ingest stage refuses both
                return new Drop(null, -1);
            }
            // read and hashed without holding the ledger: the workers' look-ups and records go on meanwhile (one
            // polling thread admits the drops, so their order is still the drop order)
            sha = sha256(file);
        } catch (IOException e) {
            return new Drop(null, -1);
        }
        synchronized (this) {
            long ticket = nextTicket++;
            inFlight.computeIfAbsent(sha, k -> new ArrayDeque<>()).addLast(ticket);
            return new Drop(sha, ticket);
        }
    }

    /**
     * The folder in which exactly these bytes are published, or null when they are not. Waits until every
     * file with the same bytes admitted before this one has been published or set aside.
     */
    public synchronized String publishedAs(Drop drop) throws InterruptedException {
        if (drop == null || drop.sha256() == null) {
            return null;
        }
        ArrayDeque<Long> queue = inFlight.get(drop.sha256());
        while (queue != null && !queue.isEmpty() && queue.peekFirst() != drop.ticket()) {
            wait();
        }
        String slug = slugBySha.get(drop.sha256());
        return slug != null && Files.isRegularFile(output.resolve(slug).resolve(JsonRenderer.FILE_NAME)) ? slug : null;
    }

    /** The article, in the folder its file name was published in before, if it was. */
    public synchronized Article keepSlug(Article article) {
        Entry entry = byName.get(article.source().fileName());
        return entry == null || entry.slug().equals(article.slug()) ? article : article.withSlug(entry.slug());
    }

    /**
     * Records that {@code article}, made from the dropped bytes {@code drop}, is published, and lets the
     * next file with the same bytes go on.
     */
    public synchronized void record(Drop drop, Article article) throws PipelineException {
        try {
            if (drop != null && drop.sha256() != null) {
                Entry entry = new Entry(drop.sha256(), article.slug());
                append(article.source().fileName(), entry);
                put(article.source().fileName(), entry);
                if (journal != null) {
                    journal.recorded(article.source().fileName(), drop.sha256(), article.slug());
                }
            }
        } catch (IOException e) {
            throw new PipelineException(Stage.PUBLISH, "The article is published, but the ledger " + log
                    + " could not be written; it will be published again when dropped again", e.toString(), e);
        } finally {
            release(drop);
        }
    }

    /**
     * Writes the ledger line of a publication the journal holds, unless the ledger holds it already: for the
     * recovery after a crash.
     */
    synchronized void recover(String fileName, String sha256, String slug) throws IOException {
        Entry entry = new Entry(sha256, slug);
        if (!entry.equals(byName.get(fileName))) {
            LOG.warn("recording {} as published into {}, from the journal", fileName, slug);
            append(fileName, entry);
            put(fileName, entry);
        }
    }

    /** Lets the next file with the same bytes as {@code drop} go on; for a file set aside or unchanged. */
    public synchronized void release(Drop drop) {
        if (drop == null || drop.sha256() == null) {
            return;
        }
        ArrayDeque<Long> queue = inFlight.get(drop.sha256());
        if (queue != null && queue.remove(drop.ticket())) {
            if (queue.isEmpty()) {
                inFlight.remove(drop.sha256());
            }
            notifyAll();
        }
    }

    private void put(String fileName, Entry entry) {
        Entry previous = byName.put(fileName, entry);
        if (previous != null && previous.sha256() != null && previous.slug().equals(slugBySha.get(previous.sha256()))) {
            slugBySha.remove(previous.sha256());
        }
        if (entry.sha256() != null) {
            slugBySha.put(entry.sha256(), entry.slug());
        }
    }

    private static String line(String fileName, Entry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", fileName);
        // null for a name recovered from its published folder: its bytes are not known
        node.put("sha256", entry.sha256());
        node.put("slug", entry.slug());
        return node.toString() + "\n";
    }

    private void append(String fileName, Entry entry) throws IOException {
        Files.createDirectories(log.getParent());
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(line(fileName, entry).getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (syncEachLine) {
                channel.force(false);
            }
        }
    }

    private void load() throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        int complete = 0;
        int lines = 0;
        for (int start = 0, end; start < bytes.length; start = end + 1) {
            end = indexOf(bytes, (byte) '\n', start);
            if (end < 0) {
                // a torn last line: the crash came before its newline, so it was never recorded
                LOG.warn("the last line of {} is incomplete and is ignored", log);
                break;
            }
            complete = end + 1;
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                continue;
            }
            lines++;
            JsonNode node = JSON.readTree(text);
            put(node.path("file").asText(), new Entry(node.path("sha256").asText(null), node.path("slug").asText()));
        }
        if (complete < bytes.length || lines > 2 * byName.size() + 100) {
            compact();
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Rewrites the log with one line per name, beside it, then renames it over the old one. */
    private void compact() throws IOException {
        StringBuilder text = new StringBuilder();
        byName.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(line(e.getKey(), e.getValue())));
        Files.createDirectories(log.getParent());
        Path temporary = temporary();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        }
        Files.move(temporary, log, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path temporary() {
        return log.resolveSibling(FILE_NAME + ".tmp");
    }

    /** Each published folder's file name keeps its slug; no bytes count as published without the log. */
    private void recoverSlugsFromPublishedFolders() throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        List<Path> jsons = new ArrayList<>();
        try (Stream<Path> folders = Files.list(output)) {
            folders.filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> f.resolve(JsonRenderer.FILE_NAME)).filter(Files::isRegularFile).sorted()
                    .forEach(jsons::add);
        }
        for (Path json : jsons) {
            try {
                JsonNode article = JSON.readTree(json.toFile());
                String fileName = article.path("source").path("fileName").asText(null);
                String slug = article.path("slug").asText(null);
                if (fileName != null && slug != null) {
                    byName.putIfAbsent(fileName, new Entry(null, slug));
                }
            } catch (NoSuchFileException e) {
                // a folder being replaced: it is read again when its file is dropped again
            }
        }
    }
}
