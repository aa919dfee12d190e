package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.BOITE_D_ENVOI;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE_INSCRIPTION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.EVENEMENT_AUDIT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SESSION_UTILISATEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.demande.JooqDemandeRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.adapters.persistence.notification.JooqNotifications;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnelles.SessionResume;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** Deletion, the export's reads, the back office's search, consent and decisions, on PostgreSQL. */
class DonneesPersonnellesTest {

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private static final AtomicInteger NUMEROS = new AtomicInteger(41_000_000);
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final AdresseIp IP = new AdresseIp("203.0.113.9");
    private static final String EMPREINTE = "$argon2id$v=19$m=19456,t=2,p=1$c2Vsc2Vsc2Vs$aGFjaGVoYWNoZWhhY2hl";

    private final JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
    private final JooqIdentifiantsRepository identifiants = new JooqIdentifiantsRepository(dsl);
    private final JooqSessionRepository sessions = new JooqSessionRepository(dsl);
    private final JooqJournalAudit journal = new JooqJournalAudit(dsl);
    private final JooqCguRepository cgu = new JooqCguRepository(dsl);
    private final JooqConsentementsRepository consentements = new JooqConsentementsRepository(dsl);
    private final JooqDecisionsCompteRepository decisions = new JooqDecisionsCompteRepository(dsl);
    private final JooqDemandeRepository demandes = new JooqDemandeRepository(dsl);
    private final JooqLectureDonneesPersonnelles lecture = new JooqLectureDonneesPersonnelles(dsl);
    private final JooqLectureComptes lectureComptes = new JooqLectureComptes(dsl);
    private final JooqEffacementDonnees effacement = new JooqEffacementDonnees(dsl);

    private final Entreprise entreprise = UneEntreprise.parDefaut().raisonSociale("Durand SA")
            .numeroAdherent(numero()).build();
    private final Utilisateur gestionnaire = UnUtilisateur.gestionnaire().numeroAdherent(numero()).build();
    private final Utilisateur camille = UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent(entreprise.numeroAdherent().valeur()).nomme("Durand").prenomme("Camille")
            .email("camille.durand@example.fr").build();

    DonneesPersonnellesTest() {
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        utilisateurs.enregistrer(gestionnaire);
        utilisateurs.enregistrer(camille);
        identifiants.enregistrer(Identifiants.rehydrater(camille.id(), EMPREINTE, null, Temporisation.AUCUNE,
                camille.email(), null, T0));
    }

    private static String numero() {
        return Integer.toString(NUMEROS.incrementAndGet());
    }

    private void ouvrirSession(String jeton, Instant instant) {
        sessions.ajouter(SessionUtilisateur.ouvrir(SessionId.nouveau(), camille.id(), Set.of(), instant),
                EmpreinteJeton.de(jeton));
    }

    private void auditer(TypeEvenementAudit type, Instant instant) {
        journal.enregistrer(EvenementAudit.de(type, instant, camille.id(), camille.numeroAdherent(), IP, null));
    }

    @Test
    void deleting_erases_the_person_everywhere_but_keeps_the_audit_trail_decisions_acceptances_and_demandes() {
        ouvrirSession("jeton-a-effacer-" + camille.id(), T0);
        auditer(TypeEvenementAudit.CONNEXION_REUSSIE, T0);
        cgu.enregistrer(new AcceptationCgu(camille.id(), "2026-11", T0));
        consentements.enregistrer(ConsentementProspection.parDefaut(camille.id()).changer(true, T0));
        new JooqNotifications(dsl, Clock.fixed(T0, ZoneOffset.UTC)).envoyer(new Notification(
                TypeNotification.RAPPEL_NUMERO_ADHERENT, camille.email(), camille.langue(),
                Optional.of(camille.id()), Map.of("prenom", "Camille")));
        DemandeInscription inscription = UneDemandeInscription.pour(entreprise).nomme("Camille", "Durand")
                .email("camille.durand@example.fr").build();
        inscription.rejeter(gestionnaire.id(), "Doublon", T0);
        new JooqDemandeInscriptionRepository(dsl).enregistrer(inscription);
        Demande demande = UneDemande.avec(new RectificationDonnees("Accent sur mon nom")).pour(entreprise.id())
                .par(camille.id()).build();
        demandes.enregistrer(demande);
        decisions.enregistrer(DecisionCompte.de(camille.id(), TypeDecisionCompte.SUPPRESSION,
                MotifCompte.DEMANDE_UTILISATEUR, "Par téléphone", gestionnaire.id(), T0));

        camille.supprimer();
        utilisateurs.enregistrer(camille);
        effacement.effacer(camille);

        Utilisateur relu = utilisateurs.trouver(camille.id()).orElseThrow();
        assertEquals(StatutCompte.SUPPRIME, relu.statut());
        assertEquals("anonyme", relu.nom());
        assertFalse(relu.email().valeur().contains("durand"));
        assertEquals(Optional.empty(), identifiants.trouverParUtilisateur(camille.id()));
        assertEquals(0, dsl.fetchCount(SESSION_UTILISATEUR, SESSION_UTILISATEUR.UTILISATEUR_ID.eq(camille.id().valeur())));
        assertEquals(Optional.empty(), consentements.trouverParUtilisateur(camille.id()));
        assertEquals(0, dsl.fetchCount(BOITE_D_ENVOI, BOITE_D_ENVOI.UTILISATEUR_ID.eq(camille.id().valeur())));
        var ligneInscription = dsl.selectFrom(DEMANDE_INSCRIPTION)
                .where(DEMANDE_INSCRIPTION.ID.eq(inscription.id().valeur())).fetchOne();
        assertEquals("anonyme", ligneInscription.getNom());
        assertEquals(relu.email().valeur(), ligneInscription.getEmail());
        assertEquals(JooqEffacementDonnees.DATE_EFFACEE, ligneInscription.getDateNaissance());
        assertEquals(1, dsl.fetchCount(EVENEMENT_AUDIT, EVENEMENT_AUDIT.UTILISATEUR_ID.eq(camille.id().valeur())));
        assertEquals(1, lecture.acceptationsCgu(camille.id()).size());
        assertEquals(List.of(demande.id()), lecture.demandesDe(camille.id()));
        assertEquals(Optional.of("Par téléphone"), decisions.lister(camille.id()).get(0).precision());
        assertEquals(Optional.empty(), utilisateurs.trouverParNumeroAdherent(camille.numeroAdherent()),
                "the numéro opens nothing any more");
    }

