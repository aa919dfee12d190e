package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.MajPaysExpatriation;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.RadiationSalarie;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Salarie;
import org.junit.jupiter.api.Test;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.function.Executable;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoumettreDemandeServiceTest {

    final EspaceDemandes espace = new EspaceDemandes();
    final EspaceConsultation monde = espace.consultation;
    final Entreprise entreprise = monde.entreprise("Durand SA");
    final Contrat contrat = monde.contrat(entreprise);
    final Entreprise autreEntreprise = monde.entreprise("Martin SARL");
    final Contrat contratAutre = monde.contrat(autreEntreprise);

    ChangementGarantie changementGarantie(Contrat contrat) {
        return new ChangementGarantie(contrat.id(), Garantie.SANTE_EXPAT_CFE_INTEGRAL, EspaceConsultation.AUJOURDHUI);
    }

    SoumettreDemande.Commande commande(Acteur acteur, Entreprise entreprise, ContenuDemande contenu,
                                       Optional<CleIdempotence> cle, List<PieceJointe> pieces) {
        return new SoumettreDemande.Commande(acteur, entreprise.id(), contenu, pieces, cle, EspaceDemandes.IP);
    }

    @Test
    void an_entreprise_user_submits_a_demande_stored_in_progress_with_its_files_an_email_and_an_audit_line() {
        Acteur camille = espace.utilisateurEntreprise(entreprise);

        SoumettreDemande.Soumission soumission = espace.soumettreDemande().soumettre(commande(camille, entreprise,
                changementGarantie(contrat), Optional.empty(), List.of(EspaceDemandes.pdf("devis.pdf"))));

        assertFalse(soumission.dejaSoumise());
        Demande demande = espace.demande(soumission.id());
        assertEquals(StatutDemande.EN_COURS, demande.statut());
        assertEquals(camille.utilisateurId(), demande.auteur());
        assertEquals(EspaceConsultation.T0, demande.soumiseLe());
        assertEquals(changementGarantie(contrat), demande.contenu());
        List<PieceJointeResume> pieces = espace.piecesJointes.listerDe(demande.id());
        assertEquals(List.of("devis.pdf"), pieces.stream().map(PieceJointeResume::nomFichier).toList());
        assertEquals(EspaceConsultation.T0, pieces.get(0).ajouteeLe());

        Notification courriel = espace.comptes.notifications.envoyees().get(0);
        assertEquals(TypeNotification.DEMANDE_RECUE, courriel.type());
        assertEquals(soumission.id().toString(), courriel.parametres().get(CourrielsDemande.DEMANDE_ID));
        assertEquals("CHANGEMENT_GARANTIE", courriel.parametres().get(CourrielsDemande.TYPE_DEMANDE));
        assertEquals(Optional.of(camille.utilisateurId()), courriel.utilisateurId());

        EvenementAudit audit = espace.comptes.journal.seul();
        assertEquals(TypeEvenementAudit.DEMANDE_SOUMISE, audit.type());
        assertEquals(Optional.of(entreprise.numeroAdherent()), audit.numeroAdherent());
        assertEquals(Optional.of("demande=" + soumission.id() + " type=CHANGEMENT_GARANTIE"), audit.detail());
    }

    @Test
    void a_mandataire_submits_for_a_salarie_affiliated_to_a_contrat_under_his_mandat() {
        Salarie salarie = monde.salarie("Wróbel", "Łukasz", contrat);
        Mandataire courtier = monde.mandataire("Courtage Expat");
        monde.mandat(courtier, contrat);

        DemandeId id = espace.soumettre(espace.utilisateurMandataire(courtier), entreprise.id(),
                new MajPaysExpatriation(salarie.id(), new CodePays("CA"), EspaceConsultation.AUJOURDHUI));

        assertEquals(entreprise.id(), espace.demande(id).entrepriseId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "contrat.garantie.inchangee, SANTE_EXPAT_CFE_CONFORT, 0, garantie",
        "contrat.garantie.organisme, PREVOYANCE_DECES_INVALIDITE, 0, garantie",
        "contrat.inactif, SANTE_EXPAT_CFE_INTEGRAL, -10000, dateEffet"})
    void a_change_of_garantie_the_contrat_cannot_take_is_refused_at_submission(String code, Garantie garantie,
                                                                               int jours, String champ) {
        Acteur camille = espace.utilisateurEntreprise(entreprise);
        ChangementGarantie impossible = new ChangementGarantie(contrat.id(), garantie,
                EspaceConsultation.AUJOURDHUI.plusDays(jours));

        RegleMetierException refus = assertThrows(RegleMetierException.class,
                () -> espace.soumettre(camille, entreprise.id(), impossible));

        assertEquals(code, refus.code());
        assertEquals(Optional.of(champ), refus.champ());
        assertRienEcrit();
    }

    @Test
    void an_entreprise_outside_the_perimetre_is_not_found_and_nothing_is_written() {
        Acteur camille = espace.utilisateurEntreprise(entreprise);

        assertIntrouvable("entreprise.introuvable",
                () -> espace.soumettre(camille, autreEntreprise.id(), changementGarantie(contratAutre)));
        assertRienEcrit();
    }

    @Test
    void a_contrat_of_another_entreprise_is_not_found_even_for_a_mandataire_who_sees_both() {
        Mandataire courtier = monde.mandataire("Courtage Expat");
        monde.mandat(courtier, contrat);
        monde.mandat(courtier, contratAutre);
        Acteur acteur = espace.utilisateurMandataire(courtier);

        assertIntrouvable("contrat.introuvable",
                () -> espace.soumettre(acteur, entreprise.id(), changementGarantie(contratAutre)));
        assertRienEcrit();
    }

    @Test
    void a_contrat_outside_the_mandats_is_not_found() {
        Contrat horsMandat = monde.contrat(entreprise);
        Mandataire courtier = monde.mandataire("Courtage Expat");
        monde.mandat(courtier, contrat);

        assertIntrouvable("contrat.introuvable", () -> espace.soumettre(espace.utilisateurMandataire(courtier),
                entreprise.id(), changementGarantie(horsMandat)));
    }

    @Test
    void a_salarie_of_another_entreprise_is_not_found() {
        Salarie ailleurs = monde.salarie("Martin", "Jules", contratAutre);

        assertIntrouvable("salarie.introuvable", () -> espace.soumettre(espace.utilisateurEntreprise(entreprise),
                entreprise.id(), new MajPaysExpatriation(ailleurs.id(), new CodePays("CA"),
                        EspaceConsultation.AUJOURDHUI)));
    }

    @Test
    void a_salarie_without_affiliation_to_the_mandataires_contrats_is_not_found_by_him() {
        Contrat horsMandat = monde.contrat(entreprise);
        Salarie salarie = monde.salarie("Wróbel", "Łukasz", horsMandat);
        Mandataire courtier = monde.mandataire("Courtage Expat");
        monde.mandat(courtier, contrat);

        assertIntrouvable("salarie.introuvable", () -> espace.soumettre(espace.utilisateurMandataire(courtier),
                entreprise.id(), new RadiationSalarie(salarie.id(), contrat.id(), EspaceConsultation.AUJOURDHUI)));
    }

    @Test
    void a_gestionnaire_submits_nothing() {
        assertIntrouvable("entreprise.introuvable",
                () -> espace.soumettre(espace.gestionnaire(), entreprise.id(), changementGarantie(contrat)));
        assertRienEcrit();
    }

    @Test
    void six_files_are_refused_and_nothing_is_written() {
        List<PieceJointe> six = Collections.nCopies(6, EspaceDemandes.pdf("a.pdf"));

        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class,
                () -> espace.soumettreDemande().soumettre(commande(espace.utilisateurEntreprise(entreprise),
                        entreprise, changementGarantie(contrat), Optional.empty(), six)));

        assertEquals("piece_jointe.trop_nombreuses", erreur.code());
        assertRienEcrit();
    }

    @Test
    void the_same_key_sent_twice_creates_one_demande_and_answers_the_first() {
        Acteur camille = espace.utilisateurEntreprise(entreprise);
        Optional<CleIdempotence> cle = Optional.of(new CleIdempotence("3f1c-formulaire-42"));

        SoumettreDemande.Soumission premiere = espace.soumettreDemande().soumettre(
                commande(camille, entreprise, changementGarantie(contrat), cle, List.of()));
        SoumettreDemande.Soumission seconde = espace.soumettreDemande().soumettre(
                commande(camille, entreprise, changementGarantie(contrat), cle, List.of()));

        assertEquals(premiere.id(), seconde.id());
        assertTrue(seconde.dejaSoumise());
        assertEquals(1, monde.demandes.taille());
        assertEquals(1, espace.comptes.notifications.envoyees().size());
        assertEquals(1, espace.comptes.journal.evenements().size());
    }

    @Test
    void the_same_key_with_another_content_is_a_conflict_and_writes_nothing() {
        Acteur camille = espace.utilisateurEntreprise(entreprise);
        Optional<CleIdempotence> cle = Optional.of(new CleIdempotence("cle-1"));
        espace.soumettreDemande().soumettre(commande(camille, entreprise, changementGarantie(contrat), cle,
                List.of()));

        assertRegleMetier("idempotence.conflit", () -> espace.soumettreDemande().soumettre(commande(camille,
                entreprise, new Autre("Question", "Autre chose"), cle, List.of())));
        assertEquals(1, monde.demandes.taille());
    }

    @Test
    void the_same_key_from_another_user_creates_another_demande() {
        Optional<CleIdempotence> cle = Optional.of(new CleIdempotence("cle-1"));
        Acteur camille = espace.utilisateurEntreprise(entreprise);
        Acteur jules = espace.utilisateurEntreprise(autreEntreprise);

        DemandeId premiere = espace.soumettreDemande().soumettre(commande(camille, entreprise,
                changementGarantie(contrat), cle, List.of())).id();
        DemandeId seconde = espace.soumettreDemande().soumettre(commande(jules, autreEntreprise,
                changementGarantie(contratAutre), cle, List.of())).id();

        assertNotEquals(premiere, seconde);
        assertEquals(2, monde.demandes.taille());
    }

    @Test
    void when_the_outbox_fails_neither_the_demande_nor_its_files_nor_the_key_are_kept() {
        Acteur camille = espace.utilisateurEntreprise(entreprise);
        espace.comptes.notifications.echouerAuMessage(1);

        assertThrows(IllegalStateException.class, () -> espace.soumettreDemande().soumettre(commande(camille,
                entreprise, changementGarantie(contrat), Optional.of(new CleIdempotence("k")),
                List.of(EspaceDemandes.pdf("a.pdf")))));

        assertRienEcrit();
        assertEquals(0, espace.cles.taille());
    }

    @Test
    void an_idempotency_key_is_visible_ascii_of_at_most_100_characters() {
        assertEquals("a".repeat(100), new CleIdempotence("a".repeat(100)).valeur());
        for (String invalide : List.of("", "a".repeat(101), "avec espace", "clé")) {
            ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class,
                    () -> new CleIdempotence(invalide));
            assertEquals("idempotence.cle.invalide", erreur.code());
            assertEquals(Optional.of(CleIdempotence.CHAMP), erreur.champ());
        }
    }

    private void assertRienEcrit() {
        assertEquals(0, monde.demandes.taille(), "demandes");
        assertEquals(0, espace.piecesJointes.taille(), "pièces jointes");
        assertEquals(List.of(), espace.comptes.notifications.envoyees(), "courriels");
        assertEquals(List.of(), espace.comptes.journal.evenements(), "audit");
    }

    private static void assertIntrouvable(String code, Executable action) {
        IntrouvableException erreur = assertThrows(IntrouvableException.class, action);
        assertEquals(code, erreur.code());
    }
}
