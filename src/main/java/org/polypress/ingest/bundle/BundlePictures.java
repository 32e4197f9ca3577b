package org.polypress.ingest.bundle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article's pictures come from: the pictures of its bundle, when it came in one, and {@code data:} URIs.
 * Nothing is ever read from the disk or the network: a lone HTML page's {@code <img src="photo.jpg">} or
 * {@code https://…} has no picture; its caption is still kept. A relative path is resolved against the article's
 * folder inside the bundle and must stay inside the bundle. Remembers which bundle pictures were used, so the
 * others can be added as pictures the text does not place. One instance serves one article.
 */
public final class BundlePictures {

    /** A picture found: its bytes and the name it is known by, for warnings. */
    public record Found(byte[] bytes, String name) {
    }

    /** No bundle: only {@code data:} URIs give pictures. */
    public static BundlePictures none() {
        return new BundlePictures(Map.of(), "");
    }

    private static final Pattern DATA_URI = Pattern.compile("(?s)data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)");
    private static final Pattern MARKER_LINE = Pattern.compile("\\[\\s*([^\\]\\n]+?)\\s*\\]");

    private final Map<String, byte[]> pictures;
    private final String folder;
    private final Set<String> used = new LinkedHashSet<>();

    /**
     * @param pictures    the bundle's pictures by their path inside it
     * @param articleName the article's path inside the bundle, whose folder relative paths start from
     */
    public BundlePictures(Map<String, byte[]> pictures, String articleName) {
        this.pictures = pictures;
        int slash = articleName.lastIndexOf('/');
        this.folder = slash < 0 ? "" : articleName.substring(0, slash + 1);
    }

    public boolean isEmpty() {
        return pictures.isEmpty();
    }

    /** The picture an HTML {@code src} names, or null: a {@code data:} URI, or a relative path inside the bundle. */
    public Found forSource(String src) {
        String trimmed = src.strip();
        if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
            return dataUri(trimmed);
        }
        if (trimmed.contains(":") || trimmed.startsWith("//") || pictures.isEmpty()) {
            return null;
        }
        String path = trimmed.replaceFirst("[?#].*$", "");
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String resolved = resolve(path.startsWith("/") ? path.substring(1) : folder + path);
        return resolved == null ? null : take(resolved);
    }

    /** The bundle's picture named {@code name} (a path inside the bundle, or a file name alone), or null. */
    public Found forName(String name) {
        if (pictures.containsKey(name)) {
            return take(name);
        }
        for (String path : pictures.keySet()) {
            if (path.substring(path.lastIndexOf('/') + 1).equalsIgnoreCase(name)) {
                return take(path);
            }
        }
        return null;
    }

    /** The name inside brackets when {@code line} is only a bracketed picture name ({@code [photo.jpg]}), else null. */
    public String markerIn(String line) {
        Matcher m = MARKER_LINE.matcher(line.strip());
        return m.matches() && forNameExists(m.group(1)) ? m.group(1) : null;
    }

    /** The first picture of the bundle whose file name {@code text} mentions, not yet used; or null. */
    public String mentionedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String path : pictures.keySet()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!used.contains(path) && lower.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }

    private boolean forNameExists(String name) {
        return pictures.keySet().stream().anyMatch(p -> p.equals(name)
                || p.substring(p.lastIndexOf('/') + 1).equalsIgnoreCase(name));
    }

    /** The bundle's pictures no line and no {@code src} named, in path order. */
    public List<Found> unused() {
        List<Found> left = new ArrayList<>();
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            if (!used.contains(picture.getKey())) {
                left.add(new Found(picture.getValue(), picture.getKey()));
            }
        }
        return left;
    }

    private Found take(String path) {
        byte[] bytes = pictures.get(path);
        if (bytes == null) {
            return null;
        }
        used.add(path);
        return new Found(bytes, path);
    }

    /** {@code a/./b/../c} as {@code a/c}; null when it climbs out of the bundle. */
    private static String resolve(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || ".".equals(segment)) {
                continue;
            }
            if ("..".equals(segment)) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.remove(segments.size() - 1);
            } else {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    private static Found dataUri(String uri) {
        Matcher m = DATA_URI.matcher(uri);
        if (!m.matches()) {
            return null;
        }
        try {
            byte[] bytes = m.group(3) != null
                    ? Base64.getMimeDecoder().decode(m.group(4))
                    : URLDecoder.decode(m.group(4).replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                            .getBytes(StandardCharsets.ISO_8859_1);
            return new Found(bytes, "data:" + m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
