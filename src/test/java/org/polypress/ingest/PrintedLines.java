package org.polypress.ingest;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text set into a PDF's printed lines the way a layout program does: in Helvetica when the text is all Latin
 * (nothing embedded), else in the first TrueType font of this machine that has a glyph for every character,
 * embedded as a subset. Lines are broken where ICU's line breaker allows (at spaces, and between the characters
 * of a Chinese text), measured in the font. A right-to-left line is stored as real Arabic PDFs store it: its
 * letters shaped into their joined forms (ICU {@link ArabicShaping}) and in visual order (ICU {@link Bidi}),
 * set flush right.
 */
final class PrintedLines implements AutoCloseable {

    static final float LEFT = 72;
    static final float RIGHT = 540;
    /** The TrueType fonts tried in order; a Chinese one comes with Debian's {@code fonts-wqy-zenhei}. */
    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    private final PDFont font;
    private final boolean rightToLeft;
    private final Locale locale;
    /** Kept open until the document is saved: the embedded subset is cut from it then. */
    private final AutoCloseable fontFile;

    private PrintedLines(PDFont font, AutoCloseable fontFile, boolean rightToLeft, Locale locale) {
        this.font = font;
        this.fontFile = fontFile;
        this.rightToLeft = rightToLeft;
        this.locale = locale;
    }

    /**
     * The lines of {@code text} (every character the document will show) in {@code doc}.
     *
     * @throws MissingFont when no font here has every character
     */
    static PrintedLines forText(PDDocument doc, String text, boolean rightToLeft, Locale locale) throws IOException {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try {
            helvetica.encode(text);
            return new PrintedLines(helvetica, () -> { }, rightToLeft, locale);
        } catch (IllegalArgumentException notLatin) {
            for (Path file : FONTS) {
                TrueTypeFontFile found = TrueTypeFontFile.covering(file, text);
                if (found != null) {
                    return new PrintedLines(PDType0Font.load(doc, found.font(), true), found, rightToLeft, locale);
                }
            }
            throw new MissingFont(text);
        }
    }

    /** No font of {@link #FONTS} is on this machine with a glyph for every character of the text. */
    static final class MissingFont extends IOException {
        MissingFont(String text) {
            super("no font here has every character of \"" + text.substring(0, Math.min(40, text.length()))
                    + "…\"; looked for " + FONTS + " (Debian: apt-get install -y fonts-wqy-zenhei)");
        }
    }

    /** {@code text} broken into lines no wider than {@code width} points at {@code size}. */
    List<String> wrapped(String text, float size, float width) throws IOException {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        List<String> lines = new ArrayList<>();
        int start = 0;
        int end = breaks.first();
        for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) {
            if (end > start && width(text.substring(start, next).strip(), size) > width) {
                lines.add(text.substring(start, end).strip());
                start = end;
            }
            end = next;
        }
        lines.add(text.substring(start).strip());
        return lines;
    }

    /** Sets one line at height {@code y}: from the left margin, or flush right for a right-to-left text. */
    void show(PDPageContentStream cs, float size, float y, String line) throws IOException {
        String shown = visual(line);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(rightToLeft ? RIGHT - width(line, size) : LEFT, y);
        cs.showText(shown);
        cs.endText();
    }

    private float width(String line, float size) throws IOException {
        return font.getStringWidth(visual(line)) / 1000 * size;
    }

    /** The glyphs in the order they are printed: shaped and reordered for a right-to-left text. */
    private String visual(String line) throws IOException {
        if (!rightToLeft) {
            return line;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                    .shape(line);
            return new Bidi(shaped, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        fontFile.close();
    }

    /** A TrueType font (or one of a collection's) that has a glyph for every character of a text. */
    private record TrueTypeFontFile(TrueTypeFont font, AutoCloseable file) implements AutoCloseable {

        static TrueTypeFontFile covering(Path path, String text) throws IOException {
            if (!Files.isRegularFile(path)) {
                return null;
            }
            if (path.toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                for (TrueTypeFont font : fonts) {
                    if (covers(font, text)) {
                        return new TrueTypeFontFile(font, collection);
                    }
                }
                collection.close();
                return null;
            }
            TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(path.toFile()));
            if (covers(font, text)) {
                return new TrueTypeFontFile(font, font);
            }
            font.close();
            return null;
        }

        private static boolean covers(TrueTypeFont font, String text) throws IOException {
            var cmap = font.getUnicodeCmapLookup();
            return text.codePoints().filter(c -> !Character.isWhitespace(c)).allMatch(c -> cmap.getGlyphId(c) != 0);
        }

        @Override
        public void close() throws Exception {
            file.close();
        }
    }
}
