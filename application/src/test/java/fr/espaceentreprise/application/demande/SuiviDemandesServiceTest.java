package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.demande.UnContenu;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tracking (list, detail, files), the user's reply, and the back office's queue. */
class SuiviDemandesServiceTest {

    final EspaceDemandes espace = new EspaceDemandes();
    final EspaceConsultation monde = espace.consultation;
    final Entreprise durand = monde.entreprise("Durand SA");
    final Contrat contratDurand = monde.contrat(durand);
    final Entreprise martin = monde.entreprise("Martin SARL");
    final Contrat contratMartin = monde.contrat(martin);
    final Acteur camille = espace.utilisateurEntreprise(durand);
    final Acteur jules = espace.utilisateurEntreprise(martin);
    final Acteur gestionnaire = espace.gestionnaire();

    DemandeId soumiseUneMinutePlusTard(Acteur acteur, Entreprise entreprise, PieceJointe... pieces) {
        monde.horloge.avancer(Duration.ofMinutes(1));
        return espace.soumettre(acteur, entreprise.id(), UnContenu.autre(), pieces);
    }

    Page<DemandeResume, CurseurChronologique> lister(Acteur acteur, FiltreDemandes filtre,
                                                    Optional<CurseurChronologique> apres, int taille) {
        return espace.consulterDemandes().lister(new ConsulterDemandes.Requete(acteur, filtre, apres, taille));
    }

    List<DemandeId> ids(Page<DemandeResume, CurseurChronologique> page) {
        return page.elements().stream().map(DemandeResume::id).toList();
    }

    // --- the front office's list

    @Test
    void the_list_holds_the_demandes_of_the_actors_entreprise_newest_first_page_by_page() {
        DemandeId a = soumiseUneMinutePlusTard(camille, durand);
        soumiseUneMinutePlusTard(jules, martin);
        DemandeId b = soumiseUneMinutePlusTard(camille, durand);
        DemandeId c = soumiseUneMinutePlusTard(camille, durand);

        var premiere = lister(camille, FiltreDemandes.AUCUN, Optional.empty(), 2);
        var seconde = lister(camille, FiltreDemandes.AUCUN, premiere.suivant(), 2);

        assertEquals(List.of(c, b), ids(premiere));
        assertEquals(List.of(a), ids(seconde));
        assertEquals(Optional.empty(), seconde.suivant());
        assertEquals("Durand SA", premiere.elements().get(0).raisonSociale());
        assertEquals(Optional.of(UnContenu.autre().objet()), premiere.elements().get(0).objet());
    }

    @Test
    void the_list_filters_by_statut_and_type() {
        DemandeId enCours = soumiseUneMinutePlusTard(camille, durand);
        DemandeId rejetee = soumiseUneMinutePlusTard(camille, durand);
        espace.decider(gestionnaire, rejetee, StatutDemande.REJETEE, "Non.");
        espace.soumettre(camille, durand.id(), UnContenu.majModalitesPaiement());

        assertEquals(List.of(rejetee), ids(lister(camille, FiltreDemandes.de("REJETEE", null, null),
                Optional.empty(), 20)));
        assertEquals(List.of(rejetee, enCours), ids(lister(camille, FiltreDemandes.de(null, "AUTRE", ""),
                Optional.empty(), 20)));
    }

    @Test
    void a_mandataire_lists_the_demandes_of_every_entreprise_of_his_perimetre() {
        Mandataire courtier = monde.mandataire("Courtage Expat");
        monde.mandat(courtier, contratDurand);
        monde.mandat(courtier, contratMartin);
        Entreprise autre = monde.entreprise("Autre SA");
        Acteur acteurAutre = espace.utilisateurEntreprise(autre);
        DemandeId d = soumiseUneMinutePlusTard(camille, durand);
        DemandeId m = soumiseUneMinutePlusTard(jules, martin);
        soumiseUneMinutePlusTard(acteurAutre, autre);
        Acteur acteur = espace.utilisateurMandataire(courtier);

        assertEquals(List.of(m, d), ids(lister(acteur, FiltreDemandes.AUCUN, Optional.empty(), 20)));
        assertEquals(List.of(d), ids(lister(acteur, FiltreDemandes.de(null, null, durand.id().toString()),
                Optional.empty(), 20)));
    }

