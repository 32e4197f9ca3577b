package org.polypress.normalize;

import java.util.Objects;
import org.polypress.model.Direction;

/**
 * The language of a text as the renditions state it.
 *
 * @param tag       BCP 47 language tag
 * @param script    ISO 15924 script code
 * @param direction writing direction of the script
 * @param stated    true when the source stated the language, false when it was detected
 */
public record Language(String tag, String script, Direction direction, boolean stated) {
    public Language {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(direction, "direction");
    }
}
