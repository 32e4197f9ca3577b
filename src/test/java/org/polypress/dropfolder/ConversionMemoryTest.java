package org.polypress.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;

/** The heap conversions share: a file waits for its share, and one larger than the whole budget is refused. */
class ConversionMemoryTest {

    private static final long MB = ConversionMemory.MB;

    @TempDir
    Path tmp;

    @Test
    void aTextNeedsTwiceItsSizeToBeReadAndFourteenBytesACharacterOfItsLongestTextADocumentFourTimesItsSize() {
        ConversionMemory memory = new ConversionMemory(100 * MB, 50 * MB, 2 * MB);
        assertEquals(16 * MB, memory.need("story.en.TXT", MB));
        assertEquals(16 * MB, memory.need("page.html", MB));
        assertEquals(16 * MB, memory.need("README", MB));
        // a text over polypress.max-chars is refused once decoded: only its reading costs more
        assertEquals(20 * MB + 28 * MB, memory.need("long.txt", 10 * MB));
        assertEquals(4 * MB, memory.need("scan.pdf", MB));
        assertEquals(4 * MB, memory.need("report.docx", MB));
    }

    @Test
    void theBudgetIsTheHeapLessWhatTheServiceNeedsAndAtLeastAQuarterOfIt() {
        assertEquals(64 * MB, ConversionMemory.budgetFor(128 * MB));
        assertEquals(960 * MB, ConversionMemory.budgetFor(1024 * MB));
        assertEquals(20 * MB, ConversionMemory.budgetFor(80 * MB), "a quarter of a heap too small for the rule");
    }

    @Test
    void aFileLargerThanTheWholeBudgetIsRefusedWithTheFiguresAndNothingIsHeld() throws Exception {
        ConversionMemory memory = new ConversionMemory(10 * MB, 50 * MB, 10 * MB);
        PipelineException refused = assertThrows(PipelineException.class, () -> memory.reserve(exchange("big.txt", MB)));
        assertEquals("The file is too large for this service's memory", refused.reason());
        assertTrue(refused.detail().contains("needs about 16 MB of heap; conversions have 10 MB"), refused.detail());
        // a file the extractor refuses before reading it, over polypress.max-bytes, is let through to that refusal
        new ConversionMemory(10 * MB, MB / 2, 10 * MB).reserve(exchange("over-the-limit.txt", MB));
        // the refusal held nothing: the whole budget is still free
        Exchange whole = exchange("fits.docx", 10 * MB / 4);
        memory.reserve(whole);
        complete(whole);
    }

    @Test
    void aFileWaitsUntilTheFilesBeforeItGiveBackTheirShare() throws Exception {
        ConversionMemory memory = new ConversionMemory(20 * MB, 50 * MB, 10 * MB);
        Exchange first = exchange("first.txt", MB); // 16 MB of 20
        memory.reserve(first);
        Exchange second = exchange("second.txt", MB / 2); // 8 MB more: waits
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                memory.reserve(second);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "the second file waits while the first holds its share");
        complete(first); // the first conversion ends
        waiting.get(5, TimeUnit.SECONDS);
    }

    /** What Camel does when the exchange converting a file completes. */
    private static void complete(Exchange exchange) {
        for (org.apache.camel.spi.Synchronization done : exchange.getExchangeExtension().handoverCompletions()) {
            done.onComplete(exchange);
        }
    }

    private Exchange exchange(String name, long bytes) throws Exception {
        Path file = tmp.resolve(name);
        try (java.io.RandomAccessFile sized = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sized.setLength(bytes);
        }
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(Exchange.FILE_PATH, file.toString());
        return exchange;
    }
}
