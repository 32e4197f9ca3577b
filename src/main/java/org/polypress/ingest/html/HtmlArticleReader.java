package org.polypress.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.polypress.ingest.SourceBlock;
import org.polypress.ingest.Spaces;
import org.polypress.ingest.LanguageTags;
import org.polypress.ingest.StatedMetadata;

/**
 * Reads an HTML page saved from a news site into the article text a careful reader would copy from it, in
 * the shape of the corpus {@code .txt} files (headline, date line, byline, paragraphs, subheadings, captions
 * with credits, credit lines, one blank line between blocks), so the recognizer reads it like any text.
 *
 * <p>Why jsoup and not Tika's structured XHTML output: finding an article in a page needs the page as a
 * tree (a container is scored by all the paragraphs under it, a block by the share of its text in links),
 * and it needs what Tika's HTML mapping drops: {@code <figure>}, {@code <figcaption>}, {@code <time>},
 * {@code <header>}, {@code <nav>}, {@code <aside>}, and every class, id, role and {@code hidden} attribute,
 * which say what is furniture and what is a photo credit. Tika's {@code IdentityHtmlMapper} would keep the
 * elements, but a SAX stream would still have to be built back into a tree before anything could be scored:
 * parsing the decoded page with jsoup (which Tika itself uses to parse HTML) gives that tree directly, with
 * the same HTML5 error recovery. Tika keeps what it does better: detecting the type and reading the
 * declared encoding ({@link HtmlDecoder}).
 *
 * <p>The steps: decode; choose the headline ({@code <h1>} matching the page's stated title, else the stated
 * title); read the date and authors its metadata states ({@link PageMetadataReader}), carried beside the
 * text for the recognizer to fall back on; remove furniture ({@link BoilerplateRemover}); find the body ({@link ArticleBodyFinder}); write the
 * headline, what stands between the headline and the body (date, byline, top photo, standfirst), then the
 * body ({@link HtmlBlocks}). Thread-safe: it holds no state between pages.
 */
public final class HtmlArticleReader {

    /** Separators before a site's name in a title: "Headline | Site", "Headline - Site", "Headline｜Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—]\\s|｜|\\s::\\s|\\s?--\\s?|――|\\s_\\s");
    /** A site's address standing for its name: "example.com", "www.example.co.uk". */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    /** Separators between a title's parts. */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s[|｜\\-–—:]\\s");
    /** A part of a title shorter than this is a site's name or a section, never a headline. */
    private static final int MIN_TITLE_PART_CHARS = 12;
    /** A kicker inside a headline is a word or a few: "Premier League", "Eskalation im Nahen Osten". */
    private static final int MAX_KICKER_CHARS = 60;

