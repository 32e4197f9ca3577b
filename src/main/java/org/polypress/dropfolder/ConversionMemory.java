package org.polypress.dropfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.polypress.PipelineException;
import org.polypress.Stage;

/**
 * The heap that conversions may use at once, shared out before a file is read, so that large files wait for each
 * other instead of running out of memory together, and a file too large for this service's heap is set aside
 * with the reason instead of taking the service down (and again at each restart).
 * <p>
 * A file is reckoned to need a multiple of its size: a plain text or a web page is read and decoded (twice its
 * bytes), and its text, of at most {@code polypress.max-chars} characters (a longer one is refused once decoded),
 * becomes blocks, the recognized article and three renditions, about 14 bytes of heap per character (measured:
 * a text of 8 MB converts in a heap of 192 MB and not in 128); a document, a PDF or a picture-laden file holds far
 * less text than bytes, about 4 times its size. A file the extractor refuses before reading it (over
 * {@code polypress.max-bytes}, a link, gone) is let through, to be refused with that reason. The budget is the heap less the 64 MB the service itself needs (the
 * language model, Tika, Camel), and never less than a quarter of the heap.
 */
public final class ConversionMemory {

    static final long MB = 1024 * 1024;
    /** Where the text is most of the bytes. */
    private static final Set<String> TEXT_LIKE = Set.of("txt", "text", "htm", "html", "xhtml", "xml", "md", "csv", "");
    static final int TEXT_READING = 2;
    static final int TEXT_FACTOR = 14;
    static final int DOCUMENT_FACTOR = 4;
    private static final long SERVICE_NEEDS = 64 * MB;

    /** Permits are kilobytes. */
    private final Semaphore kilobytes;
    private final long budget;
    private final long maxBytes;
    private final long maxChars;

    /**
     * @param budget   bytes that conversions may use at once; 0: the budget for the heap this JVM may grow to
     *                 ({@code -Xmx})
     * @param maxBytes the largest file converted ({@code polypress.max-bytes})
     * @param maxChars the longest text converted ({@code polypress.max-chars})
     */
    public ConversionMemory(long budget, long maxBytes, long maxChars) {
        if (budget == 0) {
            budget = budgetFor(Runtime.getRuntime().maxMemory());
        }
        if (budget < MB) {
            throw new IllegalArgumentException("a budget of less than 1 MB converts nothing: " + budget);
        }
        this.budget = budget;
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
        this.kilobytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, budget / 1024), true);
    }

    static long budgetFor(long maxHeap) {
        return Math.max(maxHeap - SERVICE_NEEDS, maxHeap / 4);
    }

    /** Bytes conversions may use at once. */
    public long budget() {
        return budget;
    }

    /** The memory a file of {@code bytes} named {@code fileName} is reckoned to need, in bytes. */
    long need(String fileName, long bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (TEXT_LIKE.contains(extension)) {
            return bytes * TEXT_READING + Math.min(bytes, maxChars) * TEXT_FACTOR;
        }
        return bytes * DOCUMENT_FACTOR;
    }

    /**
     * Waits until the file's share of the budget is free and takes it, until the exchange converting it completes;
     * a file whose share is more than the whole budget is refused.
     */
    public void reserve(Exchange exchange) throws PipelineException, IOException, InterruptedException {
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException gone) {
            return;
        }
        long bytes = attributes.size();
        if (!attributes.isRegularFile() || bytes > maxBytes) {
            return;
        }
        long need = need(file.getFileName().toString(), bytes);
        if (need > budget) {
            throw new PipelineException(Stage.INGEST, "The file is too large for this service's memory",
                    "converting " + bytes / MB + " MB of " + file.getFileName() + " needs about "
                            + need / MB + " MB of heap; conversions have " + budget / MB
                            + " MB (the heap, -Xmx, less 64 MB): give the service a larger heap, or split the file");
        }
        int permits = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (need + 1023) / 1024));
        kilobytes.acquire(permits);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                kilobytes.release(permits);
            }
        });
    }
}
