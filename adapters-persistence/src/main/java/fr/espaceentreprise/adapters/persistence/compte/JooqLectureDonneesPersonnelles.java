package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ACCEPTATION_CGU;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.EVENEMENT_AUDIT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.IDENTIFIANTS;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SESSION_UTILISATEUR;

import fr.espaceentreprise.application.donnees.LectureDonneesPersonnelles;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link LectureDonneesPersonnelles}: reads, for one user, the rows of the other tables that name him. Sessions
 * are read without {@code empreinte_jeton}; credentials only for the confirmed address and the last login.
 */
public final class JooqLectureDonneesPersonnelles implements LectureDonneesPersonnelles {

    private final DSLContext dsl;

    public JooqLectureDonneesPersonnelles(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AcceptationCgu> acceptationsCgu(UtilisateurId utilisateurId) {
        return dsl.selectFrom(ACCEPTATION_CGU)
                .where(ACCEPTATION_CGU.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(ACCEPTATION_CGU.ACCEPTEE_LE, ACCEPTATION_CGU.VERSION)
                .fetch(ligne -> new AcceptationCgu(utilisateurId, ligne.getVersion(),
                        versInstant(ligne.getAccepteeLe())));
    }

    @Override
    public List<SessionResume> sessions(UtilisateurId utilisateurId) {
        return dsl.select(SESSION_UTILISATEUR.OUVERTE_LE, SESSION_UTILISATEUR.DERNIERE_ACTIVITE,
                        SESSION_UTILISATEUR.REVOQUEE_LE)
                .from(SESSION_UTILISATEUR)
                .where(SESSION_UTILISATEUR.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(SESSION_UTILISATEUR.OUVERTE_LE.desc())
                .fetch(ligne -> new SessionResume(versInstant(ligne.value1()), versInstant(ligne.value2()),
                        Optional.ofNullable(ligne.value3()).map(Horodatages::versInstant)));
    }

    @Override
    public List<EvenementAudit> journal(UtilisateurId utilisateurId) {
        return dsl.selectFrom(EVENEMENT_AUDIT)
                .where(EVENEMENT_AUDIT.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(EVENEMENT_AUDIT.INSTANT.desc(), EVENEMENT_AUDIT.ID.desc())
                .fetch(EvenementAuditMapper::versDomaine);
    }

    @Override
    public List<DemandeId> demandesDe(UtilisateurId utilisateurId) {
        return dsl.select(DEMANDE.ID).from(DEMANDE)
                .where(DEMANDE.AUTEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(DEMANDE.SOUMISE_LE.desc(), DEMANDE.ID.desc())
                .fetch(ligne -> new DemandeId(ligne.value1()));
    }

    @Override
    public Optional<String> emailConfirme(UtilisateurId utilisateurId) {
        return dsl.select(IDENTIFIANTS.EMAIL_CONFIRME).from(IDENTIFIANTS)
                .where(IDENTIFIANTS.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .fetchOptional(IDENTIFIANTS.EMAIL_CONFIRME);
    }

    @Override
    public Optional<Instant> derniereConnexion(UtilisateurId utilisateurId) {
        return dsl.select(IDENTIFIANTS.DERNIERE_CONNEXION).from(IDENTIFIANTS)
                .where(IDENTIFIANTS.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .fetchOptional(IDENTIFIANTS.DERNIERE_CONNEXION)
                .map(Horodatages::versInstant);
    }
}
