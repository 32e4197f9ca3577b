package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polypress.model.Article;
import org.polypress.render.StoryRenderer;
import org.polypress.render.epub.OcfArchiveWriter.ArchiveFile;

/**
 * Renders one story in several languages as a single EPUB 3.3 publication that passes W3C epubcheck
 * without error or warning. Files that share a base name and differ by language
 * ({@code kazakhstan.en.txt}, {@code kazakhstan.zh.txt}) are one story; a reader who has the book has
 * every language version, and each reads as the single-article EPUB would show it.
 *
 * <p>What the book holds:
 * <ul>
 *   <li>one XHTML content document per version ({@code article.<tag>.xhtml}), written as the
 *       single-article EPUB writes its one document, with the version's own {@code lang},
 *       {@code xml:lang} and {@code dir};</li>
 *   <li>a navigation document that names each version's language in that language (ICU's CLDR
 *       names: {@code 中文}, {@code العربية}, {@code English}), each entry marked with its language
 *       and direction and followed by the version's title and subheadings. The document itself is in
 *       the first version's language, the publication's primary language (see
 *       {@link TableOfContents#ofStory});</li>
 *   <li>a package document whose identifier comes from the story key, with the first version's title,
 *       one {@code dc:language} per version and every version's credits once (see
 *       {@link PackageMetadata#ofStory}).</li>
 * </ul>
 *
 * <p>The versions are ordered by language tag, so the input order does not matter, and the first
 * version is the one whose tag sorts first. Deterministic as {@link EpubRenderer} is: no clock, fixed
 * zip entry times and order. Immutable and thread-safe: every render works on its own writers.
 */
public final class StoryEpubRenderer implements StoryRenderer {

    /** The story rendition's file in {@code output/story-<key>/}. */
    public static final String FILE_NAME = "story.epub";

    private final FixedFiles fixedFiles;
    private final PackageDocumentWriter packageWriter = new PackageDocumentWriter();
    private final NavigationDocumentWriter navigationWriter = new NavigationDocumentWriter();
    private final ContentDocumentWriter contentWriter = new ContentDocumentWriter();
    private final OcfArchiveWriter archiveWriter = new OcfArchiveWriter();

    /** Loads the stylesheet once; fails at start-up, not at the first story, if it is missing. */
    public StoryEpubRenderer() {
        this.fixedFiles = FixedFiles.load();
    }

    /** The file name of the rendition inside the story's output folder. */
    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The media type of the rendition. */
    public String mediaType() {
        return PublicationLayout.MEDIA_TYPE;
    }

    /**
     * The EPUB's bytes: the same story key and versions, in any order, always give the same bytes.
     *
     * @param storyKey what names the story across its versions (the shared base name, such as
     *                 {@code kazakhstan}); the EPUB's identifier is derived from it, so the book keeps
     *                 its identifier when a version is added or corrected
     * @param versions the story in different languages, at least one
     * @throws IllegalArgumentException when the key is blank, there is no version, a version has no
     *                                  title or no well-formed language tag, or two versions share a language
     */
    @Override
    public byte[] render(String storyKey, List<Article> versions) {
        Objects.requireNonNull(storyKey, "storyKey");
        XmlCharacters.requireText(storyKey, "storyKey");
        List<StoryChapter> chapters = StoryChapter.inLanguageOrder(versions);
        List<ArchiveFile> files = new ArrayList<>();
        files.add(fixedFiles.container());
        PackageMetadata metadata = PackageMetadata.ofStory(storyKey, chapters);
        files.add(new ArchiveFile(PublicationLayout.PACKAGE_PATH, packageWriter.write(metadata)));
        files.add(new ArchiveFile(PublicationLayout.inPackage(PublicationLayout.NAV_HREF),
                navigationWriter.write(TableOfContents.ofStory(chapters))));
        for (StoryChapter chapter : chapters) {
            files.add(new ArchiveFile(PublicationLayout.inPackage(chapter.href()),
                    contentWriter.write(chapter.article(), chapter.headings())));
        }
        files.add(fixedFiles.stylesheet());
        files.addAll(EpubRenderer.imageFiles(metadata));
        return archiveWriter.write(files);
    }
}
