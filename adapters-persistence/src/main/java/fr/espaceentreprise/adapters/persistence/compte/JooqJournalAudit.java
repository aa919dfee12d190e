package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.EVENEMENT_AUDIT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * {@link JournalAudit} over the table {@code evenement_audit}: rows are only ever inserted. Read newest first by
 * keyset on (instant, id) descending, through an index in that order (one per numéro d'adhérent for the filtered
 * list); ids compare as PostgreSQL orders uuids, which is what the cursor of the previous page was taken from.
 */
public final class JooqJournalAudit implements JournalAudit {

    private final DSLContext dsl;

    public JooqJournalAudit(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enregistrer(EvenementAudit evenement) {
        dsl.insertInto(EVENEMENT_AUDIT).set(EvenementAuditMapper.versLigne(evenement)).execute();
    }

    @Override
    public List<EvenementAudit> lister(Optional<NumeroAdherent> numeroAdherent, Optional<CurseurChronologique> avant,
                                       int nombre) {
        Condition duNumero = numeroAdherent
                .map(numero -> EVENEMENT_AUDIT.NUMERO_ADHERENT.eq(numero.valeur()))
                .orElse(noCondition());
        Condition avantLeCurseur = avant
                .map(curseur -> row(EVENEMENT_AUDIT.INSTANT, EVENEMENT_AUDIT.ID)
                        .lt(versColonne(curseur.instant()), curseur.id()))
                .orElse(noCondition());
        return dsl.selectFrom(EVENEMENT_AUDIT)
                .where(duNumero)
                .and(avantLeCurseur)
                .orderBy(EVENEMENT_AUDIT.INSTANT.desc(), EVENEMENT_AUDIT.ID.desc())
                .limit(nombre)
                .fetch(EvenementAuditMapper::versDomaine);
    }
}
