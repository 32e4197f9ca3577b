package org.polypress.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.PipelineException;
import org.polypress.publish.PublicationLedger;

/** The note a conversion leaves while it runs: counted when the process ends in it, gone when it ends. */
class ConversionAttemptsTest {

    private static final String SHA = "6c350b480980ea2be10592608e9a143f0ba48cf8d93dfedcd7898297d27127e2";

    @TempDir
    Path output;

    private static Exchange taking(PublicationLedger.Drop drop) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader("PolypressDrop", drop);
        return exchange;
    }

    @Test
    void aConversionCutOffTwiceIsRefusedTheThirdTime() throws Exception {
        ConversionAttempts attempts = new ConversionAttempts(output);
        PublicationLedger.Drop drop = new PublicationLedger.Drop(SHA, 1);
        attempts.begin(taking(drop));
        attempts.begin(taking(drop));
        assertEquals("2", Files.readString(output.resolve(".state/converting-" + SHA)));
        PipelineException refused = assertThrows(PipelineException.class, () -> attempts.begin(taking(drop)));
        assertTrue(refused.getMessage().contains("2 times"), refused.getMessage());
    }

    /**
     * The process ended after the ledger recorded the publication and before the note went: at the restart the file
     * is found unchanged, not converted, and its note must not stay behind.
     */
    @Test
    void bytesFoundPublishedLeaveNoNoteBehind() throws Exception {
        ConversionAttempts attempts = new ConversionAttempts(output);
        PublicationLedger.Drop drop = new PublicationLedger.Drop(SHA, 1);
        attempts.begin(taking(drop));
        Path note = output.resolve(".state/converting-" + SHA);
        assertTrue(Files.exists(note));
        attempts.published(drop);
        assertFalse(Files.exists(note));
    }
}
