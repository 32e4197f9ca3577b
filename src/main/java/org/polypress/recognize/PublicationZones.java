package org.polypress.recognize;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The publications and agencies we know, and the time zone each prints its dates in
 * ({@code publications.yaml}). A date whose publication has no zone there keeps no offset: Polypress
 * never guesses a zone.
 */
public final class PublicationZones {

    static final String RESOURCE = "publications.yaml";

    private final Map<String, Optional<ZoneId>> zones;

    PublicationZones(Map<String, String> table) {
        Map<String, Optional<ZoneId>> zones = new TreeMap<>();
        table.forEach((name, zone) -> zones.put(key(name), Optional.ofNullable(zone).map(ZoneId::of)));
        this.zones = Map.copyOf(zones);
    }

    /** Whether {@code name} is a publication or agency we know (with or without a zone). */
    public boolean knows(String name) {
        return name != null && zones.containsKey(key(name));
    }

    /** Loads {@code publications.yaml} from the class path. */
    public static PublicationZones load() {
        try (InputStream in = PublicationZones.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new PublicationZones(new YAMLMapper().readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
    }

    /** The zone of a publication or agency as a byline or dateline names it. */
    public Optional<ZoneId> zoneOf(String publication) {
        if (publication == null) {
            return Optional.empty();
        }
        return zones.getOrDefault(key(publication), Optional.empty());
    }

    private static String key(String name) {
        return name.trim().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
