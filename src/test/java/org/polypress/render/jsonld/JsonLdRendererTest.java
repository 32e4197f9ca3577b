package org.polypress.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.model.Article;
import org.polypress.model.Metadata;
import org.polypress.model.Published;
import org.polypress.model.Translation;
import org.polypress.testing.JsonLdAssertion;
import org.polypress.testing.PipelineStages;

/** The JSON-LD rendition, as an independent JSON-LD processor reads it: the statements a search engine gets. */
class JsonLdRendererTest {

    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");
    private static final URI BASE = URI.create("http://localhost/articles/seed/");

    @Test
    void theSeedIsANewsArticleWithItsPeopleInTheirRolesAndTheSameBytesEachTime() throws Exception {
        Article seed = PipelineStages.get().recognize(SEED);
        byte[] jsonld = new JsonLdRenderer().render(seed);
        assertArrayEquals(jsonld, new JsonLdRenderer().render(seed));
        JsonLdAssertion.Node node = JsonLdAssertion.expand(jsonld, BASE);
        assertEquals(List.of("http://schema.org/NewsArticle"), node.types());
        assertEquals(List.of(seed.title()), node.values("headline"));
        assertEquals(List.of("Sheng Chuyi"), node.nodes("author").get(0).values("name"));
        assertEquals(List.of("http://schema.org/Person"), node.nodes("author").get(0).types());
        assertEquals(List.of("Tuo Zhouyu"), node.nodes("contributor").get(0).values("name"));
        assertEquals(2, node.nodes("editor").size());
        assertEquals(List.of("People's Daily Online"), node.nodes("publisher").get(0).values("name"));
        assertEquals(List.of("http://schema.org/Organization"), node.nodes("publisher").get(0).types());
        assertEquals(List.of("Photo provided to People's Daily Online"),
                node.nodes("image").get(0).values("creditText"));
    }

    @Test
    void theStorysOtherLanguagesAreItsTranslationsAndAPictureIsItsFileBesideTheArticle() throws Exception {
        Article seed = PipelineStages.get().recognize(SEED);
        Article withKey = new Article(seed.id(), seed.slug(), seed.language(), seed.script(), seed.direction(),
                seed.title(), seed.subtitle(), seed.byline(), seed.dateline(), seed.published(), seed.body(),
                seed.credits(), seed.notes(), seed.source(), seed.wordCount(), "kazakhstan",
                List.of(new Translation("zh", "hasakesitan-zhong-89ab01cd")));
        JsonLdAssertion.Node node = JsonLdAssertion.expand(new JsonLdRenderer().render(withKey), BASE);
        JsonLdAssertion.Node translation = node.nodes("workTranslation").get(0);
        assertEquals(List.of(), node.values("dateModified"), "the seed states no change");
        assertEquals(List.of("zh"), translation.values("inLanguage"));
        assertEquals(List.of("http://localhost/articles/hasakesitan-zhong-89ab01cd/"), translation.values("url"));
    }

    @Test
    void theLastChangeTheAddressTheSectionAndTheKeywordsAreStated() throws Exception {
        Article seed = PipelineStages.get().recognize(SEED);
        Article stated = new Article(seed.id(), seed.slug(), seed.language(), seed.script(), seed.direction(),
                seed.title(), seed.subtitle(), seed.byline(), seed.dateline(), seed.published(), seed.body(),
                seed.credits(), seed.notes(), seed.source(), seed.wordCount(), null, List.of(),
                new Metadata(new Published("Updated 06.07.2024", "2024-07-06"), "https://news.example.org/a/1",
                        "World", List.of("Kazakhstan", "China")));
        JsonLdAssertion.Node node = JsonLdAssertion.expand(new JsonLdRenderer().render(stated), BASE);
        assertEquals(List.of("2024-07-06"), node.values("dateModified"));
        assertEquals(List.of("https://news.example.org/a/1"), node.values("url"));
        assertEquals(List.of("World"), node.values("articleSection"));
        assertEquals(List.of("Kazakhstan", "China"), node.values("keywords"));
    }
}
