package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A live session recognised by {@link AuthentifierSession}: who is logged in (with the steps they must still
 * complete) and in which session. The use cases of one's own account take it; every other use case takes its
 * {@link #acteur()}.
 */
public record SessionAuthentifiee(SessionId sessionId, Acteur acteur) {

    public SessionAuthentifiee {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(acteur, "acteur");
    }

    public UtilisateurId utilisateurId() {
        return acteur.utilisateurId();
    }

    public Set<EtapeObligatoire> etapesEnAttente() {
        return acteur.etapesEnAttente();
    }

    /** The steps still pending once {@code terminee} is done. */
    public Set<EtapeObligatoire> etapesApres(EtapeObligatoire terminee) {
        EnumSet<EtapeObligatoire> restantes = EnumSet.noneOf(EtapeObligatoire.class);
        restantes.addAll(etapesEnAttente());
        restantes.remove(terminee);
        return restantes.isEmpty() ? Set.of() : Collections.unmodifiableSet(restantes);
    }
}
