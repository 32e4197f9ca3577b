package org.polypress.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.camel.Header;
import org.polypress.PlainWords;

/**
 * The files the pipeline could not publish, set aside in {@code <input>/.failed/} with their report beside them
 * ({@code <name>.error.json}): listed on the list page and as JSON ({@code GET /api/failed}), and given back to the
 * drop folder one at a time ({@code POST /failed/retry}), so that the pipeline converts them again at its next poll.
 * A name asked for is a plain name of that folder, and only a regular file there (not a link) is ever moved.
 * <p>
 * Listed with them, the articles a worker node put on the broker's dead-letter queue (docs/scaling.md), whose
 * reports the worker wrote in the output folder every node shares ({@code <output>/.state/dead-letters/}): each
 * names the queue its message is on, and is not given back to the drop folder (its file was archived by the ingest
 * node that queued it).
 */
public final class FailedFiles {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("polypress");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = ".error.json";
    private static final String TITLE = "Not retried";

    /**
     * One file set aside, as its report describes it.
     *
     * @param name   its name in {@code .failed/} (a second failure of {@code story.txt} is {@code story-2.txt})
     * @param file   the name it was dropped under
     * @param stage  the stage that refused it
     * @param reason why, for an editor
     * @param detail why, for whoever looks further
     * @param time   when, as ISO 8601
     * @param queue  the dead-letter queue its message is on, for a dead letter; null for a file of {@code .failed/}
     */
    public record Failure(String name, String file, String stage, String reason, String detail, String time,
            String queue) {

        /** A file set aside in {@code .failed/}. */
        public Failure(String name, String file, String stage, String reason, String detail, String time) {
            this(name, file, stage, reason, detail, time, null);
        }

        /** Whether this is an article on the dead-letter queue rather than a file of {@code .failed/}. */
        public boolean deadLetter() {
            return queue != null;
        }

        /** The failure's instant, for the order of the list; the earliest for a time that is not one. */
        Instant instant() {
            try {
                return time == null ? Instant.MIN : Instant.parse(time);
            } catch (DateTimeParseException notATime) {
                return Instant.MIN;
            }
        }
    }

    /** A report read once, kept while its size and modification time stay the same. */
    private record Read(long size, long modified, Failure failure) {
    }

    private final Path input;
    private final Path failed;
    private final Path deadLetters;
    private final Uploads uploads;
    private final Map<Path, Read> reports = new ConcurrentHashMap<>();

    /**
     * @param input   the drop folder, whose {@code .failed/} is listed
     * @param output  the output folder, whose dead letters ({@code .state/dead-letters/}) are listed; null for none
     * @param uploads how a file is given a free name in the drop folder, and which names it takes
     */
    public FailedFiles(Path input, Path output, Uploads uploads) {
        this.input = Objects.requireNonNull(input, "input");
        this.failed = input.resolve(org.polypress.dropfolder.DropFolderArchive.FAILED);
        this.deadLetters = output == null ? null : output.resolve(org.polypress.dropfolder.FailureReporter.DEAD_LETTERS);
        this.uploads = Objects.requireNonNull(uploads, "uploads");
    }

    /**
     * The files set aside that are still there and the dead letters, each with a report that can be read, newest
     * first.
     */
    public List<Failure> list() {
        List<Failure> found = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        listInto(found, seen, failed, true);
        if (deadLetters != null) {
            listInto(found, seen, deadLetters, false);
        }
        reports.keySet().retainAll(seen);
        found.sort(Comparator.comparing(Failure::instant).reversed().thenComparing(Failure::name));
        return List.copyOf(found);
    }

