package fr.espaceentreprise.application.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sliding window of accepted attempts per key, as on PostgreSQL, unless told to refuse the keys starting with a
 * prefix; records every key.
 */
public final class LimiteurFactice implements LimiteurDeDebit {

    private final Map<String, Duration> refus = new LinkedHashMap<>();
    private final Map<String, List<Instant>> acceptees = new HashMap<>();
    private final List<String> cles = new ArrayList<>();

    public void refuser(String prefixe, Duration attente) {
        refus.put(prefixe, attente);
    }

    @Override
    public Optional<Duration> consommer(String cle, int limite, Duration fenetre, Instant maintenant) {
        cles.add(cle);
        Optional<Duration> refusee = refus.entrySet().stream()
                .filter(regle -> cle.startsWith(regle.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
        if (refusee.isPresent()) {
            return refusee;
        }
        List<Instant> comptees = acceptees.computeIfAbsent(cle, c -> new ArrayList<>());
        comptees.removeIf(instant -> !instant.isAfter(maintenant.minus(fenetre)));
        comptees.sort(null);
        if (comptees.size() >= limite) {
            // The next attempt passes once enough of the oldest have left the window to fall below the limit.
            return Optional.of(Duration.between(maintenant, comptees.get(comptees.size() - limite).plus(fenetre)));
        }
        comptees.add(maintenant);
        return Optional.empty();
    }

    public List<String> cles() {
        return List.copyOf(cles);
    }
}
