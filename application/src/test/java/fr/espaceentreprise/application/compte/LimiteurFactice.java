package fr.espaceentreprise.application.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lets every attempt through unless told to refuse the keys starting with a prefix; records every key. */
public final class LimiteurFactice implements LimiteurDeDebit {

    private final Map<String, Duration> refus = new LinkedHashMap<>();
    private final List<String> cles = new ArrayList<>();

    public void refuser(String prefixe, Duration attente) {
        refus.put(prefixe, attente);
    }

    @Override
    public Optional<Duration> consommer(String cle, int limite, Duration fenetre, Instant maintenant) {
        cles.add(cle);
        return refus.entrySet().stream()
                .filter(regle -> cle.startsWith(regle.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public List<String> cles() {
        return List.copyOf(cles);
    }
}
