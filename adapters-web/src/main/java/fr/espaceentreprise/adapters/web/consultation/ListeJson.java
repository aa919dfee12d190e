package fr.espaceentreprise.adapters.web.consultation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A list of the API: {@code {"items": [...], "suivant": cursor|null}}. */
public record ListeJson<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String suivant) {

    public ListeJson {
        items = List.copyOf(items);
    }

    /** A list that comes whole, on one page. */
    public static <T> ListeJson<T> entiere(List<T> items) {
        return new ListeJson<>(items, null);
    }
}
