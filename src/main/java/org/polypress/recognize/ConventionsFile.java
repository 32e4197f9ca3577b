package org.polypress.recognize;

import java.util.List;
import java.util.Map;

/**
 * One language's conventions file ({@code conventions/<language>.yaml}) as written; compiled into
 * {@link Conventions}. Field meanings are documented in {@code conventions/en.yaml}.
 */
record ConventionsFile(
        String language,
        String zone,
        Map<String, Integer> months,
        Map<String, Integer> solarHijriMonths,
        Map<String, String> zones,
        Map<String, String> meridiem,
        List<String> dates,
        List<String> relativeDates,
        List<String> dateLabels,
        List<String> modifiedLabels,
        BylineSection byline,
        List<String> nameSeparators,
        CaptionSection captions,
        List<NoteSection> notes,
        List<NoteSection> trailingCredits,
        List<String> endMarkers,
        List<String> pageControls,
        List<String> datelines,
        HeadingSection headings,
        List<String> agencies,
        List<String> furniture,
        List<String> kickers,
        List<String> alsoFor,
        List<String> relatedLabels,
        String datesOf,
        List<String> editorNotes) {

    record BylineSection(List<String> prefixes, List<String> patterns, List<String> strip, String name,
            List<String> titles) {
    }

    record CaptionSection(List<String> credits, List<NoteSection> creditLines, List<String> openers,
            List<String> labels, List<String> marks) {
    }

    record NoteSection(String role, String pattern) {
    }

    record HeadingSection(int maxWords, int maxChars) {
    }
}
