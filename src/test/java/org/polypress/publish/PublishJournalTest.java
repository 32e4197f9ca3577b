package org.polypress.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.render.Renditions;
import org.polypress.testing.PipelineStages;

/** The journal's record format, read back after a power cut, and the group commit's publication and recovery. */
class PublishJournalTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");

    @TempDir
    Path output;

    private static JournalRecord seedRecord(String folder, String sha) throws Exception {
        Renditions renditions = PipelineStages.get().convert(SEED);
        return new JournalRecord(folder, null, renditions.files(), "seed.txt", sha);
    }

    private static byte[] journalOf(JournalRecord... records) throws Exception {
        ByteArrayOutputStream journal = new ByteArrayOutputStream();
        for (JournalRecord record : records) {
            journal.write(record.encode());
        }
        return journal.toByteArray();
    }

    private static void assertSameRecord(JournalRecord expected, JournalRecord actual) {
        assertEquals(expected.folder(), actual.folder());
        assertEquals(expected.file(), actual.file());
        assertEquals(expected.ledgerFile(), actual.ledgerFile());
        assertEquals(expected.ledgerSha(), actual.ledgerSha());
        assertEquals(expected.files().size(), actual.files().size());
        for (int i = 0; i < expected.files().size(); i++) {
            assertEquals(expected.files().get(i).name(), actual.files().get(i).name());
            assertArrayEquals(expected.files().get(i).bytes(), actual.files().get(i).bytes());
        }
    }

    @Test
    void recordsOfTheSeedReadBackWholeAndInOrder() throws Exception {
        JournalRecord first = seedRecord("first", "aa");
        JournalRecord story = new JournalRecord("story-x", "story.epub",
                List.of(new Renditions.File("story.epub", new byte[] {1, 2, 3})), null, null);
        JournalRecord.Contents contents = JournalRecord.read(journalOf(first, story));
        assertNull(contents.stoppedBecause());
        assertEquals(2, contents.records().size());
        assertSameRecord(first, contents.records().get(0));
        assertSameRecord(story, contents.records().get(1));
    }

    @Test
    void aLastRecordCutShortAnywhereIsIgnoredAndTheOnesBeforeItKept() throws Exception {
        JournalRecord first = seedRecord("first", "aa");
        JournalRecord second = seedRecord("second", "bb");
        byte[] journal = journalOf(first, second);
        int secondStart = first.encode().length;
        // a power cut during the second record's write: cut in its header, just after it, in its payload, at its last byte
        for (int cut : new int[] {secondStart + 1, secondStart + JournalRecord.HEADER, secondStart + 500,
            journal.length - 1}) {
            JournalRecord.Contents contents = JournalRecord.read(Arrays.copyOf(journal, cut));
            assertEquals(1, contents.records().size(), "cut at " + cut);
            assertSameRecord(first, contents.records().get(0));
            assertEquals(secondStart, contents.wholeBytes());
            assertTrue(contents.stoppedBecause().contains("cut short"), contents.stoppedBecause());
        }
    }

    @Test
    void aRecordWhoseChecksumFailsIsNeverAppliedNorAnythingAfterIt() throws Exception {
        JournalRecord first = seedRecord("first", "aa");
        byte[] journal = journalOf(first, seedRecord("second", "bb"), seedRecord("third", "cc"));
        int secondStart = first.encode().length;
        // one bit flipped in the second record's rendition bytes: the sync wrote a damaged sector
        byte[] damaged = journal.clone();
        damaged[secondStart + 2_000] ^= 0x10;
        JournalRecord.Contents contents = JournalRecord.read(damaged);
        assertEquals(1, contents.records().size(), "neither the damaged record nor the third after it");
        assertSameRecord(first, contents.records().get(0));
        assertTrue(contents.stoppedBecause().contains("fails its checksum"), contents.stoppedBecause());
        // zeroes where the file system allocated the record's blocks but the write never came
        byte[] zeroed = journal.clone();
        Arrays.fill(zeroed, secondStart + JournalRecord.HEADER, secondStart + JournalRecord.HEADER + 100, (byte) 0);
        assertTrue(JournalRecord.read(zeroed).stoppedBecause().contains("fails its checksum"));
        byte[] noHeader = journal.clone();
        Arrays.fill(noHeader, secondStart, secondStart + 4, (byte) 0);
        assertTrue(JournalRecord.read(noHeader).stoppedBecause().contains("no valid header"));
    }

    @Test
    void concurrentPublicationsShareSyncsAndTheJournalIsGoneAfterTheLastCheckpoint() throws Exception {
        PublishJournal journal = new PublishJournal(output, 64L << 20, 0);
        ArticlePublisher publisher = new ArticlePublisher(output, Durability.GROUP, journal);
        Renditions seed = PipelineStages.get().convert(SEED);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        publisher.publish(new Renditions(seed.article().withSlug("a-" + thread + "-" + i), seed.files()));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            worker.start();
            threads.add(worker);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        JournalRecord.Contents written = PublishJournal.read(journal.file());
        assertEquals(200, written.records().size(), "one record per publication, all whole");
        assertTrue(journal.syncs() < 200, "eight threads publishing at once share syncs: " + journal.syncs());
        for (int t = 0; t < 8; t++) {
            for (int i = 0; i < 25; i++) {
                for (Renditions.File file : seed.files()) {
                    assertArrayEquals(file.bytes(), Files.readAllBytes(output.resolve("a-" + t + "-" + i).resolve(file.name())));
                }
            }
        }
        journal.close();
        assertFalse(Files.exists(journal.file()), "the last checkpoint removed the journal");
    }

    @Test
    void recoveryPutsInPlaceWhatTheJournalHoldsAndWritesTheMissingLedgerLine() throws Exception {
        Renditions seed = PipelineStages.get().convert(SEED);
        String slug = seed.article().slug();
        String sha = PublicationLedger.sha256(SEED);
        Path journalFile = output.resolve(".state").resolve(PublishJournal.FILE_NAME);
        Files.createDirectories(journalFile.getParent());
        // what a kill right after the journal's sync leaves: the record, no folder, no ledger line; and a torn record
        byte[] whole = new JournalRecord(slug, null, seed.files(), seed.article().source().fileName(), sha).encode();
        byte[] torn = Arrays.copyOf(seedRecord("never-acknowledged", "cc").encode(), 700);
        Files.write(journalFile, concat(whole, torn));

        PublishJournal journal = new PublishJournal(output, 64L << 20, 0);
        PublicationLedger ledger = new PublicationLedger(output, Long.MAX_VALUE, Durability.GROUP, journal);
        ArticlePublisher publisher = new ArticlePublisher(output, Durability.GROUP, journal);
        publisher.recoverJournal(journal, ledger);

        for (Renditions.File file : seed.files()) {
            assertArrayEquals(file.bytes(), Files.readAllBytes(output.resolve(slug).resolve(file.name())), file.name());
        }
        assertFalse(Files.exists(output.resolve("never-acknowledged")), "a torn record is not applied");
        assertFalse(Files.exists(journalFile), "recovery ends with a checkpoint");
        List<String> lines = Files.readAllLines(output.resolve(".state").resolve(PublicationLedger.FILE_NAME));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains(sha) && lines.get(0).contains(slug), lines.get(0));
        // the same recovery again finds everything in place and writes nothing
        Files.write(journalFile, whole);
        publisher.recoverJournal(journal, new PublicationLedger(output, Long.MAX_VALUE, Durability.GROUP, journal));
        assertEquals(1, Files.readAllLines(output.resolve(".state").resolve(PublicationLedger.FILE_NAME)).size());
    }

    @Test
    void aCheckpointKeepsTheRecordsWhoseLedgerLineIsNotWrittenYet() throws Exception {
        Renditions seed = PipelineStages.get().convert(SEED);
        PublishJournal journal = new PublishJournal(output, 64L << 20, 0);
        ArticlePublisher publisher = new ArticlePublisher(output, Durability.GROUP, journal);
        PublicationLedger.Drop recorded = new PublicationLedger.Drop("11", 0);
        PublicationLedger.Drop pending = new PublicationLedger.Drop("22", 1);
        publisher.publish(new Renditions(seed.article().withSlug("recorded"), seed.files()), recorded);
        publisher.publish(new Renditions(seed.article().withSlug("pending"), seed.files()), pending);
        publisher.publish(new Renditions(seed.article().withSlug("no-line"), seed.files()));
        journal.recorded(seed.article().source().fileName(), "11", "recorded");
        journal.checkpoint();
        List<JournalRecord> kept = PublishJournal.read(journal.file()).records();
        assertEquals(List.of("pending"), kept.stream().map(JournalRecord::folder).toList());
        assertEquals(seed.files().size(), kept.get(0).files().size(), "kept with its files");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
