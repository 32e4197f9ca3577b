package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.List;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Image;

/**
 * The EPUB Accessibility (schema.org) metadata, stated from what this EPUB really contains: text documents in
 * reading order (one for an article, one per language version for a story) with a table of contents, and the
 * pictures of its figures when it packs any. With pictures the book is visual too; it is sufficient as text alone,
 * and claims {@code alternativeText}, only when every picture has a text alternative (the source's description
 * or its caption). The summary says what became of the figures.
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

    /** For the single-article EPUB. */
    static AccessibilityMetadata of(Article article, HeadingAnchors headings) {
        return stated(summary(article, headings), PackedImages.of(article));
    }

    /**
     * For a story's EPUB: the same claims, each as true of every version as of one article (every
     * version is a text document with its headings marked up and linked from the table of contents).
     */
    static AccessibilityMetadata ofStory(List<StoryChapter> chapters) {
        return stated(storySummary(chapters),
                PackedImages.ofArticles(chapters.stream().map(StoryChapter::article).toList()));
    }

    private static AccessibilityMetadata stated(String summary, List<Image> images) {
        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder"));
        if (images.isEmpty()) {
            return new AccessibilityMetadata(List.of("textual"), List.of("textual"), features, List.of("none"),
                    summary);
        }
        boolean described = images.stream().allMatch(AccessibilityMetadata::hasAlt);
        if (described) {
            features.add("alternativeText");
        }
        return new AccessibilityMetadata(
                List.of("textual", "visual"),
                described ? List.of("textual", "textual,visual") : List.of("textual,visual"),
                features,
                List.of("none"),
                summary);
    }

    private static boolean hasAlt(Image image) {
        return image.alt() != null && !XmlCharacters.clean(image.alt()).isBlank();
    }

    private static String summary(Article article, HeadingAnchors headings) {
        List<String> sentences = new ArrayList<>();
        sentences.add("This EPUB holds one news article as a single reflowable text document in reading order.");
        sentences.add(navigationSentence(headings.all().size()));
        sentences.add(figureSentence(article.body()));
        sentences.add("It contains no audio, video, animation or other known hazard.");
        return String.join(" ", sentences);
    }

    private static String storySummary(List<StoryChapter> chapters) {
        List<String> languages = chapters.stream().map(StoryChapter::englishLanguageName).toList();
        List<Block> blocks = chapters.stream().flatMap(chapter -> chapter.article().body().stream()).toList();
        int headingCount = chapters.stream().mapToInt(chapter -> chapter.headings().all().size()).sum();
        List<String> sentences = new ArrayList<>();
        if (chapters.size() == 1) {
            sentences.add("This EPUB holds one news story in one language, " + languages.get(0)
                    + ", as a single reflowable text document in reading order.");
        } else {
            sentences.add("This EPUB holds one news story in " + chapters.size() + " languages ("
                    + String.join(", ", languages) + "), each version a reflowable text document of its own,"
                    + " in reading order one after the other.");
        }
        sentences.add("Every document and every table of contents entry declares its language and writing direction.");
        sentences.add(storyNavigationSentence(chapters.size(), headingCount));
        sentences.add(figureSentence(blocks));
        sentences.add("It contains no audio, video, animation or other known hazard.");
        return String.join(" ", sentences);
    }

    private static String storyNavigationSentence(int versionCount, int headingCount) {
        String versions = versionCount == 1
                ? "the story's one version, named in its own language,"
                : "each version, named in its own language,";
        return switch (Math.min(headingCount, 2)) {
            case 0 -> "Its table of contents links to " + versions + " and the story has no subheadings.";
            case 1 -> "Its table of contents links to " + versions + " and to its one subheading, marked up as a heading.";
            default -> "Its table of contents links to " + versions + " and to each of its " + headingCount
                    + " subheadings, marked up as headings.";
        };
    }

    private static String navigationSentence(int headingCount) {
        if (headingCount == 0) {
            return "Its table of contents links to the article, which has no subheadings.";
        }
        String subheadings = headingCount == 1 ? "its one subheading" : "each of its " + headingCount + " subheadings";
        return "Its table of contents links to the article and to " + subheadings + ", marked up as headings.";
    }

    private static String figureSentence(List<Block> body) {
        List<Block.Figure> figures = body.stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast)
                .toList();
        long pictures = figures.stream().filter(PackedImages::showsPicture).count();
        long shown = figures.stream().filter(ContentDocumentWriter::isShown).count();
        long captionOnly = shown - pictures;
        long left = figures.size() - shown;
        String sentence;
        if (pictures == 0) {
            sentence = switch ((int) Math.min(shown, 2)) {
                case 0 -> "It has no images and no figure captions.";
                case 1 -> "It has no images: its one figure is given as its caption and credit, in text.";
                default -> "It has no images: its " + shown
                        + " figures are given as their captions and credits, in text.";
            };
        } else {
            long described = figures.stream().filter(PackedImages::showsPicture)
                    .filter(figure -> hasAlt(figure.image())).count();
            sentence = (pictures == 1 ? "It has one image" : "It has " + pictures + " images")
                    + ", shown in figures with their captions and credits; "
                    + (described == pictures ? (pictures == 1 ? "it has" : "each has") + " a text alternative."
                            : described == 0 ? (pictures == 1 ? "it has" : "they have") + " no text alternative."
                            : described + " of them have a text alternative.");
            if (captionOnly > 0) {
                sentence += " " + (captionOnly == 1 ? "One figure is" : captionOnly + " figures are")
                        + " given as caption and credit only, in text.";
            }
        }
        if (left > 0) {
            sentence += " Pictures without a caption or credit are left out.";
        }
        return sentence;
    }
}
