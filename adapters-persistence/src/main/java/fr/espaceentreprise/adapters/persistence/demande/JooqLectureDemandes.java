package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE_EVENEMENT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import fr.espaceentreprise.application.demande.DemandeEnAttente;
import fr.espaceentreprise.application.demande.LectureDemandes;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The demandes awaiting the user's reply, from the partial index demande_en_attente_de_retour; when the back office
 * asked is the instant of the demande's last event (highest rang, read by the primary key of demande_evenement).
 */
public final class JooqLectureDemandes implements LectureDemandes {

    private final DSLContext dsl;

    public JooqLectureDemandes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DemandeEnAttente> enAttenteDeRetour(Collection<EntrepriseId> entreprises, int limite) {
        if (entreprises.isEmpty()) {
            return List.of();
        }
        Field<OffsetDateTime> depuis = field(select(DEMANDE_EVENEMENT.INSTANT)
                .from(DEMANDE_EVENEMENT)
                .where(DEMANDE_EVENEMENT.DEMANDE_ID.eq(DEMANDE.ID))
                .orderBy(DEMANDE_EVENEMENT.RANG.desc())
                .limit(1))
                .as("depuis");
        return dsl.select(DEMANDE.ID, DEMANDE.TYPE, DEMANDE.ENTREPRISE_ID, ENTREPRISE.RAISON_SOCIALE,
                        DEMANDE.SOUMISE_LE, depuis)
                .from(DEMANDE)
                .join(ENTREPRISE).on(ENTREPRISE.ID.eq(DEMANDE.ENTREPRISE_ID))
                .where(DEMANDE.STATUT.eq(StatutDemande.EN_ATTENTE_DE_RETOUR.name()))
                .and(DEMANDE.ENTREPRISE_ID.eq(any(entreprises.stream().map(EntrepriseId::valeur)
                        .toArray(UUID[]::new))))
                .orderBy(DEMANDE.SOUMISE_LE, DEMANDE.ID)
                .limit(limite)
                .fetch(ligne -> new DemandeEnAttente(new DemandeId(ligne.value1()), TypeDemande.valueOf(ligne.value2()),
                        new EntrepriseId(ligne.value3()), ligne.value4(), ligne.value5().toInstant(),
                        ligne.value6().toInstant()));
    }
}
