package org.polypress.recognize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.model.Block;

/**
 * Recognizes a photo caption: a block closed by a credit the language writes for pictures
 * ({@code (Xinhua/Li Xin)}, {@code (Photo: AFP)}, {@code (Photo provided to …)}), or opened by words
 * that describe a picture ({@code Photo taken on …}).
 */
final class CaptionParser {

    /** A caption, and the names its credit gives for the picture. */
    record Parsed(Block.Figure figure, List<String> photographers) {
    }

    private CaptionParser() {
    }

    static Optional<Parsed> parse(String text, Conventions conventions) {
        for (Pattern credit : conventions.captionCredits()) {
            Matcher m = credit.matcher(text);
            if (m.find()) {
                String caption = text.substring(0, m.start()).strip();
                String who = DateRecognizer.group(m, "who");
                List<String> names = who == null ? List.of() : NameList.split(who, conventions);
                if (!names.isEmpty() && !NameList.plausible(names)) {
                    continue;
                }
                return Optional.of(new Parsed(
                        new Block.Figure(caption.isEmpty() ? null : caption, m.group("credit").strip(), null), names));
            }
        }
        for (String opener : conventions.captionOpeners()) {
            if (text.startsWith(opener)) {
                return Optional.of(new Parsed(new Block.Figure(text, null, null), List.of()));
            }
        }
        return Optional.empty();
    }
}
