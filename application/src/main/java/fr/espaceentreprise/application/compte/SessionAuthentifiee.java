package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A live session recognised by {@link AuthentifierSession}: who is logged in, in which session, and the steps
 * they must complete before anything else. The account use cases of a logged-in user take it.
 */
public record SessionAuthentifiee(SessionId sessionId, Acteur acteur, Set<EtapeObligatoire> etapesEnAttente) {

    public SessionAuthentifiee {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(acteur, "acteur");
        etapesEnAttente = etapesEnAttente.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(etapesEnAttente));
    }

    public UtilisateurId utilisateurId() {
        return acteur.utilisateurId();
    }

    /**
     * Refuses with {@link AccesRefuseException} naming the first pending step, if any: everything but the steps
     * themselves, logout and the language switch is out of reach until they are done.
     */
    public void exigerAucuneEtapeEnAttente() {
        etapesEnAttente.stream().findFirst().ifPresent(etape -> {
            throw new AccesRefuseException(etape);
        });
    }

    /** The steps still pending once {@code terminee} is done. */
    public Set<EtapeObligatoire> etapesApres(EtapeObligatoire terminee) {
        EnumSet<EtapeObligatoire> restantes = EnumSet.noneOf(EtapeObligatoire.class);
        restantes.addAll(etapesEnAttente);
        restantes.remove(terminee);
        return restantes.isEmpty() ? Set.of() : Collections.unmodifiableSet(restantes);
    }
}
