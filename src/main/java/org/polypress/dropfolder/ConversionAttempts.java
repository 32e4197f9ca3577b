package org.polypress.dropfolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.polypress.PipelineException;
import org.polypress.Stage;
import org.polypress.publish.PublicationLedger;

/**
 * Remembers, across restarts, the conversions the service died in: a file whose conversion was under way each of
 * the last {@value #MOST_INTERRUPTIONS} times the process ended (out of memory with
 * {@code -XX:+ExitOnOutOfMemoryError}, killed, the machine lost power) is set aside in {@code .failed/} with that
 * reason the next time it is taken, instead of taking the service down at every restart and holding up every
 * file after it.
 * <p>
 * A conversion leaves a small file named by the bytes' SHA-256, {@code <output>/.state/converting-<sha256>}, while it
 * runs, holding how many conversions of those bytes began and never ended; it is removed when the conversion
 * ends, published or set aside. The same bytes are never converted twice at once (the ledger queues them), so
 * one file per hash is enough.
 */
public final class ConversionAttempts {

    static final int MOST_INTERRUPTIONS = 2;
    private static final String PREFIX = "converting-";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("polypress");

    private final Path folder;

    public ConversionAttempts(Path output) {
        this.folder = Objects.requireNonNull(output, "output").resolve(".state");
    }

    /**
     * Notes that the conversion of {@code drop} begins, until the exchange completes; refuses it when conversions
     * of the same bytes were cut off by the end of the process too often already.
     */
    public void begin(Exchange exchange) throws PipelineException, IOException {
        PublicationLedger.Drop drop = exchange.getMessage().getHeader("PolypressDrop", PublicationLedger.Drop.class);
        if (drop == null || drop.sha256() == null) {
            return; // not read, so not hashed (a link, over the size limit, gone): the extractor says why
        }
        Path marker = folder.resolve(PREFIX + drop.sha256());
        int interrupted = interruptions(marker);
        if (interrupted >= MOST_INTERRUPTIONS) {
            Files.deleteIfExists(marker);
            throw new PipelineException(Stage.INGEST, "The service stopped while converting this file, "
                    + interrupted + " times", "the process ended (out of memory, killed or stopped) each time this "
                    + "file was being converted; it is set aside so that it cannot stop the service again. The "
                    + "service's log from those times says why; drop the file again to try once more");
        }
        Files.createDirectories(folder);
        Path written = folder.resolve(PREFIX + drop.sha256() + ".tmp");
        // not synced: a note that must outlive the process, not the machine, and one per article on the workers;
        // written aside and renamed, so a process ended mid-write leaves the last whole count
        Files.writeString(written, Integer.toString(interrupted + 1), StandardCharsets.US_ASCII);
        Files.move(written, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(marker);
                } catch (IOException e) {
                    LOG.warn("The note that {} is being converted could not be removed: {}", drop.sha256(), e.toString());
                }
            }
        });
    }

    /**
     * Forgets the conversions of {@code drop}'s bytes: they are published. A process ended after it published them
     * and before it removed its note (between the ledger's line and the archiving of the file) left a note that no
     * conversion will remove, since the file is then found unchanged and not converted again.
     */
    public void published(PublicationLedger.Drop drop) throws IOException {
        if (drop != null && drop.sha256() != null) {
            Files.deleteIfExists(folder.resolve(PREFIX + drop.sha256()));
        }
    }

    /** How many conversions of these bytes began and never ended: the number the marker holds, or 0. */
    private static int interruptions(Path marker) {
        try {
            return Integer.parseInt(Files.readString(marker, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException none) {
            return 0;
        }
    }
}