    /** A heading of this many words under the headline is its deck; a shorter one a label. */
    private static final int DECK_WORDS = 5;
    /** The blocks that hold the story's own text. */
    private static final java.util.Set<SourceBlock.Hint> TEXT_HINTS = java.util.EnumSet.of(SourceBlock.Hint.NONE,
            SourceBlock.Hint.STANDFIRST, SourceBlock.Hint.LIST, SourceBlock.Hint.ORDERED_LIST, SourceBlock.Hint.QUOTE);
    /** A paragraph this long is running text whatever its last character. */
    private static final int PROSE_CHARS = 100;
    /** A sentence of this many words is running text. */
    private static final int PROSE_WORDS = 6;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\\p{Pf}\\p{Pe}\"'»]*$");

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final BoilerplateRemover remover = new BoilerplateRemover();
    private final PageMetadataReader metadataReader = new PageMetadataReader();

    public HtmlArticle read(byte[] bytes) {
        DecodedHtml decoded = decoder.decode(bytes);
        Document page = Jsoup.parse(decoded.html());
        String statedTitle = statedTitle(page);
        String language = statedLanguage(page);
        Element headline = headline(page, statedTitle);
        StatedMetadata stated = metadataReader.read(page, statedTitle);
        remover.clean(page, headline);
        Element body = ArticleBodyFinder.find(page, headline);
        List<SourceBlock> blocks = new ArrayList<>();
        ArticleRegion region = new ArticleRegion(headline, body);
        List<SourceBlock> dateLine = region.dateLineAbove();
        HtmlBlocks written = region.written();
        List<SourceBlock> article = written.blocks();
        if (!dateLine.isEmpty() && !article.containsAll(dateLine)) {
            blocks.addAll(dateLine);
        }
        if (headline != null) {
            blocks.addAll(statedHeadline(headlineBlocks(headline), statedTitle));
        } else if (statedTitle != null) {
            blocks.add(SourceBlock.of(SourceBlock.Hint.HEADLINE, statedTitle));
        }
        int before = blocks.size();
        blocks.addAll(article);
        retypeHeaderHeadings(blocks, before, headline == null ? headlineText(blocks) : Spaces.tidyLine(headline.text()));
        List<HtmlBlocks.Picture> pictures = written.pictures().stream()
                .map(p -> new HtmlBlocks.Picture(p.block() + before, p.src(), p.alt())).toList();
        return new HtmlArticle(blocks, decoded.charset(), decoded.confidence(), decoded.warnings(), language, stated,
                pictures);
    }

    /**
     * The headline's blocks: the headline, and before it the kicker a site sets inside its {@code <h1>} in an element
     * of its own ({@code <h1><span>Topic</span> Headline</h1>}) when what follows it is the longer part.
     */
    private static List<SourceBlock> headlineBlocks(Element headline) {
        String whole = Spaces.tidyLine(headline.text());
        List<SourceBlock> blocks = new ArrayList<>();
        Element first = leadingElement(headline);
        if (first != null && !first.text().isBlank()) {
            String kicker = Spaces.tidyLine(first.text());
            String rest = whole.startsWith(kicker) ? whole.substring(kicker.length()).strip() : "";
            rest = rest.replaceFirst("^[:|–—-]\\s*", "");
            if (!rest.isEmpty() && kicker.length() * 2 < rest.length() && kicker.length() <= MAX_KICKER_CHARS) {
                blocks.add(SourceBlock.of(SourceBlock.Hint.KICKER, kicker));
                blocks.add(SourceBlock.of(SourceBlock.Hint.HEADLINE, rest));
                return blocks;
            }
        }
        if (!whole.isEmpty()) {
            blocks.add(SourceBlock.of(SourceBlock.Hint.HEADLINE, whole));
        }
        return blocks;
    }

    private static String headlineText(List<SourceBlock> blocks) {
        return blocks.stream().filter(b -> b.hint() == SourceBlock.Hint.HEADLINE).map(SourceBlock::joined)
                .findFirst().orElse(null);
    }

    /**
     * Retypes the headings that are no subheadings, from {@code from} on: one repeating the headline (a print
     * heading, a heading of the story's own box) is left out; one set between the headline and the first
     * prose (of a paragraph, the standfirst, a list, a quote) divides no text, so it is the headline's deck when it is a sentence's length
     * ({@link SourceBlock.Hint#STANDFIRST}), else a label of the page (text the recognizer reads by its rules).
     */
    private static void retypeHeaderHeadings(List<SourceBlock> blocks, int from, String headline) {
        String repeated = headline == null ? null : squash(headline);
        boolean inHeader = true;
        for (int i = from; i < blocks.size(); i++) {
            SourceBlock block = blocks.get(i);
            if (TEXT_HINTS.contains(block.hint()) && isProse(String.join(" ", block.lines()))) {
                inHeader = false;
            }
            if (block.hint() != SourceBlock.Hint.HEADING) {
                continue;
            }
            String text = block.joined();
            if (repeated != null && squash(text).equals(repeated)) {
                blocks.remove(i--);
            } else if (inHeader) {
                SourceBlock.Hint hint = words(text) >= DECK_WORDS ? SourceBlock.Hint.STANDFIRST
                        : SourceBlock.Hint.NONE;
                blocks.set(i, new SourceBlock(hint, 0, block.lines()));
            }
        }
    }

    /**
     * How many words a text has: its runs between spaces; for a text in a script written without spaces (Chinese,
     * Japanese), about one per two characters.
     */
    private static int words(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        long wide = stripped.codePoints().filter(HtmlArticleReader::isWide).count();
        int chars = stripped.codePointCount(0, stripped.length());
        return wide * 2 > chars ? chars / 2 : stripped.split("\\s+").length;
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }

    /** A paragraph of running text: long, or a sentence of a few words. */
    private static boolean isProse(String text) {
        return text.codePointCount(0, text.length()) >= PROSE_CHARS
                || words(text) >= PROSE_WORDS && SENTENCE_END.matcher(text).find();
    }

    /**
     * The headline's blocks with the page's stated title ({@code og:title}, else {@code <title>}) for the headline
     * when it is the same headline: with a kicker before it that the page shows apart ("Akkutechnik: Hat …" over
     * an {@code <h1>} "Hat …"), without a kicker the {@code <h1>} carries ("Premier League Rückschlag …" for
     * "Rückschlag …", the kicker then a block of its own), or in other punctuation (straight quotes for curly
     * ones). The stated title is the title the publisher gives the story; a stated title of other words is a
     * title for sharing, and the page's heading stays the headline.
     */
    private static List<SourceBlock> statedHeadline(List<SourceBlock> shown, String statedTitle) {
        int at = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).hint() == SourceBlock.Hint.HEADLINE) {
                at = i;
            }
        }
        String stated = statedTitle == null ? "" : letters(statedTitle);
        if (at < 0 || stated.length() < MIN_TITLE_PART_CHARS) {
            return shown;
        }
        String text = shown.get(at).joined();
        String own = letters(text);
        List<SourceBlock> blocks = new ArrayList<>();
        int bar = Math.max(statedTitle.lastIndexOf('|'), statedTitle.lastIndexOf('｜'));
        if (bar >= 0 && letters(statedTitle.substring(bar + 1)).equals(own)) {
            // a bar sets off a section, a topic or the site's name before the headline: a path, not a kicker
            return shown;
        }
        if (stated.endsWith(own)) {
            // the stated title holds the kicker shown apart: it is not repeated above the headline
            String kicker = stated.substring(0, stated.length() - own.length());
            shown.stream().filter(b -> b.hint() != SourceBlock.Hint.HEADLINE
                    && !(b.hint() == SourceBlock.Hint.KICKER && letters(b.joined()).equals(kicker))).forEach(blocks::add);
            blocks.add(Math.min(at, blocks.size()), SourceBlock.of(SourceBlock.Hint.HEADLINE, statedTitle));
            return blocks;
        }
        if (own.endsWith(stated)) {
            String kicker = Spaces.tidyLine(before(text, stated.length()).replaceFirst("[\\s:|/–—-]+$", ""));
            blocks.addAll(shown.subList(0, at));
            if (!kicker.isEmpty() && kicker.length() <= MAX_KICKER_CHARS) {
                blocks.add(SourceBlock.of(SourceBlock.Hint.KICKER, kicker));
            }
            blocks.add(SourceBlock.of(SourceBlock.Hint.HEADLINE, statedTitle));
            blocks.addAll(shown.subList(at + 1, shown.size()));
            return blocks;
        }
        return shown;
    }

    /** A text's letters and digits, lower case: what two wordings of one title share. */
    private static String letters(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "");
    }

    /** What stands in {@code text} before its last {@code count} letters and digits. */
    private static String before(String text, int count) {
        int seen = 0;
        int i = text.length();
        while (i > 0 && seen < count) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                seen += Character.toChars(Character.toLowerCase(cp)).length;
            }
        }
        return text.substring(0, i);
    }

    /** The element a headline opens with, before any of its own text, when there is more after it; or null. */
    private static Element leadingElement(Element headline) {
        for (org.jsoup.nodes.Node node : headline.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode text) {
                if (!text.isBlank()) {
                    return null;
                }
            } else if (node instanceof Element element) {
                // a headline wrapped whole in a link or a span opens with its wrapper: look inside it
                return element.text().strip().equals(headline.text().strip()) ? leadingElement(element) : element;
            }
        }
        return null;
    }

    /** {@code og:title}, else {@code <title>} without the site's name after it. */
    static String statedTitle(Document page) {
        Element og = page.selectFirst("meta[property=og:title], meta[name=og:title]");
        String title = og != null && !og.attr("content").isBlank() ? og.attr("content") : page.title();
        List<String> sites = siteNames(page);
        String cut = trail(title.strip());
        while (true) {
            java.util.regex.Matcher m = TITLE_SEPARATOR.matcher(cut);
            int at = -1;
            while (m.find()) {
                at = m.start();
            }
            if (at <= 0) {
                break;
            }
            m.find(at);
            String head = cut.substring(0, at).strip();
            String tail = cut.substring(m.end()).strip();
            boolean pipe = m.group().contains("|") || m.group().contains("｜") || m.group().contains("::");
            // a part after a separator is the site's name when the page names its site so, or it is an address; after
            // a bar (which headlines do not use) when most of the title stays; a dash is a headline's own punctuation
            boolean site = isSiteName(tail, sites) || DOMAIN.matcher(tail).matches()
                    || pipe && head.length() >= tail.length();
            if (!site || head.isEmpty()) {
                break;
            }
            cut = head;
        }
        return cut.isBlank() ? null : cut;
    }

    /**
     * A title followed by a trail of two parts or more ("Headline -- City News -- Daily Record", "Headline - Sport -
     * Site"): the headline, the longest part, first. Else the title as it is.
     */
    private static String trail(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 3) {
            return title;
        }
        String first = parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].strip().length() >= first.length()) {
                return title;
            }
        }
        return first;
    }

    /** The names the page gives its site: {@code og:site_name}, {@code application-name}, the JSON-LD publisher. */
    private static List<String> siteNames(Document page) {
        List<String> names = new ArrayList<>();
        for (Element meta : page.select("meta[property=og:site_name], meta[name=og:site_name], "
                + "meta[name=application-name], meta[name=apple-mobile-web-app-title]")) {
            if (!meta.attr("content").isBlank()) {
                names.add(squash(meta.attr("content")));
            }
        }
        return names;
    }

    private static boolean isSiteName(String part, List<String> sites) {
        String p = squash(part);
        return !p.isEmpty() && sites.stream().anyMatch(s -> !s.isEmpty() && (p.equals(s) || p.contains(s)
                || s.contains(p) && p.length() * 2 >= s.length()));
    }

    private static String statedLanguage(Document page) {
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang").strip();
        if (lang.isEmpty()) {
            Element meta = page.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = meta == null ? "" : meta.attr("content").strip();
        }
        return LanguageTags.canonical(lang);
    }

    /**
     * The {@code <h1>} that states the headline: the one the page's title contains or that contains it (a
     * site's logo is an {@code <h1>} too on some pages), else the first that is not only a link.
     */
    private static Element headline(Document page, String statedTitle) {
        List<Element> headings = page.select("h1").stream().filter(h -> !h.text().isBlank()).toList();
        if (statedTitle != null) {
            String stated = squash(statedTitle);
            for (Element h : headings) {
                String text = squash(h.text());
                if (stated.contains(text) && text.length() * 2 >= stated.length() || text.contains(stated)) {
                    return h;
                }
            }
        }
        if (headings.isEmpty() && statedTitle != null) {
            Element whole = titleElement(page, squash(statedTitle));
            return whole != null ? whole : titlePartElement(page, statedTitle);
        }
        return headings.stream().filter(h -> LinkDensity.of(h) < 0.5).findFirst().orElse(null);
    }

    /**
     * On a page without {@code <h1>} (old layouts set the headline in {@code <font size=5><b>}), the element
     * whose whole text is the stated title, the innermost of its wrappers, unless it is a link (a teaser of the
     * same story); or null. Written apart, the headline is then not run into the byline below it.
     */
    private static Element titleElement(Document page, String stated) {
        for (Element candidate : page.body().getAllElements()) {
            if (candidate != page.body() && squash(candidate.text()).equals(stated)) {
                Element inner = candidate;
                while (inner.childrenSize() == 1 && squash(inner.child(0).text()).equals(stated)) {
                    inner = inner.child(0);
                }
                return LinkDensity.of(inner) < 0.5 && inner.closest("a") == null ? inner : null;
            }
        }
        return null;
    }

    /**
     * On a page without {@code <h1>} whose title names the site first ("Jornal da Costa - Headline", which the
     * suffix rule cannot cut), the element holding the longest part of the title that the page prints on its
     * own; or null.
     */
    private static Element titlePartElement(Document page, String statedTitle) {
        List<String> parts = new ArrayList<>(List.of(TITLE_PARTS.split(statedTitle)));
        parts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String part : parts) {
            String squashed = squash(part);
            if (parts.size() > 1 && squashed.length() >= MIN_TITLE_PART_CHARS) {
                Element found = titleElement(page, squashed);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\p{Zs}]+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
