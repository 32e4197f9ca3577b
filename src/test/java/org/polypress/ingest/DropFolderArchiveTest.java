package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive names when files are converted concurrently and archived later. */
class DropFolderArchiveTest {

    @TempDir
    Path input;

    @Test
    void aNameHandedOutIsNotHandedOutAgainBeforeItsFileIsArchived() throws Exception {
        Files.createDirectories(input.resolve(".done"));
        Files.writeString(input.resolve(".done/seed.txt"), "archived yesterday");
        DropFolderArchive archive = new DropFolderArchive(input);
        assertEquals("seed-2.txt", archive.nameFor("seed.txt"));
        // dropped together with the second seed.txt: both are being converted, neither is archived yet
        assertEquals("seed-2-2.txt", archive.nameFor("seed-2.txt"));
        assertEquals("other.txt", archive.nameFor("other.txt"));
    }

    @Test
    void aReportWhoseFileWasNeverMovedBesideItDoesNotHoldTheName() throws Exception {
        // killed after the report was written, before the file was moved: the file is still in the drop folder
        Files.createDirectories(input.resolve(".failed"));
        Files.writeString(input.resolve(".failed/empty.txt.error.json"), "{\"file\" : \"empty.txt\"");
        Files.writeString(input.resolve(".failed/binary.txt"), "set aside yesterday");
        DropFolderArchive archive = new DropFolderArchive(input);
        assertEquals("empty.txt", archive.nameFor("empty.txt"), "reported again under its own name");
        assertEquals("binary-2.txt", archive.nameFor("binary.txt"));
    }
}
