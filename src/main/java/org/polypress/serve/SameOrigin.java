package org.polypress.serve;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a form post comes from this server's own pages. The list page's forms change the drop folder (an upload,
 * a retry), and the server has no login: without this, any web page an editor opens could post them to the editor's
 * {@code 127.0.0.1:8080}. A browser says where a post comes from ({@code Sec-Fetch-Site}, {@code Origin}); a post
 * from another site is refused. A client that is not a browser sends neither and is let through, as the API is.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /** Why the post is refused, or null when it comes from this server's pages or from no browser at all. */
    static String refusal(String origin, String host, String fetchSite) {
        String site = fetchSite == null ? null : fetchSite.strip().toLowerCase(Locale.ROOT);
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "This form is taken only from Polypress's own pages, and a page of another site sent it";
        }
        if (origin == null) {
            return null;
        }
        String authority;
        try {
            URI from = URI.create(origin.strip());
            String scheme = String.valueOf(from.getScheme()).toLowerCase(Locale.ROOT);
            authority = scheme.equals("http") || scheme.equals("https") ? from.getRawAuthority() : null;
        } catch (IllegalArgumentException notAnAddress) {
            authority = null;
        }
        if (authority == null || host == null || !authority.equalsIgnoreCase(host.strip())) {
            return "This form is taken only from Polypress's own pages, and a page of another site sent it";
        }
        return null;
    }
}