    @Test
    void the_export_reads_acceptances_sessions_without_hash_journal_demandes_and_credentials_facts() {
        ouvrirSession("jeton-ancien-" + camille.id(), T0.minusSeconds(3600));
        ouvrirSession("jeton-recent-" + camille.id(), T0);
        auditer(TypeEvenementAudit.CONNEXION_ECHOUEE, T0.minusSeconds(10));
        auditer(TypeEvenementAudit.CONNEXION_REUSSIE, T0);
        cgu.enregistrer(new AcceptationCgu(camille.id(), "2026-11", T0));
        Demande demande = UneDemande.avec(new SuppressionAcces(ActionAcces.SUSPENSION, null))
                .pour(entreprise.id()).par(camille.id()).build();
        demandes.enregistrer(demande);

        List<SessionResume> siennes = lecture.sessions(camille.id());

        assertEquals(List.of(T0, T0.minusSeconds(3600)), siennes.stream().map(SessionResume::ouverteLe).toList());
        assertEquals(List.of(TypeEvenementAudit.CONNEXION_REUSSIE, TypeEvenementAudit.CONNEXION_ECHOUEE),
                lecture.journal(camille.id()).stream().map(EvenementAudit::type).toList());
        assertEquals(List.of(new AcceptationCgu(camille.id(), "2026-11", T0)), lecture.acceptationsCgu(camille.id()));
        assertEquals(List.of(demande.id()), lecture.demandesDe(camille.id()));
        assertEquals(demande.contenu(), demandes.trouver(demande.id()).orElseThrow().contenu(),
                "the new contents are stored and read back");
        assertEquals(Optional.of("camille.durand@example.fr"), lecture.emailConfirme(camille.id()));
        assertEquals(Optional.of(T0), lecture.derniereConnexion(camille.id()));
        assertEquals(List.of(), lecture.journal(gestionnaire.id()));
    }

    @Test
    void the_back_office_finds_the_live_account_first_with_its_company_and_last_login() {
        camille.supprimer();
        utilisateurs.enregistrer(camille);
        Utilisateur successeur = UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(
                entreprise.numeroAdherent().valeur()).nomme("Martin").build();
        utilisateurs.enregistrer(successeur);

        List<FicheCompte> fiches = lectureComptes.parNumeroAdherent(entreprise.numeroAdherent());

        assertEquals(List.of(successeur.id(), camille.id()), fiches.stream().map(FicheCompte::id).toList());
        assertEquals(Optional.of("Durand SA"), fiches.get(0).rattachement());
        assertEquals(Optional.of(T0), fiches.get(1).derniereConnexion());
        assertEquals(StatutCompte.SUPPRIME, fiches.get(1).statut());
        assertEquals(List.of(), lectureComptes.parNumeroAdherent(new NumeroAdherent("00000000")));
    }

    @Test
    void consent_and_decisions_are_read_back_as_written() {
        assertEquals(Optional.empty(), consentements.trouverParUtilisateur(camille.id()));
        consentements.enregistrer(ConsentementProspection.parDefaut(camille.id()).changer(true, T0));
        consentements.enregistrer(ConsentementProspection.parDefaut(camille.id()).changer(false, T0.plusSeconds(5)));
        decisions.enregistrer(DecisionCompte.de(camille.id(), TypeDecisionCompte.SUSPENSION, MotifCompte.FRAUDE,
                null, gestionnaire.id(), T0));
        decisions.enregistrer(DecisionCompte.de(camille.id(), TypeDecisionCompte.REACTIVATION, null, null,
                gestionnaire.id(), T0.plusSeconds(60)));

        assertEquals(new ConsentementProspection(camille.id(), false, Optional.of(T0.plusSeconds(5))),
                consentements.trouverParUtilisateur(camille.id()).orElseThrow());
        List<DecisionCompte> lues = decisions.lister(camille.id());
        assertEquals(List.of(TypeDecisionCompte.REACTIVATION, TypeDecisionCompte.SUSPENSION),
                lues.stream().map(DecisionCompte::type).toList());
        assertEquals(Optional.of(MotifCompte.FRAUDE), lues.get(1).motif());
        assertTrue(lues.get(1).precision().isEmpty());
    }
}
