package org.polypress.serve;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The HTML page listing the published articles, newest first, the language versions of one story
 * together under the story's own download. Built as a jsoup document: every value is set as text or as
 * an attribute, and jsoup escapes it when it prints, so a headline such as
 * {@code <img src=x onerror=alert(1)>} is shown as those characters, and so is a failed file's name or reason. It
 * needs no JavaScript: the language filter is a form that asks for {@code /?lang=…}, the upload and each retry are
 * forms that post to this server; the page's one script ({@code /assets/local-time.js}) only writes each date in the
 * reader's own zone.
 */
public final class ListPage {

    /** Articles on one page unless {@code polypress.http.page-size} says otherwise. */
    static final int PAGE_SIZE = 50;
    private static final List<String> COLUMNS = List.of("Title", "Language", "Date", "Source", "Authors", "Download");
    private static final List<String> FAILED_COLUMNS = List.of("File", "Stage", "Reason", "Failed at", "");
    /** Where the page's forms post: an upload, and a failed file given back to the drop folder. */
    static final String UPLOAD = "/upload";
    static final String RETRY = "/failed/retry";
    /** Failed files listed on the page at most, the newest: GET /api/failed lists every one. */
    static final int FAILURES_SHOWN = 100;
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,'Noto Sans','Noto Sans CJK SC','Noto Naskh Arabic',sans-serif;margin:2rem;color:#222}",
            "table{border-collapse:collapse;width:100%}",
            "th,td{text-align:start;padding:.35rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}",
            "tbody.story th{background:#f3f3f3;font-weight:normal}",
            "td.downloads a{margin-inline-end:.6rem}",
            "form{margin:1rem 0}",
            "td form{margin:0}",
            "section.failed{margin:1.5rem 0;padding:.5rem 1rem;background:#fff6f4;border:1px solid #e8c4bd}",
            "section.failed h2{font-size:1.1rem;margin:.3rem 0}",
            "td.reason small.detail{display:block;color:#666}",
            "form.upload .hint{color:#666}",
            "nav.pages a{margin-inline-start:1rem}");

    /**
     * The page for {@code articles} (newest first); with {@code language} (a tag, any case) only that
     * language's articles are listed. An unknown language lists nothing and says so.
     */
    public String render(List<ArticleEntry> articles, String language) {
        return render(articles, ArticleQuery.parse(null, language, null, null, null, ArticleQuery.MAX_LIMIT), null, 1,
                PAGE_SIZE);
    }

    /**
     * Page {@code number} (from 1, {@code size} articles each) of the articles {@code query} matches (its language,
     * every word of {@code search} in the title or the authors, as the API finds them); the form shows both, and
     * links to the pages before and after keep them. What matches nothing says so.
     */
    public String render(List<ArticleEntry> articles, ArticleQuery query, String search, int number, int size) {
        return render(articles, query, search, number, size, List.of());
    }

    /**
     * The page as above, with a form to upload an article file and, when the pipeline could not publish some files,
     * a section listing them (newest first) with their reason and a button that gives each back to the drop folder.
     */
    public String render(List<ArticleEntry> articles, ArticleQuery query, String search, int number, int size,
            List<FailedFiles.Failure> failures) {
        String wanted = query.language();
        String words = search == null || search.isBlank() ? null : search.strip();
        // in the order the page shows them, the versions of a story together, then the page's part of it
        List<ArticleEntry> matching = stories(articles.stream().filter(query::matches).toList()).stream()
                .flatMap(List::stream).toList();
        int from = (int) Math.min(matching.size(), (long) (number - 1) * size);
        List<ArticleEntry> shown = matching.subList(from, Math.min(matching.size(), from + size));

        Document page = new Document("");
        page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base)
                // printed as built: text keeps every space it has
                .prettyPrint(false);
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("lang", "en");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("Polypress: published articles");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        // the page's one script, from this server: dates in the reader's own zone (in UTC without it)
        head.appendElement("script").attr("src", Site.SCRIPT).attr("defer", true);
        Element body = html.appendElement("body");
        body.appendElement("h1").text("Published articles");
        Element form = languageForm(body, articles, wanted);
        form.appendElement("label").attr("for", "q").text(" Title or author ");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q")
                .attr("value", words == null ? "" : words);
        form.appendElement("button").attr("type", "submit").text("Show");
        uploadForm(body);
        if (!failures.isEmpty()) {
            failedSection(body, failures);
        }
        if (matching.isEmpty()) {
            body.appendElement("p").addClass("empty").text(articles.isEmpty()
                    ? "Nothing is published yet: drop an article into the input folder."
                    : words != null ? "No article" + (wanted == null ? "" : " in " + wanted) + " holds “" + words + "”."
                    : "No article in " + wanted + ".");
            return page.outerHtml();
        }
        int pages = (matching.size() + size - 1) / size;
        Element nav = body.appendElement("nav").addClass("pages");
        nav.appendElement("span").addClass("count").text(shown.isEmpty()
                ? "No page " + number + ": " + matching.size() + " articles on " + pages + (pages == 1 ? " page" : " pages")
                : "Articles " + (from + 1) + "–" + (from + shown.size()) + " of " + matching.size());
        if (number > 1) {
            nav.appendElement("a").addClass("newer").attr("rel", "prev")
                    .attr("href", pageLink(wanted, words, Math.min(number - 1, pages))).text("← newer");
        }
        if (number < pages) {
            nav.appendElement("a").addClass("older").attr("rel", "next").attr("href", pageLink(wanted, words, number + 1))
                    .text("older →");
        }
        if (shown.isEmpty()) {
            return page.outerHtml();
        }
        Element table = body.appendElement("table").addClass("articles");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : COLUMNS) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        for (List<ArticleEntry> group : stories(shown)) {
            ArticleEntry first = group.get(0);
            Element rows = table.appendElement("tbody");
            if (first.translationKey() != null) {
                storyHeading(rows, first.translationKey(), group.size());
            }
            for (ArticleEntry article : group) {
                row(rows, article);
            }
        }
        return page.outerHtml();
    }

    /** The address of page {@code number} of the list for {@code language} and {@code words} (either may be null). */
    private static String pageLink(String language, String words, int number) {
        StringBuilder link = new StringBuilder("/?page=").append(number);
        if (language != null) {
            link.append("&lang=").append(java.net.URLEncoder.encode(language, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (words != null) {
            link.append("&q=").append(java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    /** Articles grouped by story (a story where its newest version stands), each story in language order. */
    private static List<List<ArticleEntry>> stories(List<ArticleEntry> newestFirst) {
        Map<String, List<ArticleEntry>> groups = new LinkedHashMap<>();
        for (ArticleEntry article : newestFirst) {
            String key = article.translationKey() == null ? "article:" + article.slug() : "story:" + article.translationKey();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
        }
        List<List<ArticleEntry>> stories = new ArrayList<>();
        for (List<ArticleEntry> group : groups.values()) {
            group.sort(Comparator.comparing((ArticleEntry a) -> a.language().toLowerCase(Locale.ROOT)));
            stories.add(group);
        }
        return stories;
    }

    private static Element languageForm(Element body, List<ArticleEntry> articles, String wanted) {
        TreeSet<String> languages = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        articles.forEach(a -> languages.add(a.language()));
        Element form = body.appendElement("form").attr("method", "get").attr("action", "/");
        Element label = form.appendElement("label").attr("for", "lang");
        label.text("Language ");
        Element select = form.appendElement("select").attr("name", "lang").attr("id", "lang");
        select.appendElement("option").attr("value", "").text("all languages");
        for (String language : languages) {
            Element option = select.appendElement("option").attr("value", language)
                    .text(language + " · " + nativeName(language));
            if (language.equalsIgnoreCase(String.valueOf(wanted))) {
                option.attr("selected", true);
            }
        }
        return form;
    }

    /** A form that sends one article file to the drop folder ({@code POST /upload}), as the API takes it. */
    private static void uploadForm(Element body) {
        Element form = body.appendElement("form").addClass("upload").attr("method", "post").attr("action", UPLOAD)
                .attr("enctype", "multipart/form-data");
        form.appendElement("label").attr("for", "file").text("Article file ");
        form.appendElement("input").attr("type", "file").attr("name", "file").attr("id", "file").attr("required", true);
        form.appendElement("button").attr("type", "submit").text("Upload");
        form.appendElement("span").addClass("hint").text(" listed here once the pipeline has converted it");
    }

    /**
     * The files the pipeline could not publish: name, stage, reason (the detail below it), time, and a retry; an
     * article a worker put on the broker's dead-letter queue says so, and names the queue, where a file has its retry.
     */
    private static void failedSection(Element body, List<FailedFiles.Failure> failures) {
        Element section = body.appendElement("section").addClass("failed").attr("aria-labelledby", "failed-heading");
        section.appendElement("h2").attr("id", "failed-heading")
                .text("Could not be published (" + failures.size() + ")");
        Element table = section.appendElement("table").addClass("failed");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : FAILED_COLUMNS) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (FailedFiles.Failure failure : failures.subList(0, Math.min(failures.size(), FAILURES_SHOWN))) {
            Element row = rows.appendElement("tr").addClass("failure").attr("data-name", failure.name());
            Element file = row.appendElement("td").addClass("file").text(failure.file());
            if (failure.deadLetter()) {
                row.addClass("dead-letter");
            } else if (!failure.name().equals(failure.file())) {
                file.appendElement("span").addClass("kept-as").text(" (kept as " + failure.name() + ")");
            }
            row.appendElement("td").addClass("stage").text(failure.stage());
            Element reason = row.appendElement("td").addClass("reason").attr("title", failure.detail());
            reason.appendElement("span").addClass("why").text(failure.reason());
            if (!failure.detail().isEmpty()) {
                reason.appendElement("small").addClass("detail").text(failure.detail());
            }
            ShownDate.append(row.appendElement("td").addClass("time"), failure.time(), failure.time());
            if (failure.deadLetter()) {
                // its file was archived by the ingest node that queued it: nothing here to give back
                row.appendElement("td").addClass("queue").text("Dead letter, on the broker's queue " + failure.queue());
                continue;
            }
            Element retry = row.appendElement("td").addClass("retry").appendElement("form").attr("method", "post")
                    .attr("action", RETRY);
            retry.appendElement("input").attr("type", "hidden").attr("name", "name").attr("value", failure.name());
            retry.appendElement("button").attr("type", "submit").text("Retry");
        }
        if (failures.size() > FAILURES_SHOWN) {
            Element more = section.appendElement("p").addClass("more")
                    .text("The " + FAILURES_SHOWN + " newest are shown; ");
            more.appendElement("a").attr("href", "/api/failed").text("all " + failures.size());
            more.appendText(" are listed as JSON.");
        }
    }

    private static void storyHeading(Element rows, String key, int versions) {
        rows.addClass("story").attr("data-story", key);
        Element cell = rows.appendElement("tr").addClass("story-heading").appendElement("th")
                .attr("colspan", Integer.toString(COLUMNS.size()));
        cell.appendText("Story " + key + ", " + versions + (versions == 1 ? " language " : " languages "));
        cell.appendElement("a").attr("href", PublishedFiles.storyLink(key))
                .addClass("story-epub").text("all languages in one EPUB");
    }

    private static void row(Element rows, ArticleEntry article) {
        Element row = rows.appendElement("tr").addClass("article")
                .attr("data-slug", article.slug()).attr("data-lang", article.language());
        // the title opens the article as a page to read
        row.appendElement("td").addClass("title").attr("lang", article.language()).attr("dir", article.direction())
                .appendElement("a").attr("href", "/read/" + article.slug()).text(article.title());
        row.appendElement("td").addClass("language").text(article.language());
        // the normalized instant (in the reader's zone once the script ran), the source's own words on hover
        ShownDate.append(row.appendElement("td").addClass("date"), article.publishedText(), article.publishedIso());
        // the .txt and the .html of one article are told apart by what they were made from
        row.appendElement("td").addClass("source").text(SourceFormat.of(article.sourceFileName()));
        row.appendElement("td").addClass("authors").attr("lang", article.language()).attr("dir", article.direction())
                .text(String.join(", ", article.authors()));
        Element downloads = row.appendElement("td").addClass("downloads");
        for (Format format : Format.values()) {
            downloads.appendElement("a").attr("href", "/articles/" + article.slug() + "." + format.extension())
                    .addClass(format.name().toLowerCase(java.util.Locale.ROOT)).text("." + format.extension());
        }
    }

    /** The language's name in itself (ICU's CLDR names): {@code 中文}, {@code العربية}. */
    private static String nativeName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        return name.isBlank() || name.equals(tag) ? tag : name;
    }
}
