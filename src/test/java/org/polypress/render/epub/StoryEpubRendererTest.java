package org.polypress.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.render.epub.UnzippedEpub.DC_NS;
import static org.polypress.render.epub.UnzippedEpub.OPF_NS;
import static org.polypress.render.epub.UnzippedEpub.XHTML_NS;
import static org.polypress.render.epub.UnzippedEpub.elements;
import static org.polypress.render.epub.UnzippedEpub.texts;
import static org.polypress.render.epub.UnzippedEpub.withClass;
import static org.polypress.testing.EpubCheckAssertion.assertEpubIsValid;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.polypress.model.Article;
import org.polypress.model.Direction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class StoryEpubRendererTest {

    private static final StoryEpubRenderer RENDERER = new StoryEpubRenderer();
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String STORY_KEY = "amman-book-fair";

    private static final String ARABIC_CHAPTER = "EPUB/article.ar.xhtml";
    private static final String ENGLISH_CHAPTER = "EPUB/article.en.xhtml";
    private static final String CHINESE_CHAPTER = "EPUB/article.zh-Hans.xhtml";

    /** English, Chinese and Arabic, deliberately not in language order. */
    private static List<Article> threeVersions() {
        return List.of(SampleArticles.bookFairEnglish(), SampleArticles.bookFairChinese(), SampleArticles.arabic());
    }

    private static UnzippedEpub renderStory() {
        return UnzippedEpub.of(RENDERER.render(STORY_KEY, threeVersions()));
    }

    private static UnzippedEpub renderSingle() {
        return UnzippedEpub.of(RENDERER.render(STORY_KEY, List.of(SampleArticles.bookFairEnglish())));
    }

    // --- the book as a whole ---------------------------------------------------------------------

    @Test
    void storyInThreeLanguagesPassesEpubcheckWithoutErrorsOrWarnings() {
        assertEpubIsValid(RENDERER.render(STORY_KEY, threeVersions()));
    }

    @Test
    void singleVersionStoryPassesEpubcheckWithoutErrorsOrWarnings() {
        assertEpubIsValid(RENDERER.render(STORY_KEY, List.of(SampleArticles.bookFairEnglish())));
    }

    @Test
    void declaresFileNameAndMediaType() {
        assertEquals("story.epub", RENDERER.fileName());
        assertEquals("application/epub+zip", RENDERER.mediaType());
    }

    @Test
    void versionsInAnyOrderGiveByteIdenticalEpub() {
        byte[] expected = RENDERER.render(STORY_KEY, threeVersions());
        for (List<Article> order : permutations(threeVersions())) {
            assertArrayEquals(expected, new StoryEpubRenderer().render(STORY_KEY, order),
                    "order " + order.stream().map(Article::language).toList());
        }
    }

    @Test
    void entriesComeInLanguageOrderWithFixedTimeAndMimetypeFirstStored() {
        UnzippedEpub epub = renderStory();
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                ARABIC_CHAPTER, ENGLISH_CHAPTER, CHINESE_CHAPTER, "EPUB/style.css"), epub.names());
        ZipEntry mimetype = epub.entries().get(0);
        assertEquals(ZipEntry.STORED, mimetype.getMethod());
        assertEquals("application/epub+zip", epub.text("mimetype"));
        for (ZipEntry entry : epub.entries()) {
            assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            assertEquals(null, entry.getExtra(), entry.getName() + " carries an extra field");
        }
    }

    @Test
    void emptyStoryIsRejected() {
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> RENDERER.render(STORY_KEY, List.of()));
        assertTrue(thrown.getMessage().contains("at least one version"), thrown.getMessage());
    }

    @Test
    void blankStoryKeyIsRejectedBecauseTheIdentifierComesFromIt() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render(" \t", threeVersions()));
        assertTrue(thrown.getMessage().contains("storyKey"), thrown.getMessage());
    }

    @Test
    void twoVersionsInTheSameLanguageAreRejectedWhateverTheCaseOfTheirTags() {
        Article english = SampleArticles.bookFairEnglish();
        Article alsoEnglish = SampleArticles.inLanguage(SampleArticles.minimal(), "EN", "Latn", Direction.LTR);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render(STORY_KEY, List.of(english, alsoEnglish)));
        assertTrue(thrown.getMessage().contains("two versions of the story are in en"), thrown.getMessage());
    }

    @Test
    void versionWithoutWellFormedLanguageTagIsRejected() {
        Article badTag = SampleArticles.inLanguage(SampleArticles.minimal(), "en_GB", "Latn", Direction.LTR);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render(STORY_KEY, List.of(SampleArticles.arabic(), badTag)));
        assertTrue(thrown.getMessage().contains("en_GB"), thrown.getMessage());
    }

    // --- content documents -----------------------------------------------------------------------

    @Test
    void eachVersionIsAChapterWithItsOwnLanguageAndDirection() {
        UnzippedEpub epub = renderStory();
        assertRoot(epub.xml(ARABIC_CHAPTER), "ar", "rtl");
        assertRoot(epub.xml(ENGLISH_CHAPTER), "en", "ltr");
        assertRoot(epub.xml(CHINESE_CHAPTER), "zh-Hans", "ltr");
        assertEquals(List.of(SampleArticles.ARABIC_TITLE), texts(epub.xml(ARABIC_CHAPTER), XHTML_NS, "h1"));
        assertEquals(List.of(SampleArticles.BOOK_FAIR_ENGLISH_TITLE), texts(epub.xml(ENGLISH_CHAPTER), XHTML_NS, "h1"));
        assertEquals(List.of(SampleArticles.BOOK_FAIR_CHINESE_TITLE), texts(epub.xml(CHINESE_CHAPTER), XHTML_NS, "title"));
    }

    @Test
    void chapterIsTheSameDocumentTheSingleArticleEpubHolds() {
        UnzippedEpub story = renderStory();
        for (Article version : threeVersions()) {
            UnzippedEpub single = UnzippedEpub.of(new EpubRenderer().render(version));
            assertEquals(single.text("EPUB/article.xhtml"),
                    story.text("EPUB/article." + version.language() + ".xhtml"), version.language());
        }
    }

    @Test
    void chapterKeepsBylineDateFiguresAndCredits() {
        UnzippedEpub epub = renderStory();
        Document english = epub.xml(ENGLISH_CHAPTER);
        assertEquals("By Rana Haddad, CNN", withClass(english, "p", "byline").get(0).getTextContent());
        Element time = elements(english, XHTML_NS, "time").get(0);
        assertEquals("2024-03-14T10:05Z", time.getAttribute("datetime"));
        assertEquals(List.of("Visitors browse children's books on the opening day of the fair in Amman."
                + " (Photo: Layla Mansour)"), texts(english, XHTML_NS, "figcaption"));
        assertEquals("(Translated from Arabic by Omar Nasser)",
                withClass(english, "section", "credits").get(0).getTextContent().strip());

        Document chinese = epub.xml(CHINESE_CHAPTER);
        assertEquals(List.of("3月13日，读者在安曼书展首日翻阅少儿图书（图片来源：CNN）"),
                texts(chinese, XHTML_NS, "figcaption"));
        Element credits = withClass(chinese, "section", "credits").get(0);
        assertEquals("署名", credits.getAttribute("aria-label"));
        assertEquals("(编译：林书瑶)\n(责编：周明远)", credits.getTextContent().strip());
    }

    // --- navigation document ---------------------------------------------------------------------

    @Test
    void navigationNamesEachLanguageInItsOwnScriptFollowedByTheTitle() {
        Document nav = renderStory().navigationDocument();
        List<Element> names = withClass(nav, "span", "language");
        assertEquals(List.of("العربية", "English", "中文"), names.stream().map(Element::getTextContent).toList());
        List<Element> links = names.stream().map(name -> (Element) name.getParentNode()).toList();
        assertEquals(List.of(
                "العربية: " + SampleArticles.ARABIC_TITLE,
                "English: " + SampleArticles.BOOK_FAIR_ENGLISH_TITLE,
                "中文：" + SampleArticles.BOOK_FAIR_CHINESE_TITLE),
                links.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("article.ar.xhtml", "article.en.xhtml", "article.zh-Hans.xhtml"),
                links.stream().map(link -> link.getAttribute("href")).toList());
    }

    @Test
    void navigationEntryCarriesTheLanguageAndDirectionOfItsVersion() {
        Document nav = renderStory().navigationDocument();
        List<String> marks = withClass(nav, "span", "language").stream()
                .map(name -> (Element) name.getParentNode().getParentNode())
                .map(entry -> entry.getLocalName() + " " + entry.getAttribute("lang") + "/"
                        + entry.getAttributeNS(XML_NS, "lang") + " " + entry.getAttribute("dir"))
                .toList();
        assertEquals(List.of("li ar/ar rtl", "li en/en ltr", "li zh-Hans/zh-Hans ltr"), marks);
    }

    @Test
    void navigationLinksEachVersionsSubheadingsUnderIt() {
        Document nav = renderStory().navigationDocument();
        List<String> hrefs = elements(nav, XHTML_NS, "a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("article.ar.xhtml", "article.en.xhtml", "article.en.xhtml#h-1",
                "article.zh-Hans.xhtml", "article.zh-Hans.xhtml#h-1"), hrefs);
        Element englishHeading = elements(nav, XHTML_NS, "a").get(2);
        assertEquals(SampleArticles.BOOK_FAIR_ENGLISH_HEADING, englishHeading.getTextContent());
        Node englishEntry = englishHeading.getParentNode().getParentNode().getParentNode();
        assertEquals("en", ((Element) englishEntry).getAttribute("lang"), "a subheading inherits its version's language");
    }

    @Test
    void navigationDocumentIsInTheFirstVersionsLanguage() {
        Document nav = renderStory().navigationDocument();
        assertRoot(nav, "ar", "rtl");
        assertEquals(List.of("المحتويات"), texts(nav, XHTML_NS, "h1"));
        assertEquals(List.of(SampleArticles.ARABIC_TITLE), texts(nav, XHTML_NS, "title"));
    }

    @Test
    void twoVersionsOfOneLanguageAreNamedWithTheirScripts() {
        Article simplified = SampleArticles.chinese();
        Article traditional = SampleArticles.inLanguage(SampleArticles.bookFairChinese(), "zh-Hant", "Hant",
                Direction.LTR);
        byte[] epub = RENDERER.render(STORY_KEY, List.of(traditional, simplified, SampleArticles.bookFairEnglish()));
        UnzippedEpub unzipped = UnzippedEpub.of(epub);
        assertEquals(List.of("English", "简体中文", "繁體中文"),
                texts(unzipped.navigationDocument(), XHTML_NS, "span"));
        String summary = meta(unzipped.packageDocument(), "schema:accessibilitySummary").get(0).getTextContent();
        assertTrue(summary.contains("3 languages (English, Simplified Chinese, Traditional Chinese)"), summary);
        assertEpubIsValid(epub);
    }

    @Test
    void languageNameIsCapitalizedAsItsLanguageDoesInAList() {
        Article french = SampleArticles.frenchWithLocalTime();
        Article russian = SampleArticles.inLanguage(SampleArticles.minimal(), "ru", "Cyrl", Direction.LTR);
        Document nav = UnzippedEpub.of(RENDERER.render(STORY_KEY, List.of(russian, french))).navigationDocument();
        assertEquals(List.of("Français", "Русский"), texts(nav, XHTML_NS, "span"));
    }

    // --- package document ------------------------------------------------------------------------

    @Test
    void identifierIsNameBasedUuidOfTheStoryKey() {
        Document opf = renderStory().packageDocument();
        Element identifier = elements(opf, DC_NS, "identifier").get(0);
        String expected = "urn:uuid:"
                + UUID.nameUUIDFromBytes("polypress-story:amman-book-fair".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, identifier.getTextContent());
        assertEquals(identifier.getAttribute("id"), opf.getDocumentElement().getAttribute("unique-identifier"));
        assertEquals(List.of(expected), texts(renderSingle().packageDocument(), DC_NS, "identifier"),
                "the identifier names the story, whatever versions it has");
        Document otherStory = UnzippedEpub.of(RENDERER.render("amman-book-fair-2", threeVersions())).packageDocument();
        assertNotEquals(List.of(expected), texts(otherStory, DC_NS, "identifier"));
    }

    @Test
    void packageListsEveryLanguageTheFirstVersionsFirst() {
        Document opf = renderStory().packageDocument();
        assertEquals(List.of("ar", "en", "zh-Hans"), texts(opf, DC_NS, "language"));
        Element root = opf.getDocumentElement();
        assertEquals("ar", root.getAttributeNS(XML_NS, "lang"));
        assertEquals("rtl", root.getAttribute("dir"));
    }

    @Test
    void oneTitleInTheFirstLanguageWithTheOthersAsAlternateScripts() {
        Document opf = renderStory().packageDocument();
        List<Element> titles = elements(opf, DC_NS, "title");
        assertEquals(1, titles.size());
        assertEquals(SampleArticles.ARABIC_TITLE, titles.get(0).getTextContent());
        assertEquals("ar", titles.get(0).getAttributeNS(XML_NS, "lang"));
        List<Element> alternates = meta(opf, "alternate-script");
        assertEquals(List.of(
                "#" + titles.get(0).getAttribute("id") + " en ltr " + SampleArticles.BOOK_FAIR_ENGLISH_TITLE,
                "#" + titles.get(0).getAttribute("id") + " zh-Hans ltr " + SampleArticles.BOOK_FAIR_CHINESE_TITLE),
                alternates.stream().map(meta -> meta.getAttribute("refines") + " "
                        + meta.getAttributeNS(XML_NS, "lang") + " " + meta.getAttribute("dir") + " "
                        + meta.getTextContent()).toList());
    }

    @Test
    void creditsOfEveryVersionAppearOnceMarkedWithTheLanguageTheyComeFrom() {
        Document opf = renderStory().packageDocument();
        assertEquals(List.of("Rana Haddad=aut@en"), rolesOf(opf, "creator"));
        assertEquals(List.of("CNN=ctb@", "Layla Mansour=pht@en", "Omar Nasser=trl@en", "林书瑶=trl@zh-Hans",
                "周明远=edt@zh-Hans"), rolesOf(opf, "contributor"));
        Element publisher = elements(opf, DC_NS, "publisher").get(0);
        assertEquals(1, elements(opf, DC_NS, "publisher").size());
        assertEquals("CNN", publisher.getTextContent());
        assertEquals("en", publisher.getAttributeNS(XML_NS, "lang"));
        assertEquals("ltr", publisher.getAttribute("dir"), "an English name in a right-to-left package");
    }

    @Test
    void modifiedIsTheLatestPublicationAndDateTheEarliest() {
        Document opf = renderStory().packageDocument();
        // Arabic 08:30Z, English 10:05Z, Chinese 11:20Z
        assertEquals(List.of("2024-03-14T11:30+03:00"), texts(opf, DC_NS, "date"));
        assertEquals(List.of("2024-03-14T11:20:00Z"), metaValues(opf, "dcterms:modified"));
    }

    @Test
    void storyWithoutUsableDatesIsModifiedAtTheEpoch() {
        Article english = SampleArticles.minimal();
        Article german = SampleArticles.inLanguage(SampleArticles.hostile(), "de", "Latn", Direction.LTR);
        byte[] epub = RENDERER.render(STORY_KEY, List.of(english, german));
        Document opf = UnzippedEpub.of(epub).packageDocument();
        assertEquals(List.of(), texts(opf, DC_NS, "date"));
        assertEquals(List.of("1970-01-01T00:00:00Z"), metaValues(opf, "dcterms:modified"));
        assertEpubIsValid(epub);
    }

    @Test
    void manifestAndSpineListTheChaptersInLanguageOrder() {
        Document opf = renderStory().packageDocument();
        assertEquals(List.of("nav.xhtml", "article.ar.xhtml", "article.en.xhtml", "article.zh-Hans.xhtml", "style.css"),
                elements(opf, OPF_NS, "item").stream().map(item -> item.getAttribute("href")).toList());
        assertEquals(List.of("article-ar", "article-en", "article-zh-Hans"),
                elements(opf, OPF_NS, "itemref").stream().map(ref -> ref.getAttribute("idref")).toList());
    }

    @Test
    void pagesProgressLeftToRightWhenAnyVersionIsLeftToRight() {
        assertEquals("ltr", spineDirection(renderStory().packageDocument()));
    }

    @Test
    void pagesProgressRightToLeftWhenEveryVersionIsRightToLeft() {
        byte[] epub = RENDERER.render(STORY_KEY, List.of(SampleArticles.bookFairHebrew(), SampleArticles.arabic()));
        UnzippedEpub unzipped = UnzippedEpub.of(epub);
        assertEquals("rtl", spineDirection(unzipped.packageDocument()));
        assertEquals(List.of("العربية", "עברית"), texts(unzipped.navigationDocument(), XHTML_NS, "span"));
        assertRoot(unzipped.xml("EPUB/article.he.xhtml"), "he", "rtl");
        assertEpubIsValid(epub);
    }

    @Test
    void accessibilitySummaryDescribesEveryVersion() {
        Document opf = renderStory().packageDocument();
        assertEquals(List.of("textual"), metaValues(opf, "schema:accessMode"));
        Element summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertEquals("en", summary.getAttributeNS(XML_NS, "lang"));
        String text = summary.getTextContent();
        assertTrue(text.contains("one news story in 3 languages (Arabic, English, Chinese)"), text);
        assertTrue(text.contains("each of its 2 subheadings"), text);
        assertTrue(text.contains("its 2 figures are given as their captions and credits"), text);
    }

    // --- a single-version story ------------------------------------------------------------------

    @Test
    void singleVersionStoryHasOneChapterOneLanguageAndNoAlternateTitle() {
        UnzippedEpub epub = renderSingle();
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                ENGLISH_CHAPTER, "EPUB/style.css"), epub.names());
        Document opf = epub.packageDocument();
        assertEquals(List.of("en"), texts(opf, DC_NS, "language"));
        assertEquals(List.of(SampleArticles.BOOK_FAIR_ENGLISH_TITLE), texts(opf, DC_NS, "title"));
        assertEquals("en", elements(opf, DC_NS, "title").get(0).getAttributeNS(XML_NS, "lang"));
        assertEquals(List.of(), meta(opf, "alternate-script"));
        assertEquals(List.of("Rana Haddad=aut@"), rolesOf(opf, "creator"));
        assertEquals(List.of("2024-03-14T10:05Z"), texts(opf, DC_NS, "date"));
        assertEquals("ltr", spineDirection(opf));
        Document nav = epub.navigationDocument();
        assertRoot(nav, "en", "ltr");
        assertEquals(List.of("English"), texts(nav, XHTML_NS, "span"));
        String summary = meta(opf, "schema:accessibilitySummary").get(0).getTextContent();
        assertTrue(summary.contains("one news story in one language, English,"), summary);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void assertRoot(Document document, String language, String direction) {
        Element root = document.getDocumentElement();
        assertEquals(language, root.getAttribute("lang"));
        assertEquals(language, root.getAttributeNS(XML_NS, "lang"));
        assertEquals(direction, root.getAttribute("dir"));
    }

    private static String spineDirection(Document opf) {
        return elements(opf, OPF_NS, "spine").get(0).getAttribute("page-progression-direction");
    }

    /** "name=relator@lang" for each dc:creator or dc:contributor; lang is empty when it is the package's. */
    private static List<String> rolesOf(Document opf, String element) {
        Map<String, String> roleByRefines = meta(opf, "role").stream()
                .collect(Collectors.toMap(meta -> meta.getAttribute("refines"), Element::getTextContent));
        return elements(opf, DC_NS, element).stream()
                .map(name -> name.getTextContent() + "=" + roleByRefines.get("#" + name.getAttribute("id"))
                        + "@" + name.getAttributeNS(XML_NS, "lang"))
                .toList();
    }

    private static List<Element> meta(Document opf, String property) {
        return elements(opf, OPF_NS, "meta").stream().filter(meta -> property.equals(meta.getAttribute("property"))).toList();
    }

    private static List<String> metaValues(Document opf, String property) {
        return meta(opf, property).stream().map(Element::getTextContent).toList();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }
}
