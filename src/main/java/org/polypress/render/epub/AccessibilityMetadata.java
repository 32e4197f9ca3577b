package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.List;
import org.polypress.model.Article;
import org.polypress.model.Block;

/**
 * The EPUB Accessibility (schema.org) metadata, stated from what this EPUB really contains: one
 * text-only document in reading order with a table of contents. Image files are never packed (the
 * model carries only their path), so the book is textual even when the article had photos; the
 * summary says what became of them.
 *
 * @param accessModes          {@code schema:accessMode} values
 * @param accessModeSufficient {@code schema:accessModeSufficient} values
 * @param features             {@code schema:accessibilityFeature} values
 * @param hazards              {@code schema:accessibilityHazard} values
 * @param summary              {@code schema:accessibilitySummary}, in English
 */
record AccessibilityMetadata(
        List<String> accessModes,
        List<String> accessModeSufficient,
        List<String> features,
        List<String> hazards,
        String summary) {

    /** The language of {@link #summary}, marked on its {@code meta} element. */
    static final String SUMMARY_LANGUAGE = "en";

    AccessibilityMetadata {
        accessModes = List.copyOf(accessModes);
        accessModeSufficient = List.copyOf(accessModeSufficient);
        features = List.copyOf(features);
        hazards = List.copyOf(hazards);
    }

    static AccessibilityMetadata of(Article article, HeadingAnchors headings) {
        return new AccessibilityMetadata(
                List.of("textual"),
                List.of("textual"),
                List.of("structuralNavigation", "tableOfContents", "readingOrder"),
                List.of("none"),
                summary(article, headings));
    }

    private static String summary(Article article, HeadingAnchors headings) {
        List<String> sentences = new ArrayList<>();
        sentences.add("This EPUB holds one news article as a single reflowable text document in reading order.");
        sentences.add(navigationSentence(headings.all().size()));
        sentences.add(figureSentence(article.body()));
        sentences.add("It contains no audio, video, animation or other known hazard.");
        return String.join(" ", sentences);
    }

    private static String navigationSentence(int headingCount) {
        if (headingCount == 0) {
            return "Its table of contents links to the article, which has no subheadings.";
        }
        String subheadings = headingCount == 1 ? "its one subheading" : "each of its " + headingCount + " subheadings";
        return "Its table of contents links to the article and to " + subheadings + ", marked up as headings.";
    }

    private static String figureSentence(List<Block> body) {
        long shown = body.stream()
                .filter(block -> block instanceof Block.Figure figure && ContentDocumentWriter.isShown(figure))
                .count();
        long pictureOnly = body.stream().filter(Block.Figure.class::isInstance).count() - shown;
        String sentence = switch ((int) Math.min(shown, 2)) {
            case 0 -> "It has no images and no figure captions.";
            case 1 -> "It has no images: its one figure is given as its caption and credit, in text.";
            default -> "It has no images: its " + shown + " figures are given as their captions and credits, in text.";
        };
        if (pictureOnly > 0) {
            sentence += " Pictures without a caption or credit are left out.";
        }
        return sentence;
    }
}
