package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONSENTEMENT_PROSPECTION;

import fr.espaceentreprise.application.donnees.ConsentementsRepository;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link ConsentementsRepository} over {@code consentement_prospection}: one row per user who ever chose. */
public final class JooqConsentementsRepository implements ConsentementsRepository {

    private final DSLContext dsl;

    public JooqConsentementsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ConsentementProspection> trouverParUtilisateur(UtilisateurId utilisateurId) {
        return dsl.selectFrom(CONSENTEMENT_PROSPECTION)
                .where(CONSENTEMENT_PROSPECTION.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .fetchOptional(ligne -> new ConsentementProspection(utilisateurId, ligne.getAccepte(),
                        Optional.of(versInstant(ligne.getModifieLe()))));
    }

    /** A consent never chosen (no instant) is not stored: the absence of a row says the same. */
    @Override
    public void enregistrer(ConsentementProspection consentement) {
        if (consentement.modifieLe().isEmpty()) {
            return;
        }
        Instant modifieLe = consentement.modifieLe().get();
        dsl.insertInto(CONSENTEMENT_PROSPECTION)
                .set(CONSENTEMENT_PROSPECTION.UTILISATEUR_ID, consentement.utilisateurId().valeur())
                .set(CONSENTEMENT_PROSPECTION.ACCEPTE, consentement.accepte())
                .set(CONSENTEMENT_PROSPECTION.MODIFIE_LE, versColonne(modifieLe))
                .onConflict(CONSENTEMENT_PROSPECTION.UTILISATEUR_ID).doUpdate()
                .set(CONSENTEMENT_PROSPECTION.ACCEPTE, consentement.accepte())
                .set(CONSENTEMENT_PROSPECTION.MODIFIE_LE, versColonne(modifieLe))
                .execute();
    }
}
