package org.polypress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 6266 names: an ASCII fallback, and the headline in {@code filename*} that a browser decodes. */
class ContentDispositionTest {

    @Test
    void nonAsciiHeadlineIsKeptReadableInFilenameStar() {
        String header = ContentDisposition.attachment("专家：哈中关系 «Ūnïcode»", "zhuan-jia-1a2b3c4d", "epub");
        assertEquals("attachment; filename=\"zhuan-jia-1a2b3c4d.epub\"; filename*=UTF-8''"
                + "%E4%B8%93%E5%AE%B6%EF%BC%9A%E5%93%88%E4%B8%AD%E5%85%B3%E7%B3%BB%20%C2%AB%C5%AAn%C3%AFcode%C2%BB.epub", header);
        assertEquals("专家：哈中关系 «Ūnïcode».epub", ServeHttpTest.extendedFileName(header));
    }

    @Test
    void separatorsQuotesAndControlsNeverReachTheName() {
        assertEquals("a b c d e f", ContentDisposition.fileName("a/b\\c\"d\u0000e\u202Ef"));
        assertEquals("etc passwd", ContentDisposition.fileName("../../etc/passwd"));
        assertEquals("", ContentDisposition.fileName("  ...  "));
        assertEquals("slug.md", ServeHttpTest.extendedFileName(ContentDisposition.attachment("...", "slug", "md")));
        assertEquals(80, ContentDisposition.fileName("字".repeat(300)).codePointCount(0, 80));
    }
}
