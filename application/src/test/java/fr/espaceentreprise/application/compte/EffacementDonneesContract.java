package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.application.notification.MessageEnAttente;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link EffacementDonnees}: what the portal holds about a deleted account's holder is erased, what must stay as
 * evidence stays, and nobody else's rows are touched.
 */
public abstract class EffacementDonneesContract extends PortContract {

    private final Entreprise entreprise = uneEntreprise();
    private final Utilisateur camille = stocker(UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent(entreprise.numeroAdherent().valeur()).nomme("Durand").prenomme("Camille")
            .email("camille.durand@example.fr").build());
    private final Utilisateur voisin = stocker(UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent(nouveauNumero().valeur()).email("voisin@example.fr").build());
    private final EmpreinteJeton jetonDeCamille = EmpreinteJeton.de("jeton-de-camille");
    private final EmpreinteJeton jetonDuVoisin = EmpreinteJeton.de("jeton-du-voisin");

    /**
     * Gives {@code utilisateur} credentials, a session, a second factor with its recovery codes and an enrolment
     * under way, an API token, a known browser, a consent and an e-mail waiting in the outbox.
     */
    private void toutStocker(Utilisateur utilisateur, EmpreinteJeton jeton) {
        enTransaction(() -> {
            stockage().secondsFacteurs().enregistrer(SecondFacteur.rehydrater(utilisateur.id(),
                    GenerateurFactice.SECRET_TOTP, T0, 0, List.of(CodeDeSecours.nouveau("AAAA-BBBB-CCCC-DDDD"))));
            stockage().secondsFacteurs().enregistrerEnrolement(new EnrolementSecondFacteur(utilisateur.id(),
                    GenerateurFactice.SECRET_TOTP, T0));
            stockage().jetonsApi().ajouter(JetonApi.creer(JetonApiId.nouveau(), utilisateur.id(), "SIRH",
                    DroitsJeton.LECTURE, T0.plusSeconds(86_400), T0), EmpreinteJeton.de("api-" + jeton.valeur()));
            stockage().appareils().enregistrer(utilisateur.id(), jeton, T0);
            stockage().identifiants().enregistrer(Identifiants.rehydrater(utilisateur.id(),
                    IdentifiantsRepositoryContract.EMPREINTE, null, Temporisation.AUCUNE, utilisateur.email(), null,
                    T0));
            stockage().sessions().ajouter(SessionUtilisateur.ouvrir(SessionId.nouveau(), utilisateur.id(), Set.of(),
                    T0, new AdresseIp("203.0.113.7"), FamilleNavigateur.FIREFOX, false), jeton);
            stockage().consentements().enregistrer(ConsentementProspection.parDefaut(utilisateur.id())
                    .changer(true, T0));
            stockage().notifications().envoyer(new Notification(TypeNotification.RAPPEL_NUMERO_ADHERENT,
                    utilisateur.email(), utilisateur.langue(), Optional.of(utilisateur.id()),
                    Map.of("numeroAdherent", utilisateur.numeroAdherent().valeur())));
        });
    }

    /** Whether any of the second factor, its enrolment, the API tokens and the known browsers is left. */
    private boolean aDesSecrets(Utilisateur utilisateur, EmpreinteJeton jeton) {
        return enTransaction(() -> {
            List<Boolean> restes = List.of(stockage().secondsFacteurs().trouver(utilisateur.id()).isPresent(),
                    stockage().secondsFacteurs().trouverEnrolement(utilisateur.id()).isPresent(),
                    !stockage().jetonsApi().listerDe(utilisateur.id()).isEmpty(),
                    stockage().jetonsApi().trouverParEmpreinte(EmpreinteJeton.de("api-" + jeton.valeur()))
                            .isPresent(),
                    stockage().appareils().estConnu(utilisateur.id(), jeton));
            assertEquals(1, restes.stream().distinct().count(), "all or nothing: " + restes);
            return restes.get(0);
        });
    }

    private void supprimerCamille() {
        enTransaction(() -> {
            camille.supprimer();
            stockage().utilisateurs().enregistrer(camille);
            stockage().effacementDonnees().effacer(camille);
        });
    }

