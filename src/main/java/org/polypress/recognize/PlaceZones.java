package org.polypress.recognize;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zone of a place a dateline names ("SEOUL, Aug. 20 (Yonhap) --", "Berlin (dpa) -"), from the cities the
 * Unicode CLDR names each zone after (Asia/Seoul is "Seoul", "Séoul", "Сеул", "서울"), in English and in the article's
 * language, and from {@code places.yaml} (capitals and large cities no zone is named after): a wire story is dated
 * where it is filed. General geography, not a list of publications: a date printed
 * without a zone gets one only when the text names where it was written. Thread-safe: each language's names are
 * read from ICU once.
 */
final class PlaceZones {

    static final String RESOURCE = "places.yaml";

    /** The places of {@code places.yaml}: capitals and large cities the CLDR names no zone after. */
    private final Map<String, ZoneId> places;
    private final Map<String, Map<String, ZoneId>> byLanguage = new ConcurrentHashMap<>();

    /** With the places of {@code places.yaml} on the class path. */
    PlaceZones() {
        Map<String, ZoneId> read = new java.util.HashMap<>();
        try (java.io.InputStream in = PlaceZones.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Map<String, String> table = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(in,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
            table.forEach((place, zone) -> read.put(key(place), ZoneId.of(zone)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(RESOURCE + " could not be read", e);
        }
        this.places = Map.copyOf(read);
    }

    /** The zone of {@code place} as a dateline writes it ("SEOUL", "Beirut/The Hague": the first place). */
    Optional<ZoneId> zoneOf(String place, String language) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        Map<String, ZoneId> names = byLanguage.computeIfAbsent(language == null ? "en" : language, PlaceZones::read);
        for (String candidate : new String[] {place, place.split("[/,;]")[0]}) {
            ZoneId zone = places.getOrDefault(key(candidate), names.get(key(candidate)));
            if (zone != null) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    private static Map<String, ZoneId> read(String language) {
        Map<String, ZoneId> names = new ConcurrentHashMap<>();
        for (ULocale locale : new ULocale[] {ULocale.ENGLISH, ULocale.forLanguageTag(language)}) {
            TimeZoneNames zoneNames = TimeZoneNames.getInstance(locale);
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                String city = zoneNames.getExemplarLocationName(id);
                if (city == null || city.isBlank()) {
                    continue;
                }
                try {
                    names.putIfAbsent(key(city), ZoneId.of(id));
                } catch (DateTimeException e) {
                    // a zone ICU knows and the JDK does not: that city gives no zone
                }
            }
        }
        return Map.copyOf(names);
    }

    private static String key(String place) {
        return place.strip().toLowerCase(Locale.ROOT);
    }
}
