package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.APPAREIL;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONSENTEMENT_PROSPECTION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE_INSCRIPTION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENROLEMENT_SECOND_FACTEUR;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.IDENTIFIANTS;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.JETON_API;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SECOND_FACTEUR;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SESSION_UTILISATEUR;

import fr.espaceentreprise.application.compte.EffacementDonnees;
import fr.espaceentreprise.domain.compte.StatutInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * {@link EffacementDonnees}: deletes the rows that only describe the person (credentials, second factor with its
 * recovery codes and enrolment under way, sessions, API tokens, known browsers, consent, the e-mails queued or sent
 * to him) and blanks the identity typed in the decided sign-up requests of his numéro d'adhérent, with the same
 * placeholders as the account row. A pending request under that numéro is left alone: it is somebody's new request,
 * to be decided.
 */
public final class JooqEffacementDonnees implements EffacementDonnees {

    /** In place of a birth date nobody needs any more (the column requires one). */
    static final LocalDate DATE_EFFACEE = LocalDate.of(1900, 1, 1);

    private final DSLContext dsl;

    public JooqEffacementDonnees(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void effacer(Utilisateur supprime) {
        UUID id = supprime.id().valeur();
        dsl.deleteFrom(IDENTIFIANTS).where(IDENTIFIANTS.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(SECOND_FACTEUR).where(SECOND_FACTEUR.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(ENROLEMENT_SECOND_FACTEUR).where(ENROLEMENT_SECOND_FACTEUR.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(SESSION_UTILISATEUR).where(SESSION_UTILISATEUR.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(JETON_API).where(JETON_API.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(APPAREIL).where(APPAREIL.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(CONSENTEMENT_PROSPECTION).where(CONSENTEMENT_PROSPECTION.UTILISATEUR_ID.eq(id)).execute();
        dsl.deleteFrom(BOITE_D_ENVOI).where(BOITE_D_ENVOI.UTILISATEUR_ID.eq(id)).execute();
        dsl.update(DEMANDE_INSCRIPTION)
                .set(DEMANDE_INSCRIPTION.NOM, supprime.nom())
                .set(DEMANDE_INSCRIPTION.PRENOM, supprime.prenom())
                .set(DEMANDE_INSCRIPTION.EMAIL, supprime.email().valeur())
                .set(DEMANDE_INSCRIPTION.DATE_NAISSANCE, DATE_EFFACEE)
                .where(DEMANDE_INSCRIPTION.NUMERO_ADHERENT.eq(supprime.numeroAdherent().valeur()))
                .and(DEMANDE_INSCRIPTION.STATUT.ne(StatutInscription.EN_ATTENTE.name()))
                .execute();
    }
}