    @Test
    void erases_the_credentials_sessions_second_factor_tokens_browsers_consent_and_waiting_mails_of_the_holder_only() {
        toutStocker(camille, jetonDeCamille);
        toutStocker(voisin, jetonDuVoisin);

        supprimerCamille();

        enTransaction(() -> {
            assertEquals(Optional.empty(), stockage().identifiants().trouverParUtilisateur(camille.id()));
            assertEquals(Optional.empty(), stockage().sessions().trouverParEmpreinteJeton(jetonDeCamille));
            assertEquals(Optional.empty(), stockage().consentements().trouverParUtilisateur(camille.id()));
            assertEquals(true, stockage().identifiants().trouverParUtilisateur(voisin.id()).isPresent());
            assertEquals(true, stockage().sessions().trouverParEmpreinteJeton(jetonDuVoisin).isPresent());
            assertEquals(true, stockage().consentements().trouverParUtilisateur(voisin.id()).isPresent());
        });
        assertEquals(List.of(false, true), List.of(aDesSecrets(camille, jetonDeCamille),
                aDesSecrets(voisin, jetonDuVoisin)));
        List<Optional<MessageEnAttente>> enAttente = enTransaction(() -> {
            Optional<MessageEnAttente> premier = stockage().boiteDEnvoi().reserverProchain(T0);
            premier.ifPresent(message -> stockage().boiteDEnvoi().marquerEnvoye(message.id(), T0));
            return List.of(premier, stockage().boiteDEnvoi().reserverProchain(T0));
        });
        assertEquals(voisin.email(), enAttente.get(0).orElseThrow().notification().destinataire());
        assertEquals(Optional.empty(), enAttente.get(1));
    }

    @Test
    void blanks_the_identity_typed_in_the_decided_sign_up_requests_of_his_numero_and_leaves_a_pending_one() {
        DemandeInscription decidee = UneDemandeInscription.pour(entreprise).nomme("Camille", "Durand")
                .email("camille.durand@example.fr").neLe(LocalDate.of(1984, 6, 2)).build();
        decidee.valider(voisin.id(), new ControlesInscription(true, true, true, true, false), T0);
        DemandeInscription enAttente = UneDemandeInscription.pour(entreprise).nomme("Dominique", "Durand")
                .email("dominique@example.fr").neLe(LocalDate.of(1990, 1, 15)).build();
        enTransaction(() -> {
            stockage().demandesInscription().enregistrer(decidee);
            stockage().demandesInscription().enregistrer(enAttente);
        });

        supprimerCamille();

        DemandeInscription effacee = enTransaction(() -> stockage().demandesInscription().trouver(decidee.id()))
                .orElseThrow();
        assertEquals(List.of(camille.nom(), camille.prenom(), camille.email()),
                List.of(effacee.nom(), effacee.prenom(), effacee.email()), "the placeholders of the account row");
        assertNotEquals(LocalDate.of(1984, 6, 2), effacee.dateNaissance());
        assertEquals(decidee.decision(), effacee.decision());
        DemandeInscription intacte = enTransaction(() -> stockage().demandesInscription().trouver(enAttente.id()))
                .orElseThrow();
        assertEquals(List.of("Durand", "Dominique", "dominique@example.fr", LocalDate.of(1990, 1, 15)),
                List.of(intacte.nom(), intacte.prenom(), intacte.email().valeur(), intacte.dateNaissance()));
    }

    @Test
    void keeps_the_audit_trail_the_decisions_the_cgu_acceptances_and_the_demandes() {
        VersionCgu version = new VersionCgu("2026-11", T0.minusSeconds(86_400));
        Demande demande = UneDemande.avec(new RectificationDonnees("Accent sur mon nom")).pour(entreprise.id())
                .par(camille.id()).soumiseLe(T0).build();
        DecisionCompte decision = DecisionCompte.de(camille.id(), TypeDecisionCompte.SUPPRESSION,
                MotifCompte.DEMANDE_UTILISATEUR, "Par téléphone", voisin.id(), T0);
        EvenementAudit connexion = EvenementAudit.de(TypeEvenementAudit.CONNEXION_REUSSIE, T0, camille.id(),
                camille.numeroAdherent(), new AdresseIp("203.0.113.9"), null);
        AcceptationCgu acceptation = new AcceptationCgu(camille.id(), version.version(), T0);
        enTransaction(() -> {
            stockage().cgu().publier(new PublicationCgu(version, "Conditions", "Terms"));
            stockage().cgu().enregistrer(acceptation);
            stockage().journal().enregistrer(connexion);
            stockage().demandes().enregistrer(demande);
            stockage().decisionsCompte().enregistrer(decision);
        });

        supprimerCamille();

        enTransaction(() -> {
            var lecture = stockage().lectureDonneesPersonnelles();
            assertEquals(List.of(connexion), lecture.journal(camille.id()));
            assertEquals(List.of(acceptation), lecture.acceptationsCgu(camille.id()));
            assertEquals(List.of(demande.id()), lecture.demandesDe(camille.id()));
            assertEquals(List.of(decision), stockage().decisionsCompte().lister(camille.id()));
            assertEquals(Optional.empty(), stockage().utilisateurs().trouverParNumeroAdherent(
                    camille.numeroAdherent()), "the numéro opens nothing any more");
        });
    }
}