    /**
     * Adds the reports of {@code folder} that can be read to {@code found} (each report's path to {@code seen}); with
     * {@code besideTheirFile}, only those whose file is there. A folder that cannot be listed adds none.
     */
    private void listInto(List<Failure> found, List<Path> seen, Path folder, boolean besideTheirFile) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path report : files.toList()) {
                String reportName = report.getFileName().toString();
                String name = reportName.substring(0, Math.max(0, reportName.length() - REPORT.length()));
                // a report being put aside by a retry is hidden; one whose file went (given back) says nothing now
                if (!reportName.endsWith(REPORT) || name.isEmpty() || reportName.startsWith(".")
                        || besideTheirFile && !Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                seen.add(report);
                Failure failure = read(report, name, !besideTheirFile);
                if (failure != null) {
                    found.add(failure);
                }
            }
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            LOG.warn("The folder of failed files could not be listed: {}", String.valueOf(unreadable));
        }
    }

    private Failure read(Path report, String name, boolean deadLetter) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(report,
                    java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return null;
            }
            long modified = attributes.lastModifiedTime().toMillis();
            Read known = reports.get(report);
            if (known != null && known.size() == attributes.size() && known.modified() == modified) {
                return known.failure();
            }
            JsonNode node = JSON.readTree(report.toFile());
            Failure failure = new Failure(name, text(node, "file", name), text(node, "stage", "pipeline"),
                    text(node, "reason", "The report does not say why"), text(node, "detail", ""),
                    text(node, "time", null), deadLetter ? text(node, "queue", "the dead-letter queue") : null);
            reports.put(report, new Read(attributes.size(), modified, failure));
            return failure;
        } catch (IOException | RuntimeException unreadable) {
            // a report being written at this moment, or damaged: listed once it can be read
            return null;
        }
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : otherwise;
    }

    /**
     * {@code GET /api/failed}: the reports of the files set aside, newest first, each with its name in the folder;
     * and of the dead letters, each with the queue its message is on instead of where a file is kept.
     */
    public HttpReply listJson() {
        List<Map<String, Object>> answer = new ArrayList<>();
        for (Failure failure : list()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("name", failure.name());
            node.put("file", failure.file());
            if (failure.deadLetter()) {
                node.put("queue", failure.queue());
            } else {
                node.put("archivedAs", org.polypress.dropfolder.DropFolderArchive.FAILED + "/" + failure.name());
            }
            node.put("stage", failure.stage());
            node.put("reason", failure.reason());
            node.put("detail", failure.detail());
            node.put("time", failure.time());
            answer.add(node);
        }
        return Replies.json(200, answer).with("Cache-Control", "no-cache");
    }

    /**
     * {@code POST /failed/retry} with {@code name}, a file of {@code .failed/}: the file goes back into the drop
     * folder, under the name it was dropped as (the next free number when a file of that name waits there), and its
     * report goes, so that the pipeline converts it again; answered {@code 303} to the list page. A name that is not
     * a plain name of that folder, a link or the report itself is refused with 400, a file that is not there is 404,
     * a post sent by another site's page 403. The file is first moved, in one step, to a hidden name of the drop
     * folder (the pipeline never takes hidden names), its report put aside, and only then is it linked under its own
     * name: the pipeline never sees it while its old report is still there to be mistaken for a new one.
     */
    public HttpReply retry(@Header("name") String name, @Header("Origin") String origin, @Header("Host") String host,
            @Header("Sec-Fetch-Site") String fetchSite) throws IOException {
        String crossSite = SameOrigin.refusal(origin, host, fetchSite);
        if (crossSite != null) {
            return NoticePage.of(403, TITLE, crossSite);
        }
        String refusal = refusal(name);
        if (refusal != null) {
            return NoticePage.of(400, TITLE, refusal);
        }
        Path file = failed.resolve(name);
        if (Files.isSymbolicLink(file) || Files.isSymbolicLink(failed)) {
            return NoticePage.of(400, TITLE, "Only a file set aside by Polypress is given back, not a link");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !failed.toRealPath().getParent().equals(input.toRealPath())) {
            return NoticePage.of(404, TITLE, "No file of that name waits among the failed files");
        }
        Path report = failed.resolve(name + REPORT);
        String dropAs = dropName(report, name);
        if (dropAs == null) {
            return NoticePage.of(400, TITLE, "The drop folder does not take a file of this name: "
                    + uploads.refusal(name) + ". Rename it, and drop it again");
        }
        String key = UUID.randomUUID().toString();
        Path hidden = input.resolve(".retry-" + key + ".part");
        try {
            Files.move(file, hidden, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return NoticePage.of(404, TITLE, "No file of that name waits among the failed files");
        }
        Path aside = failed.resolve(".retry-" + key + REPORT);
        boolean reported;
        try {
            reported = moveIfThere(report, aside);
        } catch (IOException stuck) {
            Files.move(hidden, file, StandardCopyOption.ATOMIC_MOVE);
            throw stuck;
        }
        Path placed;
        try {
            placed = uploads.place(hidden, dropAs);
        } catch (IOException disk) {
            // back as it was, report and all
            Files.move(hidden, file, StandardCopyOption.ATOMIC_MOVE);
            if (reported) {
                Files.move(aside, report, StandardCopyOption.ATOMIC_MOVE);
            }
            LOG.warn("{} could not be given back to the drop folder: {}", PlainWords.name(name), String.valueOf(disk));
            return NoticePage.of(507, TITLE, "The drop folder could not take the file; the reason is in the server's log");
        }
        try {
            Files.deleteIfExists(hidden);
            Files.deleteIfExists(aside);
        } catch (IOException stays) {
            LOG.warn("A retry's hidden file could not be removed: {}", String.valueOf(stays));
        }
        LOG.info("{} is back in the drop folder as {}, to be converted again", PlainWords.name(name),
                PlainWords.name(placed.getFileName().toString()));
        return NoticePage.backToTheList();
    }

    /** Why {@code name} is not a file of {@code .failed/} that can be given back; null when it may be. */
    private static String refusal(String name) {
        if (name == null || name.isBlank()) {
            return "Say which file to retry: name=story.en.txt";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || name.equals(".")
                || name.equals("..") || name.startsWith(".") || name.chars().anyMatch(Character::isISOControl)) {
            return "The name must be the plain name of a failed file, without a folder";
        }
        if (name.endsWith(REPORT)) {
            return "That is a failure's report; retry the file it is about";
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            return "The name is too long";
        }
        return null;
    }

    /**
     * The name the file goes back under: the name it was dropped as, when the drop folder takes it, else its name in
     * {@code .failed/}; null when the drop folder takes neither.
     */
    private String dropName(Path report, String name) {
        String dropped = null;
        try {
            if (Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)) {
                dropped = text(JSON.readTree(report.toFile()), "file", null);
            }
        } catch (IOException unreadable) {
            dropped = null;
        }
        if (dropped != null && uploads.refusal(dropped) == null) {
            return dropped;
        }
        return uploads.refusal(name) == null ? name : null;
    }

    private static boolean moveIfThere(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException none) {
            return false;
        }
    }
}
