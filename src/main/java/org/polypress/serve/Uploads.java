package org.polypress.serve;

import org.apache.camel.Header;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code POST /api/articles?filename=NAME} with the file as the body: drops it into the input folder for
 * the drop-folder route, and answers 202 with where to follow it. The bytes are written and synced under
 * a hidden name (the drop folder never takes names starting with a dot) and only then given their name,
 * so the route never sees half an upload. A name already in the input folder gets {@code name-2.txt},
 * … as the archive does; nothing there is overwritten.
 */
public final class Uploads {

    private static final com.fasterxml.jackson.databind.ObjectMapper REPORTS = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Most bytes of a file name on Linux file systems. */
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_TRIES = 10_000;

    /** Seconds a client refused for being one upload too many is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int CHUNK = 64 * 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("polypress");

    private final Path input;
    private final long maxBytes;
    private final Pattern excluded;
    private final ArticleIndex index;
    private final java.util.concurrent.Semaphore receiving;
    private final int concurrency;
    private final Duration idle;

    /**
     * @param input       the drop folder
     * @param maxBytes    the largest upload accepted
     * @param concurrency most uploads received at a time; one more is answered 503
     * @param idle        longest a client may send nothing before its upload is given up (408)
     * @param excluded    names the drop folder never takes ({@code polypress.exclude})
     * @param index       the published articles, to tell what became of an upload
     */
    public Uploads(Path input, long maxBytes, int concurrency, Duration idle, Pattern excluded, ArticleIndex index) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("at least one upload must be received at a time: " + concurrency);
        }
        this.index = Objects.requireNonNull(index, "index");
        this.input = Objects.requireNonNull(input, "input");
        this.maxBytes = maxBytes;
        this.concurrency = concurrency;
        this.receiving = new java.util.concurrent.Semaphore(concurrency);
        this.idle = Objects.requireNonNull(idle, "idle");
        this.excluded = Objects.requireNonNull(excluded, "excluded");
    }

    /**
     * {@code POST /api/articles}: the request as Camel hands it over, its body not read yet (the route does not
     * ask Camel to read it): the body is written to the drop folder as it arrives. A body sent as a form
     * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) is fields, not the file's bytes:
     * it is refused with 415 and what to send instead. A refusal given before the body was read closes the
     * connection, so the server never reads a body it refused.
     */
    public HttpReply receive(@Header("filename") String fileName, @Header("Content-Type") String contentType,
            @Header("Content-Length") String contentLength, @org.apache.camel.Body Object body,
            org.apache.camel.TypeConverter converter) throws IOException {
        if (!(body instanceof io.vertx.core.http.HttpServerRequest request)) {
            // a body Camel read already (a route that asks for it): whole in memory, as it was given
            if (body instanceof Map || isForm(contentType)) {
                return formRefusal();
            }
            return accept(fileName, body == null ? new byte[0] : converter.convertTo(byte[].class, body));
        }
        HttpReply reply = receive(fileName, contentType, contentLength, request);
        if (reply.headers().containsKey("Connection")) {
            ReplyWriter.closeAfterReply(request);
        }
        return reply;
    }

    private HttpReply receive(String name, String contentType, String contentLength,
            io.vertx.core.http.HttpServerRequest request) throws IOException {
        String fileName = composed(name);
        HttpReply unread = unreadRefusal(contentType, contentLength);
        if (unread != null) {
            return unread.closing();
        }
        String refusal = refusal(fileName);
        if (refusal != null) {
            return Replies.error(400, refusal).closing();
        }
        if (!receiving.tryAcquire()) {
            return busy();
        }
        try {
            return store(fileName, new RequestBodyStream(request, idle));
        } finally {
            receiving.release();
        }
    }

    /**
     * The name in Unicode's composed form (NFC): "é" sent as "e" and a combining accent is stored as the one letter
     * every other program writes, so two names that look the same are the same name.
     */
    private static String composed(String name) {
        return name == null ? null : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
    }

    /**
     * The refusal of a body that need not be read to be refused: a form (fields, not the file), or one whose stated
     * length is over the limit (413 at once, not after the body was read); null to read it.
     */
    private HttpReply unreadRefusal(String contentType, String contentLength) {
        if (isForm(contentType)) {
            return formRefusal();
        }
        try {
            if (contentLength != null && Long.parseLong(contentLength.strip()) > maxBytes) {
                return tooLarge(maxBytes);
            }
        } catch (NumberFormatException e) {
            return Replies.error(400, "The Content-Length header is not a number");
        }
        return null;
    }

    /** Whether {@code contentType} says the body is a form ({@code curl --data-binary}'s default): fields, no file. */
    static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }

    /** The reply to a form: its body is fields, not the article's bytes. */
    static HttpReply formRefusal() {
        return Replies.error(415, "Send the file itself as the body, as application/octet-stream: "
                + "curl -H 'Content-Type: application/octet-stream' --data-binary @story.en.txt "
                + "'<this server>/api/articles?filename=story.en.txt'");
    }

    /** The reply to a body over the limit. */
    static HttpReply tooLarge(long maxBytes) {
        return Replies.error(413, "The file is larger than " + maxBytes + " bytes");
    }

    /** The reply to one upload more than are received at a time: it is not read, and may be sent again soon. */
    private HttpReply busy() {
        return Replies.error(503, concurrency + " uploads are being received; send this one again in "
                + RETRY_AFTER_SECONDS + " s").with("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).closing();
    }

    /** Accepts {@code body} under {@code fileName}; the reply says where it went, or why it was refused. */
    public HttpReply accept(String name, byte[] body) throws IOException {
        return accept(name, new java.io.ByteArrayInputStream(body == null ? new byte[0] : body));
    }

    /**
     * Accepts {@code body}, read as it arrives, under {@code name}, with the checks, limits and places of every
     * upload: the upload form ({@link UploadForm}) hands over its file part here, so a form and the API are refused
     * for the same reasons and stored the same way.
     */
    HttpReply accept(String name, java.io.InputStream body) throws IOException {
        String fileName = composed(name);
        String refusal = refusal(fileName);
        if (refusal != null) {
            return Replies.error(400, refusal);
        }
        if (!receiving.tryAcquire()) {
            return busy();
        }
        try {
            return store(fileName, body);
        } finally {
            receiving.release();
        }
    }

    /** The largest upload accepted, in bytes. */
    long maxBytes() {
        return maxBytes;
    }

    /** The longest a client may send nothing before its upload is given up. */
    Duration idle() {
        return idle;
    }

    /**
     * Writes the body to a hidden file of the drop folder as it is read, syncs it, and only then gives it its
     * name. Reading stops at the first byte over the limit (413); a client that stops sending is given up after
     * the idle time (408); a disk that cannot take the file is answered 507. Whatever the outcome, the hidden
     * file is gone afterwards.
     */
    private HttpReply store(String fileName, java.io.InputStream body) throws IOException {
        Path hidden = input.resolve(".upload-" + UUID.randomUUID() + ".part");
        long written = 0;
        try {
            Files.createDirectories(input);
            try (FileChannel channel = FileChannel.open(hidden, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[CHUNK];
                while (true) {
                    int n;
                    try {
                        n = body.read(buffer);
                    } catch (RequestBodyStream.Stalled stalled) {
                        return Replies.error(408, "The upload stalled: " + stalled.getMessage()
                                + " after " + written + " bytes").closing();
                    } catch (IOException broken) {
                        LOG.info("An upload of {} ended before its body did: {}", fileName, broken.getMessage());
                        return Replies.error(400, "The upload ended before its body did").closing();
                    }
                    if (n < 0) {
                        break;
                    }
                    written += n;
                    if (written > maxBytes) {
                        return tooLarge(maxBytes).closing();
                    }
                    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(buffer, 0, n);
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                }
                if (written == 0) {
                    return Replies.error(400, "The upload is empty: send the article file as the request body");
                }
                channel.force(true);
            }
            Path placed = place(hidden, fileName);
            String name = placed.getFileName().toString();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("file", name);
            answer.put("bytes", written);
            answer.put("status", "queued");
            answer.put("location", "/api/uploads/" + percent(name));
            answer.put("articles", "/api/articles");
            return Replies.json(202, answer).with("Location", "/api/uploads/" + percent(name));
        } catch (IOException disk) {
            // the body was read; what failed is the drop folder: full, read-only, gone
            LOG.warn("An upload of {} could not be stored in {}: {}", fileName, input, String.valueOf(disk));
            return Replies.error(507, "The drop folder could not store the file; the reason is in the server's log")
                    .closing();
        } finally {
            try {
                Files.deleteIfExists(hidden);
            } catch (IOException stays) {
                LOG.warn("The hidden part of an upload could not be removed: {}", String.valueOf(stays));
            }
        }
    }

    /**
     * {@code GET /api/uploads/<name>}: what became of an upload: {@code waiting} in the drop folder,
     * {@code published} (with the article's address), or {@code failed} (with the report); 404 when the
     * name is unknown.
     */
    public HttpReply status(@Header("CamelHttpPath") String path) {
        String encoded = path == null || !path.startsWith("/api/uploads/") ? "" : path.substring("/api/uploads/".length());
        String fileName;
        try {
            fileName = java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Replies.badName();
        }
        String refusal = refusal(fileName);
        if (refusal != null) {
            return Replies.error(400, refusal);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file", fileName);
        if (Files.isRegularFile(input.resolve(fileName))) {
            answer.put("status", "waiting");
            return Replies.json(200, answer);
        }
        // the same name may have been published and set aside on different days: the latest outcome is the answer
        java.util.Optional<ArticleEntry> published = index.list().articles().stream()
                .filter(a -> fileName.equals(a.sourceFileName())).findFirst();
        long publishedAt = published.map(a -> modified(index.files().output().resolve(a.slug()).resolve(
                Format.JSON.fileName()))).orElse(Long.MIN_VALUE);
        Path report = latestReport(fileName);
        if (report != null && modified(report) > publishedAt) {
            answer.put("status", "failed");
            try {
                answer.put("report", REPORTS.readTree(report.toFile()));
            } catch (IOException e) {
                answer.put("report", null);
            }
            return Replies.json(200, answer);
        }
        if (published.isPresent()) {
            answer.put("status", "published");
            answer.put("slug", published.get().slug());
            answer.put("article", "/api/articles/" + published.get().slug());
            return Replies.json(200, answer);
        }
        return Replies.notFound("No upload of that name is waiting, published or failed");
    }

    /**
     * The newest error report of a file dropped as {@code fileName}: a second failure of a name is archived, and
     * reported, under a numbered name ({@code story-2.txt.error.json}), so the reports are told apart by the name
     * they give for the dropped file.
     */
    private Path latestReport(String fileName) {
        Path failed = input.resolve(".failed");
        if (!Files.isDirectory(failed)) {
            return null;
        }
        try (java.util.stream.Stream<Path> reports = Files.list(failed)) {
            return reports.filter(r -> r.getFileName().toString().endsWith(".error.json"))
                    .filter(r -> fileName.equals(reportedFile(r)))
                    .max(java.util.Comparator.comparingLong(Uploads::modified)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String reportedFile(Path report) {
        try {
            return REPORTS.readTree(report.toFile()).path("file").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * Gives the written file its name: a hard link is made under the first free name (making a link
     * fails when the name is taken, so two uploads never get the same one), then the hidden name is
     * removed. Where links cannot be made, the file is renamed after a check.
     */
    Path place(Path hidden, String fileName) throws IOException {
        for (int n = 1; n <= MAX_TRIES; n++) {
            Path candidate = input.resolve(numbered(fileName, n));
            try {
                Files.createLink(candidate, hidden);
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                continue;
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (Files.exists(candidate)) {
                    continue;
                }
                Files.move(hidden, candidate, StandardCopyOption.ATOMIC_MOVE);
                return candidate;
            }
        }
        throw new IOException("no free name for " + fileName + " in " + input);
    }

    /** {@code name.txt}, {@code name-2.txt}, … as the drop folder's archive numbers them. */
    static String numbered(String fileName, int n) {
        if (n == 1) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName + "-" + n : fileName.substring(0, dot) + "-" + n + fileName.substring(dot);
    }

    /** Why {@code fileName} cannot be dropped, or null when it can. */
    String refusal(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Name the file: POST /api/articles?filename=story.en.txt";
        }
        if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0 || fileName.indexOf('\0') >= 0
                || fileName.equals(".") || fileName.equals("..") || fileName.contains(":")) {
            return "The file name must be a plain name, without a folder";
        }
        if (fileName.chars().anyMatch(Character::isISOControl)) {
            return "The file name holds control characters";
        }
        String lie = org.polypress.dropfolder.FileNames.lie(fileName);
        if (lie != null) {
            return lie;
        }
        if (fileName.startsWith(".")) {
            return "The file name starts with a dot: the drop folder never takes hidden files";
        }
        if (excluded.matcher(fileName).matches()) {
            return "The drop folder never takes files named like this (lock files, unfinished downloads)";
        }
        if (fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES - 8) {
            return "The file name is too long";
        }
        if (!fileName.equals(fileName.strip())) {
            return "The file name starts or ends with a space";
        }
        return null;
    }

    private static String percent(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
