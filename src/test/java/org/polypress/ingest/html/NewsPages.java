package org.polypress.ingest.html;

/**
 * Small news pages written for the tests: an article of our own inside what sites put around one
 * (navigation, advertising, share buttons, related stories, comments, a footer).
 */
final class NewsPages {

    private NewsPages() {
    }

    /** A harbour story with a date above the headline, a byline link, a photo, a subheading and a list. */
    static final String FERRY = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Island ferry resumes after three-day storm | Coastal Courier</title>
              <meta property="og:title" content="Island ferry resumes after three-day storm">
              <script>window.dataLayer = [{"page": "article"}];</script>
              <style>.ad { display: block }</style>
            </head>
            <body>
              <header class="site-header">
                <a href="/">Coastal Courier</a>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/weather">Weather</a></li></ul></nav>
              </header>
              <div class="ad banner">Buy a boat today! Summer sale on every dinghy.</div>
              <main>
                <article>
                  <ul class="breadcrumbs"><li><a href="/news">News</a></li><li><a href="/news/harbour">Harbour</a></li></ul>
                  <p class="dateline"><time datetime="2024-03-18T09:15:00+01:00">18 March 2024 09:15</time></p>
                  <h1>Island ferry resumes after three-day storm</h1>
                  <p class="byline">By <a href="/authors/ines-marlow">Ines Marlow</a></p>
                  <div class="share-tools"><a href="https://x.example/share">Share on X</a>
                    <a href="https://fb.example/share">Share on Facebook</a></div>
                  <figure>
                    <img src="ferry.jpg" alt="">
                    <figcaption>The first crossing leaves the harbour on Monday morning.<span class="credit">Photo: Tom Reyes</span></figcaption>
                  </figure>
                  <div class="article-body">
                    <p>The island ferry resumed its timetable on Monday morning, three days after a storm forced the
                      operator to cancel every crossing, the harbour authority said.</p>
                    <p>Pupils, workers and pensioners filled the first boat, which left at 6:40, twenty minutes late,
                      while crews cleared seaweed from the ramp.</p>
                    <!-- ad slot: do not remove -->
                    <div class="ad">Advertisement: holidays on the mainland from 99 euros.</div>
                    <h2>Repairs at the pier</h2>
                    <p>Engineers will inspect the damaged pier this week; until then, cars board from the northern ramp,
                      which is slower.<br>The operator apologised for the delays.</p>
                    <blockquote><p>"We have never seen waves like these in March," the captain said.</p></blockquote>
                    <ul>
                      <li>First crossing: 6:40</li>
                      <li>Last crossing: 21:10</li>
                    </ul>
                    <p>(Editing by Paul Ortega)</p>
                  </div>
                  <aside class="related"><h3>Related stories</h3><ul>
                    <li><a href="/a">Storm closes schools on the island</a></li>
                    <li><a href="/b">Harbour fees to rise in summer</a></li></ul></aside>
                </article>
                <section class="comments">
                  <h3>3 comments</h3>
                  <p>Finally! I missed two days of work, this is not acceptable at all, really.</p>
                  <form><textarea></textarea><button>Post</button></form>
                </section>
              </main>
              <div class="related-links"><a href="/c">Most read: a whale in the bay</a> <a href="/d">Tide tables</a></div>
              <footer><p>© 2024 Coastal Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body>
            </html>
            """;

    /** An old-style page: no semantic element, the story in nested tables and divs beside a link column. */
    static final String TABLES = """
            <html>
            <head><title>Council approves new library -- City News -- Daily Record</title></head>
            <body>
            <table><tr>
              <td class="left-column"><a href="/1">Home</a><br><a href="/2">City</a><br><a href="/3">Archive</a><br>
                <a href="/4">Contact</a></td>
              <td><div id="story">
                <h1>Council approves new library</h1>
                <div>The city council approved on Tuesday the construction of a new public library, ending a debate
                  that lasted four years, with 31 votes in favour and 9 against.</div>
                <div>The library, planned beside the old market, will hold 120,000 books, a children's floor and a
                  room for evening classes, the mayor said.</div>
                <div>Construction is expected to start next spring, and the doors to open in two years.</div>
              </div></td>
            </tr></table>
            <div class="footer">Daily Record, 12 Main Street</div>
            </body></html>
            """;
}
