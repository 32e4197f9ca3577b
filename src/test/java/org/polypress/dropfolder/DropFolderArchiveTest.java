package org.polypress.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive names when files are converted concurrently and archived later, and names the file system would refuse. */
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

    @Test
    void aNameTooLongToTakeANumberAndItsReportIsShortenedAndTwoSuchNamesStayApart() throws Exception {
        DropFolderArchive archive = new DropFolderArchive(input);
        String first = archive.nameFor("a".repeat(246) + ".txt");
        String second = archive.nameFor("a".repeat(245) + "b.txt");
        for (String name : new String[] {first, second}) {
            assertTrue(name.endsWith(".txt") && name.startsWith("a".repeat(200)), name);
            // with a number and the report's suffix it is still a file name the system takes
            assertTrue((name.replace(".txt", "-99.txt") + ".error.json").getBytes(StandardCharsets.UTF_8).length <= 255);
            Files.createDirectories(input.resolve(".failed"));
            Files.writeString(input.resolve(".failed").resolve(name + ".error.json"), "{}");
        }
        assertNotEquals(first, second);
    }

    @Test
    void aLongUnicodeNameIsCutBetweenCharacters() {
        String name = new DropFolderArchive(input).nameFor("新闻".repeat(60) + ".txt");
        assertTrue(name.startsWith("新闻新闻") && name.endsWith(".txt"), name);
        assertEquals(name, new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersInANameAreArchivedAsUnderscores() {
        assertEquals("line_break_tab.txt", new DropFolderArchive(input).nameFor("line\nbreak\ttab.txt"));
    }
}
