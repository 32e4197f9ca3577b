package org.polypress.render.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.model.Article;
import org.polypress.testing.JsonSchemaAssertion;
import org.polypress.testing.PipelineStages;

class JsonRendererTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");

    @TempDir
    Path tmp;

    @Test
    void rendersTheSameBytesFromManyThreadsAtOnce() throws Exception {
        Article article = PipelineStages.get().recognize(SEED);
        JsonRenderer renderer = new JsonRenderer();
        byte[] expected = renderer.render(article);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                renders.add(pool.submit(() -> renderer.render(article)));
            }
            for (Future<byte[]> render : renders) {
                assertArrayEquals(expected, render.get());
            }
        } finally {
            pool.shutdown();
        }
        assertArrayEquals(expected, renderer.render(article), "still the same after concurrent use");
        JsonSchemaAssertion.assertArticleJsonIsValid(expected);
    }

    @Test
    void readingTheJsonBackGivesTheSameArticle() throws Exception {
        Article article = PipelineStages.get().recognize(SEED);
        Path json = tmp.resolve("article.json");
        java.nio.file.Files.write(json, new JsonRenderer().render(article));
        assertEquals(article, new ArticleJsonReader().read(json));
    }

    @Test
    void whatTheSourceStatesBesideTheTextReadsBackToo() throws Exception {
        Article article = PipelineStages.get().recognize(Path.of("src/test/resources/html-metadata/stated-page-facts.html"));
        Path json = tmp.resolve("stated.json");
        java.nio.file.Files.write(json, new JsonRenderer().render(article));
        JsonSchemaAssertion.assertArticleJsonIsValid(json);
        assertEquals(article, new ArticleJsonReader().read(json));
        assertEquals("Local", new ArticleJsonReader().read(json).metadata().section());
    }
}
