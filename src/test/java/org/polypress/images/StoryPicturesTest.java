package org.polypress.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.testing.EpubCheckAssertion.assertEpubIsValid;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.OfficeDocuments;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Image;
import org.polypress.publish.ArticlePublisher;
import org.polypress.render.epub.StoryEpubRenderer;
import org.polypress.render.json.ArticleJsonReader;
import org.polypress.testing.PictureAssertion;
import org.polypress.testing.PipelineStages;
import org.polypress.testing.Zips;

/**
 * A story's multilingual EPUB carries every version's pictures, once each; a version read back from its published
 * folder (as the story publisher does when a translation arrives) has its pictures' bytes again.
 */
class StoryPicturesTest {

    @TempDir
    Path dir;

    @Test
    void storyEpubPacksEveryVersionsPicturesOnce() throws Exception {
        byte[] shared = OfficeDocuments.png(30, 30);
        Article en = version("berth.en.zip", "Port opens new berth", "The new berth. (Photo: Xinhua)", shared,
                OfficeDocuments.png(40, 40));
        Article fr = version("berth.fr.zip", "Le port ouvre un nouveau quai", "Le nouveau quai. (Photo : Xinhua)",
                shared, OfficeDocuments.png(50, 50));
        byte[] epub = new StoryEpubRenderer().render("berth", List.of(fr, en));
        assertEpubIsValid(epub);
        Map<String, byte[]> files = PictureAssertion.unzip(epub);
        assertEquals(3, files.keySet().stream().filter(n -> n.startsWith("EPUB/images/")).count(), files.keySet().toString());
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        Matcher cover = Pattern.compile("href=\"(images/[^\"]+)\" media-type=\"image/png\" properties=\"cover-image\"")
                .matcher(opf);
        assertTrue(cover.find(), opf);
        assertEquals(firstImage(en).path(), cover.group(1), "the first version (en sorts first) gives the cover");
        assertEquals(1, opf.split("cover-image", -1).length - 1);
        assertTrue(new String(files.get("EPUB/article.fr.xhtml"), StandardCharsets.UTF_8)
                .contains("<img src=\"" + firstImage(fr).path() + "\""));
    }

    @Test
    void publishedVersionReadBackHasItsPictures() throws Exception {
        Article en = version("berth.en.zip", "Port opens new berth", "The new berth. (Photo: Xinhua)",
                OfficeDocuments.png(30, 30), OfficeDocuments.png(40, 40));
        Path folder = new ArticlePublisher(dir.resolve("output")).publish(
                org.polypress.testing.PipelineStages.get().convert(dir.resolve("berth.en.zip")));
        Article read = new ArticleJsonReader().read(folder.resolve("article.json"));
        assertEquals(en.images().size(), read.images().size());
        for (int i = 0; i < en.images().size(); i++) {
            assertArrayEquals(en.images().get(i).bytes(), read.images().get(i).bytes());
        }
        assertEquals(en.body(), read.body());
    }

    private Article version(String name, String title, String caption, byte[] first, byte[] second) throws Exception {
        String text = title + "\n\nBy Ann Lee\n\n"
                + "The port opened a new berth on Monday, the third this year, officials said in a statement today.\n\n"
                + "[a.png]\n\n" + caption + "\n\n[b.png]\n\n"
                + "The berth can handle ships of up to 200,000 tonnes, the port said, and it opens in May.\n";
        Path file = Files.write(dir.resolve(name), Zips.zip(Map.of(
                "story.txt", text.getBytes(StandardCharsets.UTF_8), "a.png", first, "b.png", second)));
        return PipelineStages.get().recognize(file);
    }

    private static Image firstImage(Article article) {
        return article.body().stream().filter(b -> b instanceof Block.Figure f && f.image() != null)
                .map(b -> ((Block.Figure) b).image()).findFirst().orElseThrow();
    }
}
