package org.polypress.render.ninjs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Direction;
import org.polypress.model.Image;
import org.polypress.model.Metadata;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.model.Source;
import org.polypress.testing.NinjsAssertion;
import org.polypress.testing.PipelineStages;

/** The ninjs rendition: valid against the official IPTC schema, with credits, dates and pictures where ninjs keeps them. */
class NinjsRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("src/test/resources/golden/peoples-daily-kazakhstan-china/"
            + "peoples-daily-kazakhstan-china.txt");

    private static Article article(Published published, List<Block> body) {
        Source source = new Source("story.html", "text/html", "UTF-8", 100,
                "0".repeat(64), 100, List.of());
        return new Article("0123456789abcdef0123456789abcdef", "a-story-01234567", "en", "Latn", Direction.LTR,
                "A <b>bold</b> & brave story", "The standfirst", new Byline("By Jane Roe, The Daily Example",
                        List.of("Jane Roe"), "The Daily Example"), null, published, body,
                List.of(new Credit("Jane Roe", Role.AUTHOR, null),
                        new Credit("John Doe", Role.TRANSLATOR, "Translated by John Doe")),
                List.of("Translated by John Doe"), source, 12);
    }

    private static Article stated(Article a) {
        return new Article(a.id(), a.slug(), a.language(), a.script(), a.direction(), a.title(), a.subtitle(),
                a.byline(), a.dateline(), a.published(), a.body(), a.credits(), a.notes(), a.source(), a.wordCount(),
                null, List.of(), new Metadata(new Published("Updated: 19 March 2025, 10:05 GMT", "2025-03-19T10:05:00Z"),
                        "https://news.example.org/local/tram", "Local", List.of("Trams", "City council")));
    }

    private static final List<Block> BODY = List.of(new Block.Paragraph("First <i>paragraph</i> & more."),
            new Block.Figure("A tram at the depot.", "Photo: Ann Lee",
                    new Image("images/0123456789abcdef.jpg", "image/jpeg", 800, 600, null, new byte[] {1, 2, 3})),
            new Block.Heading(2, "A subheading"), new Block.Paragraph("Second paragraph."));

    @Test
    void theSeedArticleIsValidNinjsAndTheSameBytesEachTime() throws Exception {
        NinjsAssertion.assumeSchemaAvailable();
        Article seed = PipelineStages.get().recognize(SEED);
        byte[] ninjs = new NinjsRenderer().render(seed);
        NinjsAssertion.assertValidNinjs(ninjs);
        assertArrayEquals(ninjs, new NinjsRenderer().render(seed));
        JsonNode item = JSON.readTree(ninjs);
        assertEquals("Sheng Chuyi (People's Daily Online)", item.get("by").asText());
        // the seed states its time without a zone: no date-time is made up for it
        assertFalse(item.has("firstCreated"));
    }

    @Test
    void creditsAreAllKeptAsPeopleWithTheirRolesNeverAsAnEditorsNote() throws Exception {
        JsonNode item = JSON.readTree(new NinjsRenderer().render(article(null, BODY)));
        assertEquals("author", item.at("/people/0/rel").asText());
        assertEquals("John Doe", item.at("/people/1/name").asText());
        assertEquals("translator", item.at("/people/1/rel").asText());
        assertEquals("Translated by John Doe", item.at("/people/1/literal").asText());
        assertFalse(item.has("edNote"));
        assertEquals("The Daily Example", item.at("/infoSources/0/name").asText());
    }

    @Test
    void aStatedTimeWithItsOffsetIsTheCreationTimeAndADateAloneIsLeftOut() throws Exception {
        JsonNode timed = JSON.readTree(new NinjsRenderer().render(
                article(new Published("18 March 2025, 09:30 CET", "2025-03-18T09:30+01:00"), BODY)));
        assertEquals("2025-03-18T09:30:00+01:00", timed.get("firstCreated").asText());
        assertEquals("2025-03-18T09:30:00+01:00", timed.get("versionCreated").asText());
        JsonNode dated = JSON.readTree(new NinjsRenderer().render(
                article(new Published("18 March 2025", "2025-03-18"), BODY)));
        assertFalse(dated.has("firstCreated"));
        assertNull(NinjsRenderer.dateTime("2025-03-18T09:30:00"), "a time without a zone is no RFC 3339 date-time");
    }

    @Test
    void theBodyIsHtmlWithEveryCharacterEscapedAndEachPictureAnAssociation() throws Exception {
        byte[] ninjs = new NinjsRenderer().render(article(null, BODY));
        if (NinjsAssertion.schemaAvailable()) {
            NinjsAssertion.assertValidNinjs(ninjs);
        }
        JsonNode item = JSON.readTree(ninjs);
        String html = item.at("/bodies/0/value").asText();
        assertTrue(html.startsWith("<p>First &lt;i&gt;paragraph&lt;/i&gt; &amp; more.</p><figure>"), html);
        assertTrue(html.contains("<img src=\"images/0123456789abcdef.jpg\" alt=\"A tram at the depot.\""), html);
        assertTrue(html.contains("<figcaption>A tram at the depot. <small>Photo: Ann Lee</small></figcaption>"), html);
        assertTrue(html.contains("<h2>A subheading</h2>"), html);
        // captions are not counted as the body's words
        assertEquals(9, item.at("/bodies/0/wordCount").asInt());
        assertEquals("A <b>bold</b> & brave story", item.at("/headlines/0/value").asText());
        JsonNode picture = item.at("/associations/0");
        assertEquals("picture", picture.get("type").asText());
        assertEquals("Photo: Ann Lee", picture.get("by").asText());
        assertEquals("A tram at the depot.", picture.at("/descriptions/0/value").asText());
        assertEquals("images/0123456789abcdef.jpg", picture.at("/renditions/0/title").asText());
        assertEquals(800, picture.at("/renditions/0/width").asInt());
    }

    @Test
    void theLastChangeTheAddressTheSectionAndTheKeywordsAreStatedWhereNinjsHasRoomForThem() throws Exception {
        byte[] ninjs = new NinjsRenderer().render(stated(article(
                new Published("18 March 2025, 09:30 CET", "2025-03-18T09:30+01:00"), BODY)));
        if (NinjsAssertion.schemaAvailable()) {
            NinjsAssertion.assertValidNinjs(ninjs);
        }
        JsonNode item = JSON.readTree(ninjs);
        assertEquals("2025-03-18T09:30:00+01:00", item.get("firstCreated").asText());
        assertEquals("2025-03-19T10:05:00Z", item.get("versionCreated").asText());
        assertEquals("canonicalUrl", item.at("/altIds/0/role").asText());
        assertEquals("https://news.example.org/local/tram", item.at("/altIds/0/value").asText());
        assertEquals(List.of("section: Local", "keyword: Trams", "keyword: City council"),
                java.util.stream.StreamSupport.stream(item.get("subjects").spliterator(), false)
                        .map(s -> s.get("rel").asText() + ": " + s.get("name").asText()).toList());
    }

    @Test
    void aRightsLineIsTheCopyrightHolderAndNotice() throws Exception {
        Article plain = article(null, BODY);
        List<Credit> credits = new java.util.ArrayList<>(plain.credits());
        credits.add(new Credit("Example News", Role.RIGHTS, "© 2025 Example News. All rights reserved."));
        Article rights = new Article(plain.id(), plain.slug(), plain.language(), plain.script(), plain.direction(),
                plain.title(), plain.subtitle(), plain.byline(), plain.dateline(), plain.published(), plain.body(),
                credits, plain.notes(), plain.source(), plain.wordCount());
        byte[] ninjs = new NinjsRenderer().render(rights);
        if (NinjsAssertion.schemaAvailable()) {
            NinjsAssertion.assertValidNinjs(ninjs);
        }
        JsonNode item = JSON.readTree(ninjs);
        assertEquals("Example News", item.get("copyrightHolder").asText());
        assertEquals("© 2025 Example News. All rights reserved.", item.get("copyrightNotice").asText());
        assertEquals("rights", item.at("/people/2/rel").asText());
    }

    @Test
    void theOfficialSchemaCheckRefusesWhatNinjsRefuses() throws Exception {
        NinjsAssertion.assumeSchemaAvailable();
        ObjectNode item = (ObjectNode) JSON.readTree(new NinjsRenderer().render(article(null, BODY)));
        item.put("firstCreated", "2025-03-18");
        assertThrows(AssertionFailedError.class, () -> NinjsAssertion.assertValidNinjs(JSON.writeValueAsBytes(item)),
                "a date is no date-time: the formats are asserted");
        ObjectNode unknown = (ObjectNode) JSON.readTree(new NinjsRenderer().render(article(null, BODY)));
        unknown.put("contributors", "John Doe");
        assertThrows(AssertionFailedError.class,
                () -> NinjsAssertion.assertValidNinjs(JSON.writeValueAsBytes(unknown)), "no property of our own");
    }
}
