package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads into a drop folder no route is watching: names, numbering, refusals, nothing left behind. */
class UploadsTest {

    @TempDir
    Path tmp;

    private Uploads uploads(long maxBytes) {
        Path output = tmp.resolve("output");
        return new Uploads(tmp.resolve("input"), maxBytes, 2, java.time.Duration.ofSeconds(5),
                Pattern.compile("^(~\\$.*|.*\\.(part|tmp))$"), new ArticleIndex(new PublishedFiles(output)));
    }

    private List<String> inputFiles() throws Exception {
        try (Stream<Path> files = Files.list(tmp.resolve("input"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nameAlreadyInTheDropFolderGetsTheNextNumberAndNothingIsOverwritten() throws Exception {
        Uploads uploads = uploads(1000);
        byte[] first = "first".getBytes(StandardCharsets.UTF_8);
        byte[] second = "second".getBytes(StandardCharsets.UTF_8);
        byte[] third = "third".getBytes(StandardCharsets.UTF_8);
        assertEquals(202, uploads.accept("story.en.txt", first).status());
        HttpReply reply = uploads.accept("story.en.txt", second);
        assertEquals(202, reply.status());
        assertEquals("/api/uploads/story.en-2.txt", reply.headers().get("Location"));
        assertEquals(202, uploads.accept("story.en.txt", third).status());
        assertEquals(List.of("story.en-2.txt", "story.en-3.txt", "story.en.txt"), inputFiles(), "no hidden temporary file is left");
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("input/story.en.txt")));
        assertArrayEquals(second, Files.readAllBytes(tmp.resolve("input/story.en-2.txt")));
        assertArrayEquals(third, Files.readAllBytes(tmp.resolve("input/story.en-3.txt")));
    }

    @Test
    void aDropFolderThatCannotStoreTheFileIs507AndTheNextUploadWorksOnceItCan() throws Exception {
        // the drop folder's place taken by a file: nothing can be written there (a full or read-only disk fails the
        // same write; root ignores a read-only folder's mode, so this is the fault a test can cause everywhere)
        Files.writeString(tmp.resolve("input"), "not a folder");
        Uploads uploads = uploads(1000);
        HttpReply refused = uploads.accept("story.en.txt", "text".getBytes(StandardCharsets.UTF_8));
        assertEquals(507, refused.status());
        assertEquals("close", refused.headers().get("Connection"));
        Files.delete(tmp.resolve("input"));
        assertEquals(202, uploads.accept("story.en.txt", "text".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(List.of("story.en.txt"), inputFiles());
    }

    @Test
    void aNameIsStoredInComposedFormSoTwoNamesThatLookTheSameAreOne() throws Exception {
        Uploads uploads = uploads(1000);
        assertEquals(202, uploads.accept("re\u0301sume\u0301.fr.txt", "first".getBytes(StandardCharsets.UTF_8)).status());
        HttpReply second = uploads.accept("r\u00e9sum\u00e9.fr.txt", "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("/api/uploads/r%C3%A9sum%C3%A9.fr-2.txt", second.headers().get("Location"),
                "the same name, composed: numbered, not a second file that looks the same");
        assertEquals(List.of("r\u00e9sum\u00e9.fr-2.txt", "r\u00e9sum\u00e9.fr.txt"), inputFiles());
    }

    @Test
    void numberingFollowsTheArchive() {
        assertEquals("a.txt", Uploads.numbered("a.txt", 1));
        assertEquals("a-2.txt", Uploads.numbered("a.txt", 2));
        assertEquals("a.b-3.txt", Uploads.numbered("a.b.txt", 3));
        assertEquals("README-2", Uploads.numbered("README", 2));
    }

    @Test
    void largerThanTheLimitIs413AndNothingIsWritten() throws Exception {
        Uploads uploads = uploads(4);
        assertEquals(413, uploads.accept("big.txt", new byte[5]).status());
        assertEquals(202, uploads.accept("ok.txt", new byte[4]).status());
        assertEquals(List.of("ok.txt"), inputFiles());
    }

    @Test
    void namesThatLeaveTheFolderOrAreNeverTakenAreRefused() throws Exception {
        Uploads uploads = uploads(1000);
        for (String name : List.of("../x.txt", "a/b.txt", "/etc/passwd", "..\\x.txt", "C:\\x.txt", "x\0.txt", "..", ".",
                ".hidden.txt", "~$draft.docx", "notes.part", "a\nb.txt", " padded.txt", "x".repeat(250) + ".txt", "")) {
            assertNotNull(uploads.refusal(name), name);
        }
        assertEquals(400, uploads.accept("../x.txt", new byte[1]).status());
        assertEquals(400, uploads.accept("empty.txt", new byte[0]).status(), "an empty body is refused, not queued");
        for (String name : List.of("story.en.txt", "Müller – Bericht.de.docx", "新闻.zh.txt", "report (2).pdf")) {
            assertNull(uploads.refusal(name), name);
        }
        assertEquals(false, Files.exists(tmp.resolve("x.txt")));
    }

    @Test
    void namesThatLieAboutWhatTheyAreOrWhereTheyGoAreRefused() throws Exception {
        Uploads uploads = uploads(1000);
        for (String name : List.of("\u202Etxt.exe", "a\u200B.txt", "story\uFEFF.txt", "\u2066x\u2069.txt",
                "\uFF0E\uFF0E\uFF0Fx.txt", "a\uFF0Fb.txt", "a\uFF3Cb.txt", "\uFF0Ehidden.txt", "c\uFF1Ax.txt",
                "x|y;`id`$(id).txt", "a<b>.txt", "why?.txt", "star*.txt", "con.txt", "NUL", "Com1.docx",
                "lpt9.txt")) {
            HttpReply reply = uploads.accept(name, new byte[1]);
            assertEquals(400, reply.status(), name);
            assertNotNull(uploads.refusal(name), name);
        }
        for (String name : List.of("contract.txt", "console.en.txt", "Q&A with the mayor.txt", "$100 bills.txt",
                "記事．txt", "résumé.fr.txt", "صحيفة.ar.txt", "מאמר.he.txt")) {
            assertNull(uploads.refusal(name), name);
        }
        assertEquals(List.of(), Files.exists(tmp.resolve("input")) ? inputFiles() : List.of(), "nothing was dropped");
    }
}