    @Test
    void filtering_on_an_entreprise_outside_the_perimetre_is_not_found() {
        assertIntrouvable("entreprise.introuvable", () -> lister(camille,
                FiltreDemandes.de(null, null, martin.id().toString()), Optional.empty(), 20));
    }

    @Test
    void a_gestionnaire_gets_no_list_in_the_rubrique() {
        soumiseUneMinutePlusTard(camille, durand);

        assertEquals(List.of(), lister(gestionnaire, FiltreDemandes.AUCUN, Optional.empty(), 20).elements());
    }

    @Test
    void filters_are_read_from_what_the_user_sent() {
        assertEquals(FiltreDemandes.AUCUN, FiltreDemandes.de(" ", null, ""));
        assertValeurInvalide("demande.statut.invalide", "statut", () -> FiltreDemandes.de("FINIE", null, null));
        assertValeurInvalide("demande.type.invalide", "type", () -> FiltreDemandes.de(null, "X", null));
        assertValeurInvalide("identifiant.invalide", "entrepriseId", () -> FiltreDemandes.de(null, null, "42"));
        assertEquals(Optional.of(TypeDemande.AUTRE), FiltreDemandes.de(null, "AUTRE", null).type());
    }

    // --- detail and files

    @Test
    void the_detail_shows_the_history_with_who_acted_and_the_files_of_each_message() {
        DemandeId id = espace.soumettre(camille, durand.id(), UnContenu.autre(), EspaceDemandes.pdf("a.pdf"));
        monde.horloge.avancer(Duration.ofHours(1));
        espace.decider(gestionnaire, id, StatutDemande.EN_ATTENTE_DE_RETOUR, "Le justificatif ?");
        monde.horloge.avancer(Duration.ofHours(1));
        espace.repondre(camille, id, "Le voici.", EspaceDemandes.png("scan.png"));

        FicheDemande fiche = espace.consulterDemandes().consulter(camille, id);

        assertEquals(StatutDemande.EN_COURS, fiche.statut());
        assertEquals("Durand SA", fiche.raisonSociale());
        assertEquals(UnContenu.autre(), fiche.contenu());
        List<FicheDemande.Evenement> historique = fiche.historique();
        assertEquals(List.of(TypeEvenement.SOUMISSION, TypeEvenement.DEMANDE_DE_COMPLEMENT, TypeEvenement.REPONSE),
                historique.stream().map(FicheDemande.Evenement::type).toList());
        assertEquals(Optional.of("Camille Durand"), historique.get(0).nomAuteur());
        assertFalse(historique.get(0).serviceGestion());
        assertTrue(historique.get(1).serviceGestion());
        assertEquals(Optional.empty(), historique.get(1).nomAuteur());
        assertEquals(Optional.of("Le justificatif ?"), historique.get(1).message());
        assertEquals(List.of("a.pdf"), noms(historique.get(0)));
        assertEquals(List.of(), noms(historique.get(1)));
        assertEquals(List.of("scan.png"), noms(historique.get(2)));
    }

    @Test
    void a_demande_of_another_entreprise_is_not_found_and_a_gestionnaire_reads_any() {
        DemandeId id = soumiseUneMinutePlusTard(camille, durand);

        assertIntrouvable("demande.introuvable", () -> espace.consulterDemandes().consulter(jules, id));
        assertEquals(id, espace.consulterDemandes().consulter(gestionnaire, id).id());
    }

    @Test
    void a_file_is_downloaded_with_its_bytes_only_through_its_own_demande() {
        PieceJointe piece = EspaceDemandes.pdf("a.pdf");
        DemandeId id = espace.soumettre(camille, durand.id(), UnContenu.autre(), piece);
        DemandeId autre = soumiseUneMinutePlusTard(camille, durand);

        PieceJointe lue = espace.consulterDemandes().telecharger(camille, id, piece.id());

        assertArrayEquals(EspaceDemandes.OCTETS_PDF, lue.contenu());
        assertIntrouvable("piece_jointe.introuvable",
                () -> espace.consulterDemandes().telecharger(camille, autre, piece.id()));
        assertIntrouvable("piece_jointe.introuvable",
                () -> espace.consulterDemandes().telecharger(camille, id, PieceJointeId.nouveau()));
        assertIntrouvable("demande.introuvable",
                () -> espace.consulterDemandes().telecharger(jules, id, piece.id()));
    }

