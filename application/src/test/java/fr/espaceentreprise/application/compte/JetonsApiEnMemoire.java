package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class JetonsApiEnMemoire extends DepotEnMemoire<EmpreinteJeton, JetonApi>
        implements JetonsApiRepository {

    public JetonsApiEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, JetonsApiEnMemoire::copie);
    }

    @Override
    public void ajouter(JetonApi jeton, EmpreinteJeton empreinte) {
        ecrire(empreinte, jeton);
    }

    @Override
    public Optional<JetonApi> trouverParEmpreinte(EmpreinteJeton empreinte) {
        return lire(empreinte);
    }

    @Override
    public Optional<JetonApi> trouver(JetonApiId id) {
        return cleDe(id).flatMap(this::lire);
    }

    @Override
    public List<JetonApi> listerDe(UtilisateurId utilisateurId) {
        return tous().stream().filter(jeton -> jeton.utilisateurId().equals(utilisateurId))
                .sorted(Comparator.comparing(JetonApi::creeLe).reversed()).toList();
    }

    /** Only the revocation, onto the stored token (first one kept), as PostgreSQL does. */
    @Override
    public void enregistrer(JetonApi jeton) {
        jeton.revoqueLe().ifPresent(instant -> modifier(jeton.id(), stocke -> stocke.revoquer(instant)));
    }

    @Override
    public void utiliser(JetonApiId id, Instant instant) {
        modifier(id, jeton -> jeton.utiliser(instant));
    }

    private void modifier(JetonApiId id, Consumer<JetonApi> changement) {
        cleDe(id).ifPresent(cle -> {
            JetonApi jeton = lire(cle).orElseThrow();
            changement.accept(jeton);
            ecrire(cle, jeton);
        });
    }

    /** Deletes every token of that account, as its personal data are erased. */
    public void supprimerCeuxDe(UtilisateurId utilisateurId) {
        cles(jeton -> jeton.utilisateurId().equals(utilisateurId)).forEach(this::supprimer);
    }

    private Optional<EmpreinteJeton> cleDe(JetonApiId id) {
        return premiereCle(jeton -> jeton.id().equals(id));
    }

    private static JetonApi copie(JetonApi j) {
        return JetonApi.rehydrater(j.id(), j.utilisateurId(), j.nom(), j.droits(), j.creeLe(), j.expireLe(),
                j.dernierUsage().orElse(null), j.revoqueLe().orElse(null));
    }
}
