package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.compte.ConsulterInscriptions.InscriptionAControler;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutInscription;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DemanderInscription, ConsulterInscriptions, ValiderInscription, RejeterInscription. */
class InscriptionsServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final Entreprise entreprise = espace.entreprises.ajouter(
            UneEntreprise.nommee("Expat Conseil SAS").numeroAdherent("10000004").email("rh@expat-conseil.fr").build());
    private final Mandataire mandataire = espace.mandataires.ajouter(
            UnMandataire.nomme("Courtage International").numeroAdherent("20000002").build());
    private final Acteur gestionnaire = espace.acteur(espace.gestionnaire());
    private final Acteur client = espace.acteur(espace.compteActif());

    private DemanderInscription.Commande formulaireEntreprise(String numero) {
        return new DemanderInscription.Commande(Profil.ENTREPRISE, "Expat Conseil SAS", entreprise.siret(),
                new Email("camille@perso.fr"), new NumeroAdherent(numero), "Durand", "Camille",
                LocalDate.of(1984, 6, 15), Langue.EN, IP);
    }

    @Nested
    class Demander {

        @Test
        void a_request_is_stored_pending_with_everything_typed_and_audited() {
            espace.demanderInscription().demander(formulaireEntreprise("10000004"));

            DemandeInscription demande = espace.demandesInscription.tous().get(0);
            assertEquals(StatutInscription.EN_ATTENTE, demande.statut());
            assertEquals(Optional.of(entreprise.siret()), demande.siret());
            assertEquals(new Email("camille@perso.fr"), demande.email());
            assertEquals(Langue.EN, demande.langue());
            assertEquals(T0, demande.recueLe());
            EvenementAudit audit = espace.journal.seul();
            assertEquals(TypeEvenementAudit.INSCRIPTION_DEMANDEE, audit.type());
            assertEquals(Optional.of(new NumeroAdherent("10000004")), audit.numeroAdherent());
            assertEquals(Optional.empty(), audit.utilisateurId());
            assertEquals(List.of(), espace.notifications.envoyees(), "nothing tells the requester anything yet");
        }

        @Test
        void a_request_for_an_unknown_numero_gets_the_same_answer() {
            espace.demanderInscription().demander(formulaireEntreprise("19999999"));

            assertEquals(1, espace.demandesInscription.taille());
            assertEquals(List.of(), espace.notifications.envoyees());
        }

        @Test
        void a_gestionnaire_account_cannot_be_requested() {
            DemanderInscription.Commande gestion = new DemanderInscription.Commande(Profil.GESTIONNAIRE, null, null,
                    new Email("x@welcare.fr"), new NumeroAdherent("90000002"), "Martin", "Léa",
                    LocalDate.of(1990, 1, 1), Langue.FR, IP);

            assertValeurInvalide("inscription.profil.invalide", "profil",
                    () -> espace.demanderInscription().demander(gestion));
            assertEquals(0, espace.demandesInscription.taille());
            assertEquals(List.of(), espace.journal.evenements());
        }

        @Test
        void too_many_requests_from_one_address_are_refused() {
            espace.limiteur.refuser("inscription:ip:203.0.113.7", Duration.ofMinutes(30));

            TropDeTentativesException erreur = assertThrows(TropDeTentativesException.class,
                    () -> espace.demanderInscription().demander(formulaireEntreprise("10000004")));

            assertEquals(Duration.ofMinutes(30), erreur.reessayerApres());
            assertEquals(0, espace.demandesInscription.taille());
        }
    }

    @Nested
    class Consulter {

        private Page<InscriptionAControler, CurseurChronologique> consulter(Acteur acteur, int taille) {
            return espace.consulterInscriptions().consulter(
                    new ConsulterInscriptions.Requete(acteur, Optional.empty(), taille));
        }

        @Test
        void a_gestionnaire_sees_each_pending_request_with_its_checks() {
            espace.demandesInscription.ajouter(UneDemandeInscription.pour(entreprise).build());
            espace.demandesInscription.ajouter(UneDemandeInscription.pour(entreprise)
                    .siret(UneEntreprise.siretValide(999_998)).recueLe(UneDemandeInscription.RECUE_LE.plusSeconds(1))
                    .build());
            espace.demandesInscription.ajouter(UneDemandeInscription.mandataire().numeroAdherent("10000001")
                    .recueLe(UneDemandeInscription.RECUE_LE.plusSeconds(2)).build());

            List<InscriptionAControler> inscriptions = consulter(gestionnaire, 20).elements();

            assertEquals(3, inscriptions.size());
            assertEquals(List.of(), inscriptions.get(0).controles().echecs());
            assertEquals(List.of("inscription.siret.different"), inscriptions.get(1).controles().echecs());
            assertEquals(List.of("inscription.numeroAdherent.inconnu", "inscription.profil.different",
                    "inscription.compte.existant"), inscriptions.get(2).controles().echecs());
        }

        @Test
        void decided_requests_leave_the_queue() {
            DemandeInscription rejetee = UneDemandeInscription.pour(mandataire).build();
            rejetee.rejeter(gestionnaire.utilisateurId(), "doublon", T0);
            espace.demandesInscription.ajouter(rejetee);

            assertEquals(List.of(), consulter(gestionnaire, 20).elements());
        }

        @Test
        void the_queue_is_read_oldest_first_page_by_page() {
            for (int i = 0; i < 5; i++) {
                espace.demandesInscription.ajouter(UneDemandeInscription.pour(mandataire)
                        .recueLe(UneDemandeInscription.RECUE_LE.plusSeconds(10 - i)).build());
            }

            Page<InscriptionAControler, CurseurChronologique> premiere = consulter(gestionnaire, 2);
            Page<InscriptionAControler, CurseurChronologique> seconde = espace.consulterInscriptions().consulter(
                    new ConsulterInscriptions.Requete(gestionnaire, premiere.suivant(), 2));
            Page<InscriptionAControler, CurseurChronologique> derniere = espace.consulterInscriptions().consulter(
                    new ConsulterInscriptions.Requete(gestionnaire, seconde.suivant(), 2));

            assertEquals(List.of(6L, 7L), secondes(premiere));
            assertEquals(List.of(8L, 9L), secondes(seconde));
            assertEquals(List.of(10L), secondes(derniere));
            assertEquals(Optional.empty(), derniere.suivant());
        }

        private List<Long> secondes(Page<InscriptionAControler, CurseurChronologique> page) {
            return page.elements().stream()
                    .map(i -> Duration.between(UneDemandeInscription.RECUE_LE, i.demande().recueLe()).toSeconds())
                    .toList();
        }

        @Test
        void anyone_but_a_gestionnaire_is_told_it_does_not_exist() {
            IntrouvableException erreur = assertThrows(IntrouvableException.class,
                    () -> consulter(client, 20));
            assertEquals("ressource.introuvable", erreur.code());
        }

        @Test
        void a_page_holds_1_to_100_requests() {
            assertValeurInvalide("pagination.taille.invalide", "taille", () -> consulter(gestionnaire, 0));
            assertValeurInvalide("pagination.taille.invalide", "taille", () -> consulter(gestionnaire, 101));
        }
    }

    @Nested
    class Valider {

        private final DemandeInscription demande = espace.demandesInscription.ajouter(
                UneDemandeInscription.pour(entreprise).nomme("Camille", "Durand").email("camille@perso.fr")
                        .langue(Langue.EN).build());

        private UtilisateurId valider(Acteur acteur, DemandeInscriptionId id) {
            return espace.validerInscription().valider(new ValiderInscription.Commande(acteur, id, IP));
        }

        @Test
        void validation_opens_the_account_attached_to_the_entreprise_with_empty_credentials() {
            UtilisateurId id = valider(gestionnaire, demande.id());

            Utilisateur utilisateur = espace.utilisateurs.trouver(id).orElseThrow();
            assertEquals(Profil.ENTREPRISE, utilisateur.profil());
            assertEquals(Optional.of(entreprise.id()), utilisateur.entrepriseId());
            assertEquals(entreprise.numeroAdherent(), utilisateur.numeroAdherent());
            assertEquals("Durand", utilisateur.nom());
            assertEquals(new Email("camille@perso.fr"), utilisateur.email());
            assertEquals(Langue.EN, utilisateur.langue());
            Identifiants identifiants = espace.identifiants.de(id);
            assertEquals(Optional.empty(), identifiants.empreinteMotDePasse());
            assertEquals(Optional.empty(), identifiants.motDePasseProvisoire(), "drawn when the mail is sent");
            DemandeInscription validee = espace.demandesInscription.de(demande.id());
            assertEquals(StatutInscription.VALIDEE, validee.statut());
            assertEquals(gestionnaire.utilisateurId(), validee.decision().orElseThrow().gestionnaire());
        }

        @Test
        void validation_queues_two_separate_mails_the_password_and_the_numero_reminder() {
            UtilisateurId id = valider(gestionnaire, demande.id());

            List<Notification> courriels = espace.notifications.envoyees();
            assertEquals(List.of(TypeNotification.MOT_DE_PASSE_PROVISOIRE, TypeNotification.RAPPEL_NUMERO_ADHERENT),
                    courriels.stream().map(Notification::type).toList());
            for (Notification courriel : courriels) {
                assertEquals(new Email("camille@perso.fr"), courriel.destinataire());
                assertEquals(Langue.EN, courriel.langue());
                assertEquals(Optional.of(id), courriel.utilisateurId());
                assertEquals("INSCRIPTION", courriel.parametres().get("contexte"));
            }
            assertFalse(courriels.get(0).parametres().containsKey("numeroAdherent"), "each identifier on its own");
            assertFalse(courriels.get(0).parametres().containsKey("motDePasseProvisoire"), "no secret queued");
            assertEquals("10000004", courriels.get(1).parametres().get("numeroAdherent"));
        }

        @Test
        void the_temporary_password_mailed_lives_72_hours() {
            espace.ports().contrats.ajouter(UnContrat.de(entreprise.id()).build());
            Utilisateur utilisateur = espace.utilisateurs.trouver(valider(gestionnaire, demande.id())).orElseThrow();
            String provisoire = espace.secretEnvoye(utilisateur, CourrielsCompte.MOT_DE_PASSE_PROVISOIRE);

            espace.horloge.avancer(MotDePasseProvisoire.VALIDITE_INSCRIPTION.minusMillis(1));

            assertInstanceOf(SeConnecter.Resultat.Reussie.class,
                    espace.seConnecter().seConnecter(espace.connexion(utilisateur, provisoire)));
        }

        @Test
        void validation_is_audited_with_the_gestionnaire_and_the_numero() {
            valider(gestionnaire, demande.id());

            EvenementAudit audit = espace.journal.seul();
            assertEquals(TypeEvenementAudit.INSCRIPTION_VALIDEE, audit.type());
            assertEquals(Optional.of(gestionnaire.utilisateurId()), audit.utilisateurId());
            assertEquals(Optional.of(entreprise.numeroAdherent()), audit.numeroAdherent());
            assertTrue(audit.detail().orElseThrow().contains(demande.id().toString()));
        }

        @Test
        void a_mandataire_request_opens_an_account_attached_to_the_mandataire() {
            DemandeInscription pourMandataire = espace.demandesInscription.ajouter(
                    UneDemandeInscription.pour(mandataire).build());

            UtilisateurId id = valider(gestionnaire, pourMandataire.id());

            Utilisateur utilisateur = espace.utilisateurs.trouver(id).orElseThrow();
            assertEquals(Profil.MANDATAIRE, utilisateur.profil());
            assertEquals(Optional.of(mandataire.id()), utilisateur.mandataireId());
        }

        @Test
        void the_checks_are_made_again_at_validation_time() {
            espace.utilisateurs.ajouter(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent("10000004").build());

            RegleMetierException erreur = assertRegleMetier("inscription.controles_non_satisfaits",
                    () -> valider(gestionnaire, demande.id()));

            assertEquals(Map.of("echecs", List.of(ControlesInscription.COMPTE_EXISTANT)), erreur.parametres());
            assertRienEcrit();
        }

        @Test
        void a_request_whose_siret_differs_cannot_be_validated() {
            DemandeInscription mauvaisSiret = espace.demandesInscription.ajouter(UneDemandeInscription.pour(entreprise)
                    .siret(UneEntreprise.siretValide(999_997)).build());

            assertRegleMetier("inscription.controles_non_satisfaits", () -> valider(gestionnaire, mauvaisSiret.id()));
        }

        @Test
        void a_request_cannot_be_validated_twice() {
            valider(gestionnaire, demande.id());

            assertRegleMetier("inscription.deja_traitee", () -> valider(gestionnaire, demande.id()));
            assertEquals(2, espace.notifications.envoyees().size());
        }

        @Test
        void anyone_but_a_gestionnaire_is_told_the_request_does_not_exist() {
            assertThrows(IntrouvableException.class, () -> valider(client, demande.id()));
            assertThrows(IntrouvableException.class, () -> valider(gestionnaire, DemandeInscriptionId.nouveau()));
            assertRienEcrit();
        }

        @Test
        void when_the_second_mail_cannot_be_queued_nothing_at_all_is_written() {
            espace.notifications.echouerAuMessage(2);

            assertThrows(IllegalStateException.class, () -> valider(gestionnaire, demande.id()));

            assertRienEcrit();
            assertEquals(1, espace.transactions.annulees());
        }

        private void assertRienEcrit() {
            assertEquals(StatutInscription.EN_ATTENTE, espace.demandesInscription.de(demande.id()).statut());
            assertEquals(List.of(), espace.notifications.envoyees());
            assertEquals(List.of(), espace.journal.evenements());
            assertEquals(Optional.empty(), espace.utilisateurs.trouverParNumeroAdherent(entreprise.numeroAdherent())
                    .filter(u -> u.email().equals(new Email("camille@perso.fr"))));
            assertEquals(2, espace.identifiants.taille(), "only the two accounts of the setup");
        }
    }

    @Nested
    class Rejeter {

        private final DemandeInscription demande = espace.demandesInscription.ajouter(
                UneDemandeInscription.pour(mandataire).nomme("Léa", "Martin").email("lea@perso.fr").build());

        private void rejeter(Acteur acteur, String motif) {
            espace.rejeterInscription().rejeter(new RejeterInscription.Commande(acteur, demande.id(), motif, IP));
        }

        @Test
        void rejection_records_the_motif_and_mails_the_requester_without_it() {
            rejeter(gestionnaire, "Numéro d'adhérent inconnu de nos services");

            DemandeInscription rejetee = espace.demandesInscription.de(demande.id());
            assertEquals(StatutInscription.REJETEE, rejetee.statut());
            assertEquals(Optional.of("Numéro d'adhérent inconnu de nos services"),
                    rejetee.decision().orElseThrow().motif());
            Notification courriel = espace.notifications.envoyees().get(0);
            assertEquals(TypeNotification.INSCRIPTION_REJETEE, courriel.type());
            assertEquals(new Email("lea@perso.fr"), courriel.destinataire());
            assertEquals(Map.of("prenom", "Léa", "nom", "Martin"), courriel.parametres());
            assertEquals(TypeEvenementAudit.INSCRIPTION_REJETEE, espace.journal.seul().type());
            assertEquals(0, espace.utilisateurs.tous().stream()
                    .filter(u -> u.email().equals(new Email("lea@perso.fr"))).count());
        }

        @Test
        void a_motif_is_required() {
            assertValeurInvalide("inscription.motif.obligatoire", "motif", () -> rejeter(gestionnaire, "  "));
            assertEquals(List.of(), espace.notifications.envoyees());
        }

        @Test
        void anyone_but_a_gestionnaire_is_told_the_request_does_not_exist() {
            assertThrows(IntrouvableException.class, () -> rejeter(client, "non"));
            assertEquals(StatutInscription.EN_ATTENTE, espace.demandesInscription.de(demande.id()).statut());
        }

        @Test
        void when_the_mail_cannot_be_queued_the_request_stays_pending() {
            espace.notifications.echouerAuMessage(1);

            assertThrows(IllegalStateException.class, () -> rejeter(gestionnaire, "doublon"));

            assertEquals(StatutInscription.EN_ATTENTE, espace.demandesInscription.de(demande.id()).statut());
            assertEquals(List.of(), espace.journal.evenements());
        }
    }
}
