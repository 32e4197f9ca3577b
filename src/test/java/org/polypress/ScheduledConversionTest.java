package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.dropfolder.DropFolderSchedule;
import org.polypress.testing.TestProperties;
import org.quartz.CronExpression;

/**
 * The real application with a cron schedule ({@code polypress.schedule}): files dropped between two
 * firings wait, and every file waiting is converted at the next firing.
 */
class ScheduledConversionTest {

    private static final String EVERY_FIVE_SECONDS = "0/5 * * * * ?";
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    @Test
    void nothingIsConvertedBetweenFiringsAndEverythingWaitingIsConvertedAtAFiring() throws Exception {
        Path input = Files.createDirectory(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        org.apache.camel.main.Main camel = Main.camelMain(TestProperties.forFolders(input, output,
                "polypress.schedule", EVERY_FIVE_SECONDS,
                "polypress.schedule.zone", "Asia/Almaty"));
        camel.start();
        try {
            CronExpression cron = new CronExpression(EVERY_FIVE_SECONDS);
            cron.setTimeZone(TimeZone.getTimeZone("Asia/Almaty"));
            // drop well clear of both firings: 1.5 s after one (a poll that started late on a busy
            // machine has listed the folder by then) and 3.5 s before the next
            Date previous = cron.getNextValidTimeAfter(new Date());
            pauseUntil(previous.getTime() + 1500);
            Date firing = cron.getNextValidTimeAfter(previous);
            NotifyBuilder any = new NotifyBuilder(camel.getCamelContext()).fromRoute("ingest-article").whenDone(1).create();
            NotifyBuilder all = new NotifyBuilder(camel.getCamelContext()).fromRoute("ingest-article").whenDone(3).create();
            int dropped = 0;
            try (Stream<Path> files = Files.walk(GOLDEN, 2)) {
                for (Path article : files.filter(f -> f.getFileName().toString().endsWith(".txt")).limit(3).toList()) {
                    Path copy = Files.copy(article, input.resolve(article.getFileName()));
                    Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
                    dropped++;
                }
            }
            assertEquals(3, dropped);

            long untilJustBefore = firing.getTime() - 300 - System.currentTimeMillis();
            assertFalse(any.matches(untilJustBefore, TimeUnit.MILLISECONDS), "a file was converted between firings");
            // (the running service's lock is in output/.state/ from the start)
            assertFalse(Files.exists(output) && Files.list(output).anyMatch(f -> !f.getFileName().toString().startsWith(".")),
                    "nothing published yet");

            Date following = cron.getNextValidTimeAfter(firing);
            assertTrue(all.matches(following.getTime() - System.currentTimeMillis(), TimeUnit.MILLISECONDS),
                    "every waiting file was converted at the firing, before the next one");
            assertTrue(System.currentTimeMillis() >= firing.getTime());
            try (Stream<Path> left = Files.list(input)) {
                assertEquals(0, left.filter(Files::isRegularFile).count(), "nothing left waiting");
            }
        } finally {
            camel.stop();
        }
    }

    private static void pauseUntil(long millis) throws InterruptedException {
        long wait = millis - System.currentTimeMillis();
        if (wait > 0) {
            // lining up with the clock of the schedule, not waiting for a result
            Thread.sleep(wait);
        }
    }

    @Test
    void aScheduleThatIsNotACronExpressionIsRefusedWithTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DropFolderSchedule.scheduler("every night", "", 1000, false));
        assertTrue(e.getMessage().contains("polypress.schedule"), e.getMessage());
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
                () -> DropFolderSchedule.scheduler("0 0 2 * * ?", "Mars/Olympus", 1000, false));
        assertTrue(zone.getMessage().contains("polypress.schedule.zone"), zone.getMessage());
    }

    @Test
    void aOneShotBatchIgnoresTheSchedule() {
        assertTrue(DropFolderSchedule.scheduler("0 0 2 * * ?", "UTC", 1000, true)
                instanceof org.apache.camel.support.DefaultScheduledPollConsumerScheduler);
        assertTrue(DropFolderSchedule.scheduler("0 0 2 * * ?", "UTC", 1000, false)
                instanceof org.apache.camel.pollconsumer.quartz.QuartzScheduledPollConsumerScheduler);
    }
}
