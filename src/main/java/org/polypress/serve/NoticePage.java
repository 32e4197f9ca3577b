package org.polypress.serve;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The short page a browser gets back from the list page's forms (the upload, a retry) when it is refused: a
 * heading, one sentence and a link back to the list. Built as a jsoup document, like the list page, so a file name
 * quoted in the sentence is shown as text, whatever it holds.
 */
final class NoticePage {

    /** Nothing runs and nothing loads: the page is its text and its link. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

    private NoticePage() {
    }

    /** A page with {@code status}, {@code title} as its heading and {@code sentence} below it. */
    static HttpReply of(int status, String title, String sentence) {
        Document page = new Document("");
        page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("lang", "en");
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text("Polypress: " + title);
        Element body = html.appendElement("body");
        body.appendElement("h1").text(title);
        body.appendElement("p").addClass("message").text(sentence);
        body.appendElement("p").appendElement("a").attr("href", "/").text("Back to the published articles");
        return HttpReply.text(status, "text/html; charset=UTF-8", page.outerHtml())
                .with("Cache-Control", "no-store")
                .with("Content-Security-Policy", POLICY)
                .with("X-Content-Type-Options", "nosniff");
    }

    /** {@code 303 See Other} to the list page: what a form answers once it did its work (post, redirect, get). */
    static HttpReply backToTheList() {
        return HttpReply.text(303, "text/plain; charset=UTF-8", "See the list: /\n")
                .with("Location", "/")
                .with("Cache-Control", "no-store");
    }
}