    // --- the user's reply

    @Test
    void answering_puts_the_demande_back_in_progress_with_an_email_and_an_audit_line() {
        DemandeId id = soumiseUneMinutePlusTard(camille, durand);
        espace.decider(gestionnaire, id, StatutDemande.EN_ATTENTE_DE_RETOUR, "Précisez.");

        espace.repondre(camille, id, "Précision.");

        assertEquals(StatutDemande.EN_COURS, espace.demande(id).statut());
        var courriels = espace.comptes.notifications.deType(TypeNotification.DEMANDE_STATUT_CHANGE);
        assertEquals("EN_COURS", courriels.get(1).parametres().get(CourrielsDemande.STATUT));
        assertFalse(courriels.get(1).parametres().containsKey(CourrielsDemande.MESSAGE));
        assertEquals(1, espace.comptes.journal.deType(TypeEvenementAudit.DEMANDE_REPONDUE).size());
    }

    @Test
    void answering_a_demande_that_awaits_nothing_is_forbidden() {
        DemandeId id = soumiseUneMinutePlusTard(camille, durand);

        assertRegleMetier("demande.transition.interdite", () -> espace.repondre(camille, id, "Alors ?"));
    }

    @Test
    void only_the_demandes_side_answers() {
        DemandeId id = soumiseUneMinutePlusTard(camille, durand);
        espace.decider(gestionnaire, id, StatutDemande.EN_ATTENTE_DE_RETOUR, "Précisez.");

        assertIntrouvable("demande.introuvable", () -> espace.repondre(jules, id, "Moi ?"));
        assertIntrouvable("demande.introuvable", () -> espace.repondre(gestionnaire, id, "Moi ?"));
        assertEquals(StatutDemande.EN_ATTENTE_DE_RETOUR, espace.demande(id).statut());
    }

    // --- the back office's queue

    @Test
    void the_queue_holds_every_entreprises_demandes_oldest_first_filtered() {
        DemandeId a = soumiseUneMinutePlusTard(camille, durand);
        DemandeId b = soumiseUneMinutePlusTard(jules, martin);
        DemandeId c = soumiseUneMinutePlusTard(camille, durand);
        espace.decider(gestionnaire, c, StatutDemande.VALIDEE, null);

        var file = espace.consulterFileDemandes();
        var premiere = file.consulter(new ConsulterFileDemandes.Requete(gestionnaire, FiltreDemandes.AUCUN,
                Optional.empty(), 2));
        var seconde = file.consulter(new ConsulterFileDemandes.Requete(gestionnaire, FiltreDemandes.AUCUN,
                premiere.suivant(), 2));

        assertEquals(List.of(a, b), ids(premiere));
        assertEquals(List.of(c), ids(seconde));
        assertEquals(List.of(a, b), ids(file.consulter(new ConsulterFileDemandes.Requete(gestionnaire,
                FiltreDemandes.de("EN_COURS", null, null), Optional.empty(), 20))));
        assertEquals(List.of(b), ids(file.consulter(new ConsulterFileDemandes.Requete(gestionnaire,
                FiltreDemandes.de(null, "AUTRE", martin.id().toString()), Optional.empty(), 20))));
    }

    @Test
    void the_queue_is_nothing_for_anyone_but_a_gestionnaire() {
        assertIntrouvable(IntrouvableException.CODE_GENERIQUE, () -> espace.consulterFileDemandes().consulter(
                new ConsulterFileDemandes.Requete(camille, FiltreDemandes.AUCUN, Optional.empty(), 20)));
    }

    private static List<String> noms(FicheDemande.Evenement evenement) {
        List<String> noms = new ArrayList<>();
        evenement.piecesJointes().forEach(piece -> noms.add(piece.nomFichier()));
        return noms;
    }

    private static void assertIntrouvable(String code, Executable action) {
        IntrouvableException erreur = assertThrows(IntrouvableException.class, action);
        assertEquals(code, erreur.code());
    }
}
