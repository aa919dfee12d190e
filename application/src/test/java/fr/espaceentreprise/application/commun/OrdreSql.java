package fr.espaceentreprise.application.commun;

import java.util.Comparator;
import java.util.UUID;

/**
 * The orders PostgreSQL sorts by, for fakes that must page like the SQL: a uuid compares as unsigned bytes (which
 * its lower-case text form also does, unlike {@link UUID#compareTo}), a sort key compares by code point (the "C"
 * collation).
 */
public final class OrdreSql {

    public static final Comparator<UUID> UUID = Comparator.comparing(java.util.UUID::toString);

    public static final Comparator<String> TEXTE = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int pa = a.codePointAt(i);
            int pb = b.codePointAt(j);
            if (pa != pb) {
                return Integer.compare(pa, pb);
            }
            i += Character.charCount(pa);
            j += Character.charCount(pb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private OrdreSql() {
    }
}
