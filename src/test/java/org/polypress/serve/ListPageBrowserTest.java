package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The list page in a real browser: Debian's headless Chromium, driven through its chromedriver, loads
 * the page the running application serves, reads the rows, filters by language with the form (no
 * JavaScript) and clicks a download link; an editor pages through a long list, uploads a file with the page's form
 * and retries a file that failed. Skipped with a message where Chromium is not installed,
 * except in CI ({@code CI=true}), where {@code .ci/run} installs it and its absence is a failure.
 * A screenshot is kept in {@code target/screenshots/}.
 */
class ListPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must run the browser test: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are missing (.ci/run installs the Debian packages chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(present, "headless Chromium is not installed (apt-get install chromium chromium-driver):"
                + " the list page is not tested in a browser here");
    }

    private static ChromeDriver chrome(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        // Selenium Manager cannot download anything here: the driver is named, never looked up
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void listPageShowsTheRowsFiltersByLanguageAndDownloads() throws Exception {
        requireBrowser();
        try (ServedPipeline app = new ServedPipeline(tmp, Map.of())) {
            app.publishFixtures();
            Map<String, String> slugs = app.slugsBySource();
            Path downloads = Files.createDirectories(tmp.resolve("downloads"));
            ChromeDriver browser = chrome(downloads);
            try {
                browser.get(app.uri("/").toString());
                assertEquals("Polypress: published articles", browser.getTitle());
                List<WebElement> rows = browser.findElements(By.cssSelector("tr.article"));
                assertEquals(5, rows.size());
                assertEquals(slugs.get("hostile.txt"), rows.get(0).getAttribute("data-slug"), "newest first");

                // the hostile headline is text on the screen, and no script ran
                WebElement hostile = browser.findElement(By.cssSelector("tr[data-slug='" + slugs.get("hostile.txt") + "'] td.title"));
                assertEquals("<img src=x onerror=alert(1)>", hostile.getText());
                assertTrue(browser.findElements(By.tagName("img")).isEmpty());
                assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());

                WebElement arabic = browser.findElement(By.cssSelector("tbody.story tr[data-lang='ar'] td.title"));
                assertEquals("rtl", arabic.getCssValue("direction"), "the Arabic headline is laid out right to left");
                assertEquals(3, browser.findElements(By.cssSelector("tbody.story[data-story='kazakhstan'] tr.article")).size());
                saveScreenshot(browser, "list-page.png");

                // the filter is a form: choosing a language and pressing Show asks for /?lang=…
                new Select(browser.findElement(By.id("lang"))).selectByValue("zh-Hans");
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("lang=zh-Hans"));
                List<WebElement> chinese = browser.findElements(By.cssSelector("tr.article"));
                assertEquals(1, chinese.size());
                WebElement title = chinese.get(0).findElement(By.cssSelector("td.title"));
                assertEquals("专家：共建“一带一路”倡议下哈中关系蓬勃发展", title.getText());

                // the page's script wrote the date in the reader's zone and language; the source's words stay on hover
                WebElement time = chinese.get(0).findElement(By.cssSelector("td.date time"));
                assertNotNull(time.getAttribute("data-local"), "the script ran: " + time.getText());
                assertTrue(time.getText().contains("2024") && !time.getText().equals("2024-07-05 06:38 UTC"),
                        time.getText());
                assertTrue(time.getAttribute("title").contains("14:38"), time.getAttribute("title"));
                assertEquals("txt", chinese.get(0).findElement(By.cssSelector("td.source")).getText());

                // a click on .md saves the file under its headline
                chinese.get(0).findElement(By.cssSelector("td.downloads a.md")).click();
                Path saved = awaitDownload(downloads);
                assertEquals("专家：共建“一带一路”倡议下哈中关系蓬勃发展.md", saved.getFileName().toString());
                assertArrayEquals(Files.readAllBytes(app.output.resolve(slugs.get("kazakhstan.zh.txt")).resolve("article.md")),
                        Files.readAllBytes(saved));

                // the search field finds articles by the words of their title or authors
                browser.get(app.uri("/").toString());
                browser.findElement(By.id("q")).sendKeys("busiest inland");
                browser.findElement(By.cssSelector("form button[type=submit]")).click();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q=busiest"));
                List<WebElement> found = browser.findElements(By.cssSelector("tr.article"));
                assertEquals(1, found.size());
                assertEquals(slugs.get("port.txt"), found.get(0).getAttribute("data-slug"));
                saveScreenshot(browser, "search.png");
                browser.get(app.uri("/?lang=zh-Hans").toString());

                // the title opens the article as a page to read, in its language
                browser.findElement(By.cssSelector("tr.article td.title a")).click();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/read/"));
                assertEquals("专家：共建“一带一路”倡议下哈中关系蓬勃发展", browser.findElement(By.tagName("h1")).getText());
                assertEquals("zh-Hans", browser.findElement(By.tagName("html")).getAttribute("lang"));
                saveScreenshot(browser, "read-page.png");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void editorsPageThroughTheListUploadAFileAndRetryAFailedOne() throws Exception {
        requireBrowser();
        // two articles a page: the five fixtures make three pages
        try (ServedPipeline app = new ServedPipeline(tmp, Map.of("polypress.http.page-size", "2"))) {
            app.publishFixtures();
            ChromeDriver browser = chrome(Files.createDirectories(tmp.resolve("downloads")));
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                // (a) the "older" link leads to the second page
                browser.get(app.uri("/").toString());
                assertEquals("Articles 1–2 of 5", browser.findElement(By.cssSelector("nav.pages .count")).getText());
                List<String> first = slugsShown(browser);
                browser.findElement(By.cssSelector("nav.pages a.older")).click();
                wait.until(d -> d.getCurrentUrl().contains("page=2"));
                assertEquals("Articles 3–4 of 5", browser.findElement(By.cssSelector("nav.pages .count")).getText());
                List<String> second = slugsShown(browser);
                assertEquals(2, second.size());
                assertTrue(second.stream().noneMatch(first::contains), first + " then " + second);
                saveScreenshot(browser, "page-2.png");

                // (b) a file chosen in the upload form is sent to the drop folder, and listed once converted
                Path ferry = Path.of("src/test/resources/golden/no-blank-lines/no-blank-lines.txt").toAbsolutePath();
                browser.get(app.uri("/").toString());
                browser.findElement(By.id("file")).sendKeys(ferry.toString());
                browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
                wait.until(d -> Files.isRegularFile(app.input.resolve(".done/no-blank-lines.txt")));
                assertEquals(app.uri("/").toString(), browser.getCurrentUrl(), "sent back to the list");
                String ferrySlug = app.slugsBySource().get("no-blank-lines.txt");
                assertNotNull(ferrySlug, "published: " + app.slugsBySource());
                browser.get(app.uri("/?q=ferry").toString());
                assertEquals(List.of(ferrySlug), slugsShown(browser));
                saveScreenshot(browser, "uploaded.png");

                // (c) a file that failed is shown with its reason; once put right, Retry gives it back to the pipeline
                Files.write(app.input.resolve("notes.txt"), new byte[0]);
                wait.until(d -> Files.isRegularFile(app.input.resolve(".failed/notes.txt.error.json")));
                browser.get(app.uri("/").toString());
                WebElement failure = browser.findElement(By.cssSelector("section.failed tr.failure[data-name='notes.txt']"));
                assertEquals("The file is empty", failure.findElement(By.cssSelector("td.reason .why")).getText());
                assertEquals("ingest", failure.findElement(By.cssSelector("td.stage")).getText());
                saveScreenshot(browser, "failed.png");
                // the editor put the text in the file the newsroom forgot to save
                Files.copy(Path.of("src/test/resources/golden/one-paragraph-brief/one-paragraph-brief.txt"),
                        app.input.resolve(".failed/notes.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                failure.findElement(By.cssSelector("td.retry button[type=submit]")).click();
                wait.until(d -> browser.findElements(By.cssSelector("tr.failure[data-name='notes.txt']")).isEmpty());
                assertFalse(Files.exists(app.input.resolve(".failed/notes.txt.error.json")), "its report went");
                // archived as notes.txt or, the name being held since its failure, notes-2.txt: published from notes.txt
                wait.until(d -> published(app, "notes.txt"));
                String notesSlug = app.slugsBySource().get("notes.txt");
                assertNotNull(notesSlug, "published: " + app.slugsBySource());
                browser.get(app.uri("/?q=heavy+rain").toString());
                assertEquals(List.of(notesSlug), slugsShown(browser));
                assertTrue(browser.findElements(By.cssSelector("section.failed")).isEmpty(), "nothing failed any more");
                saveScreenshot(browser, "retried.png");
            } finally {
                browser.quit();
            }
        }
    }

    private static boolean published(ServedPipeline app, String source) {
        try {
            return app.slugsBySource().containsKey(source);
        } catch (java.io.IOException folderChanging) {
            return false;
        }
    }

    private static List<String> slugsShown(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("tr.article")).stream().map(r -> r.getAttribute("data-slug")).toList();
    }

    private static Path awaitDownload(Path folder) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                // Chromium writes .org.chromium.Chromium.XXXX, then name.crdownload, then renames it
                List<Path> done = files.map(f -> f.getFileName().toString())
                        .filter(n -> !n.startsWith(".") && !n.endsWith(".crdownload")).map(folder::resolve).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the browser saved no file in " + folder);
    }

    /** Kept for a person to look at: target/ is never committed. */
    private static void saveScreenshot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
