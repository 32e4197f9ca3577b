package org.polypress.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.render.epub.UnzippedEpub.DC_NS;
import static org.polypress.render.epub.UnzippedEpub.OPF_NS;
import static org.polypress.render.epub.UnzippedEpub.OPS_NS;
import static org.polypress.render.epub.UnzippedEpub.XHTML_NS;
import static org.polypress.render.epub.UnzippedEpub.elements;
import static org.polypress.render.epub.UnzippedEpub.texts;
import static org.polypress.render.epub.UnzippedEpub.withClass;
import static org.polypress.testing.EpubCheckAssertion.assertEpubIsValid;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.model.Image;
import org.polypress.model.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class EpubRendererTest {

    private static final EpubRenderer RENDERER = new EpubRenderer();

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("english", SampleArticles.english()),
                Arguments.of("english with image", SampleArticles.englishWithImage()),
                Arguments.of("arabic", SampleArticles.arabic()),
                Arguments.of("chinese", SampleArticles.chinese()),
                Arguments.of("french with local time", SampleArticles.frenchWithLocalTime()),
                Arguments.of("minimal", SampleArticles.minimal()),
                Arguments.of("hostile", SampleArticles.hostile()));
    }

    private static UnzippedEpub render(Article article) {
        return UnzippedEpub.of(RENDERER.render(article));
    }

    // --- the book as a whole ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyArticlePassesEpubcheckWithoutErrorsOrWarnings(String name, Article article) {
        assertEpubIsValid(RENDERER.render(article));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void sameArticleGivesByteIdenticalEpub(String name, Article article) {
        assertArrayEquals(RENDERER.render(article), new EpubRenderer().render(article));
    }

    @Test
    void bytesDoNotDependOnTheJvmTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = RENDERER.render(SampleArticles.english());
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = RENDERER.render(SampleArticles.english());
            assertArrayEquals(east, west);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void declaresFileNameAndMediaType() {
        assertEquals("article.epub", RENDERER.fileName());
        assertEquals("application/epub+zip", RENDERER.mediaType());
    }

    @Test
    void entriesComeInFixedOrderWithFixedTime() {
        UnzippedEpub epub = render(SampleArticles.english());
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                "EPUB/article.xhtml", "EPUB/style.css"), epub.names());
        for (ZipEntry entry : epub.entries()) {
            assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            assertEquals(null, entry.getExtra(), entry.getName() + " carries an extra field");
        }
    }

    @Test
    void mimetypeIsFirstStoredUncompressedWithoutExtraField() {
        ByteBuffer zip = ByteBuffer.wrap(RENDERER.render(SampleArticles.english())).order(ByteOrder.LITTLE_ENDIAN);
        byte[] content = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(content);

        assertEquals(0x04034b50, zip.getInt(0), "local file header signature");
        assertEquals(0, zip.getShort(6) & 0x0008, "no data descriptor");
        assertEquals(0, zip.getShort(8), "method STORED");
        assertEquals((int) crc.getValue(), zip.getInt(14), "CRC-32");
        assertEquals(content.length, zip.getInt(18), "compressed size");
        assertEquals(content.length, zip.getInt(22), "uncompressed size");
        assertEquals(8, zip.getShort(26), "name length");
        assertEquals(0, zip.getShort(28), "extra field length");
        assertEquals("mimetype", new String(zip.array(), 30, 8, StandardCharsets.US_ASCII));
        assertArrayEquals(content, Arrays.copyOfRange(zip.array(), 38, 38 + content.length));
    }

    @Test
    void containerPointsAtThePackageDocument() {
        Document container = render(SampleArticles.minimal()).xml("META-INF/container.xml");
        Element rootfile = elements(container, "urn:oasis:names:tc:opendocument:xmlns:container", "rootfile").get(0);
        assertEquals("EPUB/package.opf", rootfile.getAttribute("full-path"));
        assertEquals("application/oebps-package+xml", rootfile.getAttribute("media-type"));
    }

    @Test
    void blankTitleIsRejectedBecauseEpubRequiresOne() {
        Article english = SampleArticles.english();
        Article untitled = new Article(english.id(), english.slug(), english.language(), english.script(),
                english.direction(), " \u0007 ", english.subtitle(), english.byline(), english.dateline(),
                english.published(), english.body(), english.credits(), english.notes(), english.source(),
                english.wordCount());
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> RENDERER.render(untitled));
        assertTrue(thrown.getMessage().contains("article.title"), thrown.getMessage());
    }

    // --- package document ------------------------------------------------------------------------

    @Test
    void identifierIsNameBasedUuidOfArticleId() {
        Document opf = render(SampleArticles.english()).packageDocument();
        Element identifier = elements(opf, DC_NS, "identifier").get(0);
        String expected = "urn:uuid:" + UUID.nameUUIDFromBytes("polypress:5f1c0e4a9b7d3c2e".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, identifier.getTextContent());
        Element root = opf.getDocumentElement();
        assertEquals("3.0", root.getAttribute("version"));
        assertEquals(identifier.getAttribute("id"), root.getAttribute("unique-identifier"));
    }

    @Test
    void packageNamesTitleLanguageAndPublisher() {
        Document opf = render(SampleArticles.english()).packageDocument();
        assertEquals(List.of(SampleArticles.ENGLISH_TITLE), texts(opf, DC_NS, "title"));
        assertEquals(List.of("en"), texts(opf, DC_NS, "language"));
        assertEquals(List.of("People's Daily Online"), texts(opf, DC_NS, "publisher"));
    }

    @Test
    void articleWithoutPublicationHasNoPublisher() {
        assertEquals(List.of(), texts(render(SampleArticles.minimal()).packageDocument(), DC_NS, "publisher"));
    }

    @Test
    void bylineAuthorsBecomeCreatorsWithAutRole() {
        Document opf = render(SampleArticles.english()).packageDocument();
        assertEquals(List.of("Sheng Chuyi=aut"), rolesOf(opf, "creator"));
    }

    @Test
    void otherCreditsBecomeContributorsWithMarcRelatorRoles() {
        Document opf = render(SampleArticles.english()).packageDocument();
        assertEquals(List.of("Tuo Zhouyu=ctb", "Hongyu=edt", "Wu Chengliang=edt"), rolesOf(opf, "contributor"));
    }

    @Test
    void photographerAndTranslatorCreditsGetPhtAndTrl() {
        Document opf = render(SampleArticles.frenchWithLocalTime()).packageDocument();
        assertEquals(List.of("AFP=aut"), rolesOf(opf, "creator"));
        assertEquals(List.of("Mathilde Courtois=pht", "Agence France-Presse=trl"), rolesOf(opf, "contributor"));
    }

    @Test
    void sameNameAndRoleIsCreditedOnceWhileOtherRolesStay() {
        Document opf = render(SampleArticles.chinese()).packageDocument();
        assertEquals(List.of("陈立航=aut", "王嘉宁=aut"), rolesOf(opf, "creator"));
        assertEquals(List.of("许可心=edt", "赵文博=edt", "新华网=ctb", "陈立航=pht"), rolesOf(opf, "contributor"));
    }

    @Test
    void dateWithOffsetIsWrittenAsIsAndModifiedIsItsInstantInUtc() {
        Document opf = render(SampleArticles.english()).packageDocument();
        assertEquals(List.of("2024-07-05T14:38:00+08:00"), texts(opf, DC_NS, "date"));
        assertEquals(List.of("2024-07-05T06:38:00Z"), metaValues(opf, "dcterms:modified"));
    }

    @Test
    void localDateTimeGivesOnlyTheDateAndIsTakenAsUtcForModified() {
        Document opf = render(SampleArticles.frenchWithLocalTime()).packageDocument();
        assertEquals(List.of("2023-10-12"), texts(opf, DC_NS, "date"));
        assertEquals(List.of("2023-10-12T18:42:00Z"), metaValues(opf, "dcterms:modified"));
    }

    @Test
    void articleWithoutDateHasNoDcDateAndModifiedAtTheEpoch() {
        Document opf = render(SampleArticles.minimal()).packageDocument();
        assertEquals(List.of(), texts(opf, DC_NS, "date"));
        assertEquals(List.of("1970-01-01T00:00:00Z"), metaValues(opf, "dcterms:modified"));
    }

    @Test
    void unreadableIsoDateIsLeftOutRatherThanWrittenInvalid() {
        Document opf = render(SampleArticles.hostile()).packageDocument();
        assertEquals(List.of(), texts(opf, DC_NS, "date"));
        assertEquals(List.of("1970-01-01T00:00:00Z"), metaValues(opf, "dcterms:modified"));
    }

    @Test
    void accessibilityMetadataDescribesATextualBook() {
        Document opf = render(SampleArticles.english()).packageDocument();
        assertEquals(List.of("textual"), metaValues(opf, "schema:accessMode"));
        assertEquals(List.of("textual"), metaValues(opf, "schema:accessModeSufficient"));
        assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder"),
                metaValues(opf, "schema:accessibilityFeature"));
        assertEquals(List.of("none"), metaValues(opf, "schema:accessibilityHazard"));
        Element summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertEquals("en", summary.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertTrue(summary.getTextContent().contains("3 subheadings"), summary.getTextContent());
        assertTrue(summary.getTextContent().contains("its one figure is given as its caption and credit"),
                summary.getTextContent());
    }

    @Test
    void figureImageIsNeitherListedNorPackedWhileItsCaptionStays() {
        UnzippedEpub epub = render(SampleArticles.englishWithImage());
        Document opf = epub.packageDocument();
        List<String> hrefs = elements(opf, OPF_NS, "item").stream().map(item -> item.getAttribute("href")).toList();
        assertEquals(List.of("nav.xhtml", "article.xhtml", "style.css"), hrefs);
        assertFalse(epub.names().stream().anyMatch(name -> name.contains("images/")), epub.names().toString());
        assertEquals(List.of(), elements(epub.contentDocument(), XHTML_NS, "img"));
        assertEquals(List.of("textual"), metaValues(opf, "schema:accessMode"));
        assertEquals(1, withClass(epub.contentDocument(), "span", "credit").size());
    }

    @Test
    void manifestMarksTheNavigationDocumentAndSpineReadsTheArticle() {
        Document opf = render(SampleArticles.minimal()).packageDocument();
        Element nav = elements(opf, OPF_NS, "item").get(0);
        assertEquals("nav", nav.getAttribute("properties"));
        assertEquals("nav.xhtml", nav.getAttribute("href"));
        List<Element> itemrefs = elements(opf, OPF_NS, "itemref");
        assertEquals(1, itemrefs.size());
        assertEquals("article", itemrefs.get(0).getAttribute("idref"));
    }

    @Test
    void rightToLeftArticleProgressesRightToLeft() {
        Element spine = elements(render(SampleArticles.arabic()).packageDocument(), OPF_NS, "spine").get(0);
        assertEquals("rtl", spine.getAttribute("page-progression-direction"));
    }

    @Test
    void leftToRightArticleProgressesLeftToRight() {
        Element spine = elements(render(SampleArticles.chinese()).packageDocument(), OPF_NS, "spine").get(0);
        assertEquals("ltr", spine.getAttribute("page-progression-direction"));
    }

    // --- content document ------------------------------------------------------------------------

    @Test
    void contentAndNavigationCarryLanguageAndDirection() {
        UnzippedEpub arabic = render(SampleArticles.arabic());
        for (Document document : List.of(arabic.contentDocument(), arabic.navigationDocument())) {
            Element html = document.getDocumentElement();
            assertEquals(XHTML_NS, html.getNamespaceURI());
            assertEquals("ar", html.getAttribute("lang"));
            assertEquals("ar", html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            assertEquals("rtl", html.getAttribute("dir"));
        }
        Element chinese = render(SampleArticles.chinese()).contentDocument().getDocumentElement();
        assertEquals("zh-Hans", chinese.getAttribute("lang"));
        assertEquals("ltr", chinese.getAttribute("dir"));
    }

    @Test
    void contentDocumentIsXhtml5WithCharsetTitleAndStylesheet() {
        UnzippedEpub epub = render(SampleArticles.english());
        assertTrue(epub.text("EPUB/article.xhtml").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"));
        Document content = epub.contentDocument();
        assertEquals("utf-8", elements(content, XHTML_NS, "meta").get(0).getAttribute("charset"));
        assertEquals(List.of(SampleArticles.ENGLISH_TITLE), texts(content, XHTML_NS, "title"));
        assertEquals("style.css", elements(content, XHTML_NS, "link").get(0).getAttribute("href"));
    }

    @Test
    void headerHoldsTitleAndBylineWithTheDateInsideAsTime() {
        Document content = render(SampleArticles.english()).contentDocument();
        assertEquals(List.of(SampleArticles.ENGLISH_TITLE), texts(content, XHTML_NS, "h1"));
        Element byline = withClass(content, "p", "byline").get(0);
        assertEquals(SampleArticles.ENGLISH_BYLINE, byline.getTextContent());
        Element time = elements(content, XHTML_NS, "time").get(0);
        assertEquals(byline, time.getParentNode());
        assertEquals("14:38, July 05, 2024", time.getTextContent());
        assertEquals("2024-07-05T14:38:00+08:00", time.getAttribute("datetime"));
        assertEquals(List.of(), withClass(content, "p", "published"));
    }

    @Test
    void dateOutsideTheBylineStandsAloneAsTime() {
        Document content = render(SampleArticles.arabic()).contentDocument();
        assertEquals(List.of(), withClass(content, "p", "byline"));
        Element time = childElements(withClass(content, "p", "published").get(0)).get(0);
        assertEquals("time", time.getLocalName());
        assertEquals("الخميس، 14 آذار/مارس 2024، آخر تحديث 11:30 (GMT+0300)", time.getTextContent());
        assertEquals("2024-03-14T11:30+03:00", time.getAttribute("datetime"));
    }

    @Test
    void unreadableDateKeepsItsTextWithoutDatetime() {
        Document content = render(SampleArticles.hostile()).contentDocument();
        Element time = elements(content, XHTML_NS, "time").get(0);
        assertEquals("2024-07-05 <now>", time.getTextContent());
        assertFalse(time.hasAttribute("datetime"));
    }

    @Test
    void articleWithoutBylineOrDateHasOnlyItsTitleInTheHeader() {
        Document content = render(SampleArticles.minimal()).contentDocument();
        Element header = elements(content, XHTML_NS, "header").get(0);
        assertEquals(1, header.getElementsByTagNameNS(XHTML_NS, "*").getLength());
        assertEquals(List.of(), elements(content, XHTML_NS, "time"));
        assertEquals(List.of(), elements(content, XHTML_NS, "section"));
    }

    @Test
    void bodyBlocksKeepTheirOrderAndKind() {
        Document content = render(SampleArticles.english()).contentDocument();
        List<String> kinds = new ArrayList<>();
        Element article = elements(content, XHTML_NS, "article").get(0);
        for (Element child : childElements(article)) {
            kinds.add(child.getLocalName());
        }
        assertEquals(List.of("header", "p", "figure", "h2", "p", "p", "p", "h2", "p", "p", "h2", "p", "p", "section"),
                kinds);
    }

    @Test
    void quotesAndListsBecomeBlockquoteAndOrderedList() {
        Document arabic = render(SampleArticles.arabic()).contentDocument();
        Element quote = elements(arabic, XHTML_NS, "blockquote").get(0);
        assertEquals("p", childElements(quote).get(0).getLocalName());
        assertTrue(quote.getTextContent().startsWith("نريد أن يكون الكتاب"));
        Document chinese = render(SampleArticles.chinese()).contentDocument();
        List<Element> items = childElements(elements(chinese, XHTML_NS, "ol").get(0));
        assertEquals(List.of("转移安置受灾群众", "抢修道路与供电设施", "发放生活救助物资"),
                items.stream().map(Element::getTextContent).toList());
        assertEquals(List.of(), elements(chinese, XHTML_NS, "ul"));
    }

    @Test
    void headingsGetStableIdsThatTheNavigationLinks() {
        UnzippedEpub epub = render(SampleArticles.english());
        List<Element> headings = elements(epub.contentDocument(), XHTML_NS, "h2");
        assertEquals(SampleArticles.ENGLISH_HEADINGS, headings.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("h-1", "h-2", "h-3"), headings.stream().map(h -> h.getAttribute("id")).toList());

        Document nav = epub.navigationDocument();
        Element toc = elements(nav, XHTML_NS, "nav").get(0);
        assertEquals("toc", toc.getAttributeNS(OPS_NS, "type"));
        List<Element> links = elements(nav, XHTML_NS, "a");
        assertEquals(List.of("article.xhtml", "article.xhtml#h-1", "article.xhtml#h-2", "article.xhtml#h-3"),
                links.stream().map(a -> a.getAttribute("href")).toList());
        List<String> linkTexts = new ArrayList<>(List.of(SampleArticles.ENGLISH_TITLE));
        linkTexts.addAll(SampleArticles.ENGLISH_HEADINGS);
        assertEquals(linkTexts, links.stream().map(Element::getTextContent).toList());
        assertEquals(2, elements(nav, XHTML_NS, "ol").size(), "headings nest under the article");
    }

    @Test
    void navigationWithoutHeadingsListsOnlyTheArticle() {
        Document nav = render(SampleArticles.minimal()).navigationDocument();
        assertEquals(1, elements(nav, XHTML_NS, "ol").size());
        assertEquals(List.of("article.xhtml"),
                elements(nav, XHTML_NS, "a").stream().map(a -> a.getAttribute("href")).toList());
    }

    @Test
    void navigationHeadingIsInTheArticleLanguageWhereWeHaveIt() {
        assertEquals(List.of("المحتويات"), texts(render(SampleArticles.arabic()).navigationDocument(), XHTML_NS, "h1"));
        assertEquals(List.of("目录"), texts(render(SampleArticles.chinese()).navigationDocument(), XHTML_NS, "h1"));
    }

    @Test
    void navigationHeadingFallsBackToEnglishMarkedAsEnglish() {
        byte[] epub = RENDERER.render(SampleArticles.minimalWith("sw", List.of()));
        Element heading = elements(UnzippedEpub.of(epub).navigationDocument(), XHTML_NS, "h1").get(0);
        assertEquals("Contents", heading.getTextContent());
        assertEquals("en", heading.getAttribute("lang"));
        assertEquals("en", heading.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEpubIsValid(epub);
    }

    @Test
    void authorCreditedOutsideTheBylineIsStillACreator() {
        Article article = SampleArticles.minimalWith("en", List.of(
                new Credit("Dana Whitfield", Role.AUTHOR, null),
                new Credit("desk@example.org", Role.CONTRIBUTOR, null)));
        Document opf = render(article).packageDocument();
        assertEquals(List.of("Dana Whitfield=aut"), rolesOf(opf, "creator"));
        assertEquals(List.of("desk@example.org=ctb"), rolesOf(opf, "contributor"));
    }

    @Test
    void figcaptionHoldsCaptionAndCredit() {
        Document content = render(SampleArticles.english()).contentDocument();
        Element figcaption = elements(content, XHTML_NS, "figcaption").get(0);
        assertEquals(SampleArticles.ENGLISH_CAPTION + " (" + SampleArticles.ENGLISH_CREDIT + ")",
                figcaption.getTextContent());
        Element credit = withClass(content, "span", "credit").get(0);
        assertEquals(figcaption, credit.getParentNode());
        assertEquals(SampleArticles.ENGLISH_CREDIT, credit.getTextContent());
    }

    @Test
    void chineseCaptionBracketsItsCreditFullWidth() {
        Element figcaption = elements(render(SampleArticles.chinese()).contentDocument(), XHTML_NS, "figcaption").get(0);
        assertEquals("7月11日，救援人员在赣江沿岸一处安置点搬运救灾物资（新华社记者 陈立航 摄）", figcaption.getTextContent());
    }

    @Test
    void creditsSectionHoldsTheNotesVerbatimAfterTheBody() {
        Document content = render(SampleArticles.english()).contentDocument();
        Element credits = withClass(content, "section", "credits").get(0);
        assertEquals("doc-credits", credits.getAttribute("role"));
        assertEquals("credits", credits.getAttributeNS(OPS_NS, "type"));
        assertEquals("Credits", credits.getAttribute("aria-label"));
        List<Element> notes = childElements(credits);
        assertEquals(SampleArticles.ENGLISH_NOTES, notes.stream().map(Element::getTextContent).toList());
        assertTrue(notes.stream().allMatch(note -> note.getLocalName().equals("p")));
        Element article = (Element) credits.getParentNode();
        List<Element> blocks = childElements(article);
        assertEquals(credits, blocks.get(blocks.size() - 1), "credits come after every body block");
    }

    // --- escaping --------------------------------------------------------------------------------

    @Test
    void hostileTextIsEscapedAndReadsBackUnchanged() {
        UnzippedEpub epub = render(SampleArticles.hostile());
        Document content = epub.contentDocument();
        assertEquals(List.of(SampleArticles.HOSTILE_TITLE), texts(content, XHTML_NS, "title"));
        assertEquals(List.of(SampleArticles.HOSTILE_TITLE), texts(content, XHTML_NS, "h1"));
        assertEquals(List.of(), elements(content, XHTML_NS, "script"));
        assertEquals(List.of(), elements(content, XHTML_NS, "img"));
        assertEquals(List.of(), elements(content, XHTML_NS, "b"));
        assertEquals("<!-- subtitle --> & <b>bold</b>", withClass(content, "p", "subtitle").get(0).getTextContent());
        assertEquals("By <Anonymous> & \"Friends\"", withClass(content, "p", "byline").get(0).getTextContent());
        assertEquals(List.of("</h2><h1>injected"), texts(content, XHTML_NS, "h2"));
        assertEquals(List.of("<img src=x onerror=alert(1)> (\"Photo\" & 'AP')"), texts(content, XHTML_NS, "figcaption"));
        assertEquals(List.of("]]><!-- not a comment -->"), texts(content, XHTML_NS, "blockquote"));
        assertEquals(List.of("a < b", "c > d", "&lt;"), texts(content, XHTML_NS, "li"));
        assertEquals("(Editor: <b>O'Brien</b> & Co.)", withClass(content, "section", "credits").get(0).getTextContent().strip());

        Document opf = epub.packageDocument();
        assertEquals(List.of(SampleArticles.HOSTILE_TITLE), texts(opf, DC_NS, "title"));
        assertEquals(List.of("<Anonymous>"), texts(opf, DC_NS, "creator"));
        assertEquals(List.of("O'Brien & <Sons>"), texts(opf, DC_NS, "contributor"));
        assertEquals(List.of("Evil & Sons <Press>"), texts(opf, DC_NS, "publisher"));
        assertEquals(List.of(SampleArticles.HOSTILE_TITLE, "</h2><h1>injected"),
                texts(epub.navigationDocument(), XHTML_NS, "a"));
    }

    @Test
    void charactersIllegalInXmlAreDroppedAndTheRestKept() {
        Document content = render(SampleArticles.hostile()).contentDocument();
        Element body = elements(content, XHTML_NS, "article").get(0);
        Element firstParagraph = childElements(body).get(1);
        assertEquals(SampleArticles.HOSTILE_PARAGRAPH_AS_READ, firstParagraph.getTextContent());
    }

    @Test
    void headingWithoutTextIsLeftOutOfContentAndNavigation() {
        UnzippedEpub epub = render(SampleArticles.hostile());
        assertEquals(List.of(), elements(epub.contentDocument(), XHTML_NS, "h3"));
        assertEquals(2, elements(epub.navigationDocument(), XHTML_NS, "a").size());
    }

    @Test
    void imageOnlyFigureIsLeftOutRatherThanWrittenEmpty() {
        Article minimal = SampleArticles.minimal();
        List<Block> body = new ArrayList<>(minimal.body());
        body.add(new Block.Figure(null, null,
                new Image("images/a.png", "image/png", 10, 10, "a chart")));
        Article withPicture = new Article(minimal.id(), minimal.slug(), minimal.language(), minimal.script(),
                minimal.direction(), minimal.title(), minimal.subtitle(), minimal.byline(), minimal.dateline(),
                minimal.published(), body, minimal.credits(), minimal.notes(), minimal.source(), minimal.wordCount());
        byte[] epub = RENDERER.render(withPicture);
        assertEquals(List.of(), elements(UnzippedEpub.of(epub).contentDocument(), XHTML_NS, "figure"));
        assertEpubIsValid(epub);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** "name=relator" for each dc:creator or dc:contributor, from the role meta that refines it. */
    private static List<String> rolesOf(Document opf, String element) {
        Map<String, String> roleByRefines = meta(opf, "role").stream()
                .collect(Collectors.toMap(meta -> meta.getAttribute("refines"), meta -> {
                    assertEquals("marc:relators", meta.getAttribute("scheme"));
                    return meta.getTextContent();
                }));
        return elements(opf, DC_NS, element).stream()
                .map(name -> name.getTextContent() + "=" + roleByRefines.get("#" + name.getAttribute("id")))
                .toList();
    }

    private static List<Element> meta(Document opf, String property) {
        return elements(opf, OPF_NS, "meta").stream()
                .filter(meta -> meta.getAttribute("property").equals(property))
                .toList();
    }

    private static List<String> metaValues(Document opf, String property) {
        return meta(opf, property).stream().map(Element::getTextContent).toList();
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
