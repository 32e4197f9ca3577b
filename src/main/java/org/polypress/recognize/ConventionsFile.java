package org.polypress.recognize;

import java.util.List;
import java.util.Map;

/**
 * One language's conventions file ({@code conventions/<language>.yaml}) as written; compiled into
 * {@link Conventions}. Field meanings are documented in {@code conventions/en.yaml}.
 */
record ConventionsFile(
        String language,
        Map<String, Integer> months,
        Map<String, String> zones,
        List<String> dates,
        List<String> dateLabels,
        BylineSection byline,
        List<String> nameSeparators,
        CaptionSection captions,
        List<NoteSection> notes,
        List<String> datelines,
        HeadingSection headings) {

    record BylineSection(List<String> prefixes, List<String> strip) {
    }

    record CaptionSection(List<String> credits, List<String> openers) {
    }

    record NoteSection(String role, String pattern) {
    }

    record HeadingSection(int maxWords, int maxChars) {
    }
}
