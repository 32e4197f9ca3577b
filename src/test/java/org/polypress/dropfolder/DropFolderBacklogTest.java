package org.polypress.dropfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files counted as waiting in the drop folder are the ones its route would take. */
class DropFolderBacklogTest {

    /** polypress.exclude's default, as application.properties sets it. */
    private static final Pattern EXCLUDE = Pattern.compile(
            "^(~\\$.*|\\.~lock.*|.*\\.(part|crdownload|tmp|swp|partial)|Thumbs\\.db|desktop\\.ini)$");

    @TempDir
    Path input;

    @Test
    void countsVisibleRegularFilesTheRouteWouldTake() throws Exception {
        for (String name : new String[] {"a.txt", "b.docx", "c.html"}) {
            Files.writeString(input.resolve(name), "x");
        }
        for (String name : new String[] {".hidden.txt", ".upload-1234", "~$draft.docx", "story.txt.part", "Thumbs.db",
            "a.txt.camelLock"}) {
            Files.writeString(input.resolve(name), "x");
        }
        Files.createDirectories(input.resolve(".done"));
        Files.createDirectories(input.resolve("a-folder"));
        assertEquals(3.0, new DropFolderBacklog(input, EXCLUDE).waiting());
    }

    @Test
    void aFolderThatCannotBeListedIsNotANumber() {
        assertTrue(Double.isNaN(new DropFolderBacklog(input.resolve("gone"), EXCLUDE).waiting()));
    }

    @Test
    void tenThousandFilesAreCountedQuickly() throws Exception {
        for (int i = 0; i < 10_000; i++) {
            Files.write(input.resolve("article-" + i + ".txt"), new byte[0]);
        }
        DropFolderBacklog backlog = new DropFolderBacklog(input, EXCLUDE);
        assertEquals(10_000.0, backlog.waiting());
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertEquals(10_000.0, backlog.waiting());
        }
        long millis = (System.nanoTime() - started) / 5 / 1_000_000;
        System.out.println("counting 10,000 waiting files took " + millis + " ms");
        // a scrape every few seconds: a second would be too much, whatever the machine's load
        assertTrue(millis < 1000, millis + " ms");
    }
}
