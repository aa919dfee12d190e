package fr.espaceentreprise.adapters.web.demande;

import static fr.espaceentreprise.adapters.web.compte.Navigation.bearer;
import static fr.espaceentreprise.adapters.web.compte.Navigation.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.CorpsMultipart;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.demande.RadiationSalarie;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.UnContenu;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tracking, the user's reply, and the back office's decisions, over HTTP, pages and API. */
class DemandesTest {

    private final EspaceDemandes espace = new EspaceDemandes();
    private final Entreprise durand = espace.consultation.entreprise("Durand SA");
    private final Contrat contratDurand = espace.consultation.contrat(durand);
    private final Entreprise martin = espace.consultation.entreprise("Martin SARL");
    private final Contrat contratMartin = espace.consultation.contrat(martin);
    private final Mandataire courtier = espace.consultation.mandataire("Courtage Expat");
    private final Acteur camille = espace.utilisateurEntreprise(durand);
    private final Acteur jules = espace.utilisateurEntreprise(martin);
    private final Acteur gestionnaire = espace.gestionnaire();
    private final PieceJointe justificatif = EspaceDemandes.pdf("justificatif.pdf");
    private DemandeId demandeDurand;
    private DemandeId demandeMartin;
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace.consultation.mandat(courtier, contratDurand);
        espace.compteMandataire(courtier);
        demandeDurand = espace.soumettre(camille, durand.id(), UnContenu.autre(), justificatif);
        espace.consultation.horloge.avancer(Duration.ofMinutes(1));
        demandeMartin = espace.soumettre(jules, martin.id(), UnContenu.autre());
        serveur = ServeurDeTest.demarrer(espace.ports());
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    private void connecter(String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecter(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(303, reponse.statusCode(), reponse.body());
    }

    private void connecterDurand() {
        connecter(durand.numeroAdherent().valeur());
    }

    private void connecterGestionnaire() {
        connecter("90000001");
    }

    private String jeton(String numeroAdherent) {
        // This client may hold a session cookie from a login by the form: the API login then carries the token.
        HttpResponse<String> reponse = Navigation.connecterApi(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE,
                "X-CSRF-Token", serveur.jetonCsrf());
        assertEquals(201, reponse.statusCode(), reponse.body());
        return json(reponse).get("jeton").asText();
    }

    // --- tracking

    @Test
    void the_list_shows_the_demandes_of_the_users_entreprise_in_french() {
        connecterDurand();

        HttpResponse<String> reponse = serveur.get("/demandes?lang=fr");

        assertEquals(200, reponse.statusCode());
        String page = reponse.body();
        assertTrue(page.contains("<h1>Suivi des demandes</h1>"), page);
        assertTrue(page.contains("href=\"/demandes/" + demandeDurand + "\">Autre demande</a>"), page);
        assertTrue(page.contains("<span class=\"etat etat--demande-en-cours\">en cours</span>"), page);
        assertFalse(page.contains(demandeMartin.toString()), "another entreprise's demande is not listed");
        assertTrue(page.contains("<a href=\"/demandes\" aria-current=\"page\">Demandes</a>"), page);
    }

    @Test
    void the_list_speaks_english_and_filters_by_statut() {
        connecterDurand();

        String enCours = serveur.get("/demandes?lang=en&statut=EN_COURS").body();
        String validees = serveur.get("/demandes?statut=VALIDEE").body();

        assertTrue(enCours.contains("<h1>Request tracking</h1>"), enCours);
        assertTrue(enCours.contains(demandeDurand.toString()), enCours);
        assertTrue(enCours.contains("<option value=\"EN_COURS\" selected>"), enCours);
        assertFalse(validees.contains("/demandes/" + demandeDurand), validees);
        assertTrue(validees.contains("No request matches."), validees);
    }

    @Test
    void pages_follow_one_another_by_cursor_keeping_the_filter() {
        espace.consultation.horloge.avancer(Duration.ofMinutes(1));
        DemandeId seconde = espace.soumettre(camille, durand.id(), UnContenu.autre());
        connecterDurand();

        String premiere = serveur.get("/demandes?lang=fr&statut=EN_COURS&taille=1").body();
        Matcher lien = Pattern
                .compile("<a href=\"([^\"]+)\" rel=\"next\">").matcher(premiere);
        assertTrue(lien.find(), premiere);
        String suivante = lien.group(1).replace("&amp;", "&");
        String page2 = serveur.get(suivante).body();

        assertTrue(premiere.contains("/demandes/" + seconde), premiere);
        assertFalse(premiere.contains("/demandes/" + demandeDurand + "\""), premiere);
        assertTrue(suivante.contains("statut=EN_COURS") && suivante.contains("taille=1"), suivante);
        assertTrue(page2.contains("/demandes/" + demandeDurand), page2);
        assertFalse(page2.contains("rel=\"next\""), page2);
    }

    @Test
    void the_queue_filters_by_type() {
        espace.soumettre(camille, durand.id(), new ChangementGarantie(
                contratDurand.id(), Garantie.SANTE_EXPAT_CFE_INTEGRAL,
                EspaceConsultation.AUJOURDHUI));
        String jeton = jeton("90000001");

        JsonNode autres = json(serveur.get("/api/v1/gestion/demandes?type=AUTRE", bearer(jeton)));
        JsonNode garanties = json(serveur.get("/api/v1/gestion/demandes?type=CHANGEMENT_GARANTIE", bearer(jeton)));

        assertEquals(2, autres.get("items").size(), autres.toString());
        assertEquals(1, garanties.get("items").size(), garanties.toString());
        assertEquals("CHANGEMENT_GARANTIE", garanties.at("/items/0/type").asText());
    }

    @Test
    void a_demande_shows_the_contrat_and_the_salarie_it_names_by_numero_and_name_not_by_id() {
        Salarie salarie = espace.consultation.salarie("Wróbel", "Łukasz", contratDurand);
        DemandeId radiation = espace.soumettre(camille, durand.id(), new RadiationSalarie(salarie.id(),
                contratDurand.id(), EspaceConsultation.AUJOURDHUI));
        connecter(durand.numeroAdherent().valeur());

        String page = serveur.get("/demandes/" + radiation + "?lang=fr").body();
        JsonNode json = json(serveur.get("/api/v1/demandes/" + radiation, bearer(jeton(durand.numeroAdherent()
                .valeur()))));

        assertTrue(page.contains(contratDurand.numero().valeur()), page);
        assertTrue(page.contains("Łukasz Wróbel"), page);
        assertFalse(page.contains(contratDurand.id().toString()), page);
        assertEquals(contratDurand.numero().valeur(), json.get("numeroContrat").asText(), json.toString());
        assertEquals("Łukasz Wróbel", json.get("nomSalarie").asText(), json.toString());
        assertEquals(salarie.id().toString(), json.at("/contenu/salarieId").asText(), json.toString());
    }

    @Test
    void a_broker_sees_the_demandes_of_its_portfolio_and_not_the_others() {
        connecter(courtier.numeroAdherent().valeur());

        String liste = serveur.get("/demandes?lang=fr").body();

        assertTrue(liste.contains(demandeDurand.toString()), liste);
        assertFalse(liste.contains(demandeMartin.toString()), liste);
        assertEquals(404, serveur.get("/demandes/" + demandeMartin).statusCode());
    }

    @Test
    void another_entreprise_gets_404_on_a_demande_page_its_files_and_in_the_api() {
        connecter(martin.numeroAdherent().valeur());
        String chemin = "/demandes/" + demandeDurand;

        assertEquals(404, serveur.get(chemin).statusCode());
        assertEquals(404, serveur.get(chemin + "/pieces-jointes/" + justificatif.id()).statusCode());
        HttpResponse<String> api = serveur.get("/api/v1" + chemin,
                bearer(jeton(martin.numeroAdherent().valeur())));
        assertEquals(404, api.statusCode());
        assertEquals("demande.introuvable", json(api).get("code").asText());
    }

    @Test
    void the_detail_shows_the_history_and_links_the_files_in_french_and_english() {
        connecterDurand();

        String fr = serveur.get("/demandes/" + demandeDurand + "?lang=fr").body();
        String en = serveur.get("/demandes/" + demandeDurand + "?lang=en").body();

        assertTrue(fr.contains("<h1>Demande : Autre demande</h1>"), fr);
        assertTrue(fr.contains("<strong>Demande envoyée</strong>"), fr);
        assertTrue(fr.contains("href=\"/demandes/" + demandeDurand + "/pieces-jointes/" + justificatif.id() + "\""),
                fr);
        assertTrue(fr.contains(UnContenu.autre().objet()), fr);
        assertFalse(fr.contains("enctype=\"multipart/form-data\""), "no reply form while in progress");
        assertTrue(en.contains("<h1>Request: Other request</h1>"), en);
        assertTrue(en.contains("<dt>Subject</dt><dd>" + UnContenu.autre().objet() + "</dd>"),
                en);
        assertTrue(en.contains("<strong>Request sent</strong>"), en);
    }

    @Test
    void a_file_is_downloaded_as_an_attachment_of_its_type_never_cached() {
        connecterDurand();

        HttpResponse<byte[]> reponse = serveur.getOctets("/demandes/" + demandeDurand + "/pieces-jointes/"
                + justificatif.id());

        assertEquals(200, reponse.statusCode());
        assertArrayEquals(EspaceDemandes.OCTETS_PDF, reponse.body());
        assertEquals("application/pdf", reponse.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"justificatif.pdf\"",
                reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", reponse.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", reponse.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void the_api_serves_the_file_with_the_same_headers() {
        HttpResponse<byte[]> reponse = serveur.getOctets("/api/v1/demandes/" + demandeDurand + "/pieces-jointes/"
                + justificatif.id(), bearer(jeton(durand.numeroAdherent().valeur())));

        assertEquals(200, reponse.statusCode());
        assertArrayEquals(EspaceDemandes.OCTETS_PDF, reponse.body());
        assertEquals("attachment; filename=\"justificatif.pdf\"",
                reponse.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", reponse.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void the_api_lists_and_shows_the_demandes() {
        String jeton = jeton(durand.numeroAdherent().valeur());

        JsonNode liste = json(serveur.get("/api/v1/demandes?statut=EN_COURS&taille=5", bearer(jeton)));
        JsonNode fiche = json(serveur.get("/api/v1/demandes/" + demandeDurand, bearer(jeton)));

        assertEquals(1, liste.get("items").size(), liste.toString());
        assertEquals(demandeDurand.toString(), liste.at("/items/0/id").asText());
        assertTrue(liste.get("suivant").isNull());
        assertEquals("EN_COURS", fiche.get("statut").asText());
        assertEquals(UnContenu.autre().objet(), fiche.at("/contenu/objet").asText());
        assertEquals("SOUMISSION", fiche.at("/historique/0/type").asText());
        assertEquals("/api/v1/demandes/" + demandeDurand + "/pieces-jointes/" + justificatif.id(),
                fiche.at("/historique/0/piecesJointes/0/lien").asText());
        assertEquals(400, serveur.get("/api/v1/demandes?statut=PERDUE", bearer(jeton)).statusCode());
    }

    // --- reply

    @Test
    void a_demande_awaiting_a_reply_offers_a_form_whose_reply_with_a_file_puts_it_back_in_progress() {
        espace.decider(gestionnaire, demandeDurand, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le RIB.");
        connecterDurand();
        String page = serveur.get("/demandes/" + demandeDurand + "?lang=fr").body();
        assertTrue(page.contains("enctype=\"multipart/form-data\""), page);
        assertTrue(page.contains("Joignez le RIB."), page);

        HttpResponse<String> reponse = envoyerMultipart("/demandes/" + demandeDurand + "/reponse",
                "Voici le RIB.", "rib.png", EspaceDemandes.OCTETS_PNG);

        Navigation.assertRedirige("/demandes/" + demandeDurand + "?reponse=envoyee", reponse);
        assertEquals(StatutDemande.EN_COURS, espace.demande(demandeDurand).statut());
        String apres = serveur.get("/demandes/" + demandeDurand + "?lang=fr&reponse=envoyee").body();
        assertTrue(apres.contains("Voici le RIB."), apres);
        assertTrue(apres.contains(">rib.png</a>"), apres);
        assertTrue(apres.contains("Votre réponse a été transmise"), apres);
    }

    @Test
    void a_file_larger_than_an_ordinary_request_can_be_sent_with_a_reply() {
        espace.decider(gestionnaire, demandeDurand, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le RIB.");
        connecterDurand();
        byte[] grosFichier = Arrays.copyOf(EspaceDemandes.OCTETS_PNG, 3 * 1024 * 1024);

        HttpResponse<String> reponse = envoyerMultipart("/demandes/" + demandeDurand + "/reponse",
                "Le scan.", "scan.png", grosFichier);

        Navigation.assertRedirige("/demandes/" + demandeDurand + "?reponse=envoyee", reponse);
        assertEquals(StatutDemande.EN_COURS, espace.demande(demandeDurand).statut());
    }

    @Test
    void a_reply_without_the_csrf_token_is_refused() {
        espace.decider(gestionnaire, demandeDurand, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le RIB.");
        connecterDurand();

        HttpResponse<String> reponse = serveur.postFormulaire("/demandes/" + demandeDurand + "/reponse",
                Map.of("message", "Voici."));

        assertEquals(403, reponse.statusCode());
        assertEquals(StatutDemande.EN_ATTENTE_DE_RETOUR, espace.demande(demandeDurand).statut());
    }

    @Test
    void another_entreprise_cannot_reply_to_a_demande_outside_its_scope() {
        espace.decider(gestionnaire, demandeDurand, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le RIB.");
        connecter(martin.numeroAdherent().valeur());

        HttpResponse<String> reponse = envoyerMultipart("/demandes/" + demandeDurand + "/reponse", "Voici.", null,
                null);

        assertEquals(404, reponse.statusCode());
        assertEquals(StatutDemande.EN_ATTENTE_DE_RETOUR, espace.demande(demandeDurand).statut());
    }

    @Test
    void a_reply_without_message_shows_the_error_and_changes_nothing() {
        espace.decider(gestionnaire, demandeDurand, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le RIB.");
        connecterDurand();
        serveur.get("/demandes/" + demandeDurand + "?lang=fr");

        HttpResponse<String> reponse = envoyerMultipart("/demandes/" + demandeDurand + "/reponse", " ", null,
                null);

        assertEquals(400, reponse.statusCode(), reponse.body());
        assertTrue(reponse.body().contains("id=\"champ-message-erreur\""), reponse.body());
        assertEquals(StatutDemande.EN_ATTENTE_DE_RETOUR, espace.demande(demandeDurand).statut());
    }

    @Test
    void the_api_reply_puts_the_demande_back_in_progress_and_a_second_one_is_a_conflict() {
        espace.decider(gestionnaire, demandeDurand, StatutDemande.EN_ATTENTE_DE_RETOUR, "Joignez le RIB.");
        String jeton = jeton(durand.numeroAdherent().valeur());
        String chemin = "/api/v1/demandes/" + demandeDurand + "/reponses";

        HttpResponse<String> premiere = serveur.postJson(chemin, "{\"message\":\"Le voici.\"}", bearer(jeton));
        HttpResponse<String> seconde = serveur.postJson(chemin, "{\"message\":\"Encore.\"}", bearer(jeton));

        assertEquals(200, premiere.statusCode(), premiere.body());
        assertEquals("EN_COURS", json(premiere).get("statut").asText());
        assertEquals(409, seconde.statusCode(), seconde.body());
        assertEquals("demande.transition.interdite", json(seconde).get("code").asText());
    }

    // --- back office

    @Test
    void the_queue_is_for_gestionnaires_only_and_speaks_both_languages() {
        connecterDurand();
        assertEquals(404, serveur.get("/gestion/demandes").statusCode());
        assertEquals(404, serveur.get("/gestion/demandes/" + demandeDurand).statusCode());
        serveur.oublierLesCookies();
        connecterGestionnaire();

        String fr = serveur.get("/gestion/demandes?lang=fr&statut=EN_COURS").body();
        String en = serveur.get("/gestion/demandes?lang=en").body();

        assertTrue(fr.contains("<h1>Demandes à traiter</h1>"), fr);
        assertTrue(fr.indexOf(demandeDurand.toString()) < fr.indexOf(demandeMartin.toString()), "oldest first");
        assertTrue(fr.indexOf(demandeDurand.toString()) > 0, fr);
        assertTrue(en.contains("<h1>Requests to process</h1>"), en);
    }

    @Test
    void the_detail_offers_only_the_moves_the_statut_allows() {
        connecterGestionnaire();

        String enCours = serveur.get("/gestion/demandes/" + demandeDurand + "?lang=fr").body();
        espace.decider(gestionnaire, demandeMartin, StatutDemande.VALIDEE, null);
        String validee = serveur.get("/gestion/demandes/" + demandeMartin + "?lang=fr").body();

        String anglais = serveur.get("/gestion/demandes/" + demandeDurand + "?lang=en").body();
        assertTrue(enCours.contains("value=\"VALIDEE\""), enCours);
        assertTrue(enCours.contains(">Rejeter la demande</button>"), enCours);
        assertTrue(anglais.contains(">Ask for more information</button>"), anglais);
        assertTrue(anglais.contains("<a href=\"/gestion/demandes\" aria-current=\"true\">Requests to process</a>"),
                anglais);
        assertTrue(enCours.contains("value=\"REJETEE\""), enCours);
        assertTrue(enCours.contains("value=\"EN_ATTENTE_DE_RETOUR\""), enCours);
        assertFalse(validee.contains("name=\"statut\""), validee);
    }

    @Test
    void a_rejection_without_motif_is_refused_on_the_form_and_with_one_it_closes_the_demande() {
        connecterGestionnaire();
        String chemin = "/gestion/demandes/" + demandeDurand + "/decision";

        HttpResponse<String> sansMotif = serveur.postFormulaire(chemin + "?lang=fr",
                serveur.avecJeton(Map.of("statut", "REJETEE", "message", "")));
        HttpResponse<String> avecMotif = serveur.postFormulaire(chemin,
                serveur.avecJeton(Map.of("statut", "REJETEE", "message", "Hors contrat.")));

        assertEquals(400, sansMotif.statusCode(), sansMotif.body());
        assertTrue(sansMotif.body().contains("id=\"champ-message-REJETEE-erreur\""), sansMotif.body());
        Navigation.assertRedirige("/gestion/demandes/" + demandeDurand + "?decision=REJETEE", avecMotif);
        assertEquals(StatutDemande.REJETEE, espace.demande(demandeDurand).statut());
    }

    @Test
    void the_api_decides_and_answers_409_to_a_move_the_state_machine_forbids() {
        String jeton = jeton("90000001");
        String chemin = "/api/v1/gestion/demandes/" + demandeDurand + "/decision";

        JsonNode file = json(serveur.get("/api/v1/gestion/demandes?statut=EN_COURS", bearer(jeton)));
        HttpResponse<String> complement = serveur.postJson(chemin,
                "{\"statut\":\"EN_ATTENTE_DE_RETOUR\",\"message\":\"Le RIB ?\"}", bearer(jeton));
        HttpResponse<String> interdite = serveur.postJson(chemin, "{\"statut\":\"VALIDEE\"}", bearer(jeton));
        HttpResponse<String> inconnue = serveur.postJson(chemin, "{\"statut\":\"EN_COURS\"}", bearer(jeton));
        HttpResponse<String> horsGestion = serveur.postJson(chemin, "{\"statut\":\"VALIDEE\"}",
                bearer(jeton(durand.numeroAdherent().valeur())));

        assertEquals(2, file.get("items").size(), file.toString());
        assertEquals(200, complement.statusCode(), complement.body());
        assertEquals("EN_ATTENTE_DE_RETOUR", json(complement).get("statut").asText());
        assertEquals(409, interdite.statusCode(), interdite.body());
        assertTrue(interdite.headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/problem+json"));
        assertEquals("demande.transition.interdite", json(interdite).get("code").asText());
        assertEquals(400, inconnue.statusCode(), inconnue.body());
        assertEquals(404, horsGestion.statusCode(), horsGestion.body());
    }

    private HttpResponse<String> envoyerMultipart(String chemin, String message, String nomFichier,
            byte[] fichier) {
        CorpsMultipart corps = new CorpsMultipart().champ("_csrf", serveur.jetonCsrf()).champ("message", message);
        if (fichier != null) {
            corps.fichier("piecesJointes", nomFichier, fichier);
        }
        return serveur.envoyer(corps.envoyerPar(serveur.requete(chemin)));
    }
}
