package org.polypress.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * JSON to embed in an HTML page as {@code <script type="application/ld+json">}: parsed, then written again with
 * {@code <}, {@code >}, {@code &} and the line separators U+2028, U+2029 as {@code \}{@code uXXXX} escapes, so
 * that no text in it (a headline holding {@code </script>} or {@code <!--}) can end the script element or open a
 * comment, whatever its JSON says, and a JSON reader still reads the very same values.
 */
final class ScriptData {

    private static final ObjectMapper JSON;

    static {
        JsonFactory factory = new JsonFactory();
        factory.setCharacterEscapes(new HtmlSafeEscapes());
        JSON = new ObjectMapper(factory);
    }

    private ScriptData() {
    }

    /** {@code json} (UTF-8) as the text of a script element; throws when it is not JSON. */
    static String of(byte[] json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        if (tree == null || tree.isMissingNode()) {
            throw new IOException("no JSON to embed");
        }
        return JSON.writeValueAsString(tree);
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '/'}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // the line separators end a line of script in older readers; written as escapes like the rest
            return ch == 0x2028 || ch == 0x2029
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
