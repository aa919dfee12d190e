package fr.espaceentreprise.adapters.web.demande;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.CorpsMultipart;
import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms of a new demande over HTTP: prefilled, submitted once, refused field by field, with files. */
class FormulairesDemandesTest {

    private static final String NOUVELLE = "/demandes/nouvelle";
    private static final Pattern JETON = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"");
    private static final Pattern DEMANDE = Pattern.compile("^/demandes/([0-9a-f-]{36})\\?soumise=oui$");

    private final EspaceDemandes espace = new EspaceDemandes();
    private final Entreprise durand = espace.consultation.entreprise("Durand SA");
    private final Contrat contratDurand = espace.consultation.contrat(durand);
    private final Salarie dupont = espace.consultation.salarie("Dupont", "Marie", contratDurand);
    private final Entreprise martin = espace.consultation.entreprise("Martin SARL");
    private final Contrat contratMartin = espace.consultation.contrat(martin);
    private final Salarie leroy = espace.consultation.salarie("Leroy", "Paul", contratMartin);
    private final Mandataire courtier = espace.consultation.mandataire("Courtage Expat");
    private ServeurDeTest serveur;

    @BeforeEach
    void demarrer() {
        espace.consultation.mandat(courtier, contratDurand);
        espace.consultation.mandat(courtier, contratMartin);
        espace.compteMandataire(courtier);
        espace.compteEntreprise(durand);
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

    /**
     * One case per type: the link's parameters, what the form shows before anything is typed, the fields sent,
     * and a value of them the demande's page then shows. "{c}", "{s}", "{siret}": Durand's contrat, salarié, SIRET.
     */
    static Stream<Arguments> unDeChaqueType() {
        return Stream.of(
                Arguments.of(TypeDemande.CHANGEMENT_GARANTIE, "",
                        List.of("<option value=\"{c}\" selected>", "Santé Expat CFE Confort",
                                "<optgroup label=\"Humanis Prévoyance\">", "value=\"2026-04-01\""),
                        Map.of("contratId", "{c}", "garantie", "SANTE_EXPAT_CFE_INTEGRAL", "dateEffet", "2026-04-01"),
                        "Santé Expat CFE Intégral"),
                Arguments.of(TypeDemande.AFFILIATION_SALARIE, "",
                        List.of("<option value=\"{c}\" selected>", "value=\"2026-04-01\"",
                                "name=\"salaireReference\""),
                        Map.of("nom", "Martin", "prenom", "Léa", "dateNaissance", "12/05/1990",
                                "email", "lea.martin@example.com", "paysExpatriation", "SG", "contratId", "{c}",
                                "dateEffet", "2026-04-01", "salaireReference", "3 500,00"),
                        "Léa"),
                Arguments.of(TypeDemande.MAJ_ENTREPRISE, "",
                        List.of("value=\"Durand SA\"", "value=\"12 rue de la Paix\"", "value=\"75002\"",
                                "value=\"Paris\"", "<option value=\"FR\" selected>", "value=\"{siret}\"",
                                "value=\"rh@expat-conseil.fr\""),
                        Map.of("raisonSociale", "Durand et Fils SA", "adresse.ligne1", "3 avenue Foch",
                                "adresse.codePostal", "69006", "adresse.ville", "Lyon", "adresse.pays", "FR",
                                "siret", "{siret}", "email", "contact@durand.example", "telephone", "04 72 00 00 00"),
                        "Durand et Fils SA"),
                Arguments.of(TypeDemande.MAJ_SALARIE, "&salarieId={s}",
                        List.of("value=\"Dupont\"", "value=\"Marie\"", "value=\"1985-03-14\"",
                                "Salarié concerné : Marie Dupont"),
                        Map.of("nom", "Dupont", "prenom", "Marie-Anne", "dateNaissance", "1985-03-14"),
                        "Marie-Anne"),
                Arguments.of(TypeDemande.MAJ_MODALITES_PAIEMENT, "",
                        List.of("<option value=\"PRELEVEMENT\" selected>", "value=\"PSSTFRPPPAR\"",
                                "<option value=\"TRIMESTRIELLE\" selected>", "IBAN actuel : •••• •••• •••• •••• •••• •••2 606.",
                                "name=\"iban\" type=\"text\" value=\"\""),
                        Map.of("modePaiement", "VIREMENT", "periodicite", "MENSUELLE"),
                        "Virement"),
                Arguments.of(TypeDemande.MAJ_SALAIRE_REFERENCE, "&salarieId={s}",
                        List.of("value=\"4 500,00\"", "value=\"2026-04-01\""),
                        Map.of("salaireReference", "5 200,50", "dateEffet", "2026-04-01"),
                        "200,50"),
                Arguments.of(TypeDemande.MAJ_PAYS_EXPATRIATION, "&salarieId={s}",
                        List.of("<option value=\"SN\" selected>Sénégal</option>", "Pays actuel : Sénégal."),
                        Map.of("paysExpatriation", "JP", "dateEffet", "2026-04-01"),
                        "Japon"),
                Arguments.of(TypeDemande.RADIATION_SALARIE, "&salarieId={s}",
                        List.of("<option value=\"{c}\" selected>"),
                        Map.of("contratId", "{c}", "dateFin", "2026-06-30"),
                        "30 juin 2026"),
                Arguments.of(TypeDemande.AUTRE, "",
                        List.of("name=\"objet\"", "<textarea id=\"champ-message\" name=\"message\""),
                        Map.of("objet", "Question sur les garanties", "message", "Bonjour, une question."),
                        "Question sur les garanties"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unDeChaqueType")
    void each_form_shows_the_current_values_and_creates_its_demande(TypeDemande type, String parametres,
            List<String> prerempli, Map<String, String> champs, String visible) {
        connecterDurand();

        HttpResponse<String> formulaire = serveur.get(NOUVELLE + "?lang=fr&type=" + type + remplacer(parametres));
        HttpResponse<String> envoi = envoyer(remplacer(champs), type, jeton(formulaire), null, null);

        assertEquals(200, formulaire.statusCode(), formulaire.body());
        for (String attendu : prerempli) {
            assertTrue(formulaire.body().contains(remplacer(attendu)), attendu + "\n" + formulaire.body());
        }
        assertEquals(303, envoi.statusCode(), envoi.body());
        Demande demande = espace.demande(demandeDe(envoi));
        assertEquals(type, demande.contenu().type());
        assertEquals(durand.id(), demande.entrepriseId());
        String page = serveur.get(Navigation.location(envoi) + "&lang=fr").body();
        assertTrue(page.contains("Votre demande est enregistrée"), page);
        assertTrue(page.contains(visible), page);
    }

    @Test
    void errors_come_back_beside_their_fields_with_what_was_typed_and_nothing_is_created() {
        connecterDurand();
        String jeton = jeton(serveur.get(NOUVELLE + "?type=AFFILIATION_SALARIE"));

        HttpResponse<String> reponse = envoyer(Map.of("nom", " ", "prenom", "Léa", "dateNaissance", "31/02/1990",
                "email", "pas-une-adresse", "paysExpatriation", "SG", "contratId", contratDurand.id().toString(),
                "dateEffet", "2026-04-01", "salaireReference", "beaucoup"), TypeDemande.AFFILIATION_SALARIE, jeton,
                null, null);

        assertEquals(400, reponse.statusCode(), reponse.body());
        String page = reponse.body();
        assertTrue(page.contains("class=\"resume-erreurs\""), page);
        for (String champ : List.of("nom", "dateNaissance", "email", "salaireReference")) {
            assertTrue(page.contains("id=\"champ-" + champ + "-erreur\""), champ + "\n" + page);
            assertTrue(page.contains("<a href=\"#champ-" + champ + "\">"), champ + "\n" + page);
        }
        assertFalse(page.contains("id=\"champ-prenom-erreur\""), page);
        assertTrue(page.contains("value=\"Léa\""), page);
        assertTrue(page.contains("value=\"beaucoup\""), page);
        assertTrue(page.contains("value=\"pas-une-adresse\""), page);
        assertTrue(page.contains("<option value=\"SG\" selected>"), page);
        assertTrue(page.contains("name=\"jeton\" value=\"" + jeton + "\""), "the same token, for the corrected form");
        assertEquals(0, espace.consultation.demandes.taille());
    }

    @Test
    void the_same_form_sent_twice_creates_one_demande_and_both_answers_lead_to_it() {
        connecterDurand();
        String jeton = jeton(serveur.get(NOUVELLE + "?type=AUTRE"));
        Map<String, String> champs = Map.of("objet", "Double clic", "message", "Envoyé deux fois.");

        HttpResponse<String> premier = envoyer(champs, TypeDemande.AUTRE, jeton, null, null);
        HttpResponse<String> second = envoyer(champs, TypeDemande.AUTRE, jeton, null, null);

        assertEquals(303, premier.statusCode(), premier.body());
        assertEquals(303, second.statusCode(), second.body());
        assertEquals(Navigation.location(premier), Navigation.location(second));
        assertEquals(1, espace.consultation.demandes.taille());
    }

    @Test
    void the_same_token_with_other_values_is_refused_and_offers_a_new_token() {
        connecterDurand();
        String jeton = jeton(serveur.get(NOUVELLE + "?type=AUTRE"));
        envoyer(Map.of("objet", "Première", "message", "Un."), TypeDemande.AUTRE, jeton, null, null);

        HttpResponse<String> reponse = envoyer(Map.of("objet", "Seconde", "message", "Deux."), TypeDemande.AUTRE,
                jeton, null, null);

        assertEquals(409, reponse.statusCode(), reponse.body());
        assertTrue(reponse.body().contains("Ce formulaire a déjà été envoyé avec d’autres valeurs"), reponse.body());
        assertFalse(jeton(reponse).equals(jeton));
        assertEquals(1, espace.consultation.demandes.taille());
    }

    @Test
    void a_missing_or_garbled_token_asks_to_send_the_form_again() {
        connecterDurand();
        Map<String, String> champs = Map.of("objet", "Sans jeton", "message", "Rien.");

        HttpResponse<String> sans = envoyer(champs, TypeDemande.AUTRE, "", null, null);
        HttpResponse<String> abime = envoyer(champs, TypeDemande.AUTRE, "pas-un-jeton", null, null);

        assertEquals(400, sans.statusCode(), sans.body());
        assertEquals(400, abime.statusCode(), abime.body());
        assertTrue(sans.body().contains("Ce formulaire n’a pas pu être vérifié"), sans.body());
        assertTrue(abime.body().contains("value=\"Sans jeton\""), abime.body());
        assertEquals(0, espace.consultation.demandes.taille());
    }

    @Test
    void a_pdf_is_stored_and_downloadable_and_a_file_that_only_claims_to_be_one_is_refused() {
        connecterDurand();
        Map<String, String> champs = Map.of("objet", "Avec justificatif", "message", "Ci-joint.");

        HttpResponse<String> accepte = envoyer(champs, TypeDemande.AUTRE,
                jeton(serveur.get(NOUVELLE + "?type=AUTRE")), "justificatif.pdf", EspaceDemandes.OCTETS_PDF);
        HttpResponse<String> refuse = envoyer(champs, TypeDemande.AUTRE,
                jeton(serveur.get(NOUVELLE + "?type=AUTRE")), "faux.pdf",
                "ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8));

        assertEquals(303, accepte.statusCode(), accepte.body());
        DemandeId id = demandeDe(accepte);
        String page = serveur.get("/demandes/" + id + "?lang=fr").body();
        Matcher lien = Pattern.compile("href=\"(/demandes/" + id + "/pieces-jointes/[^\"]+)\" download>justificatif.pdf")
                .matcher(page);
        assertTrue(lien.find(), page);
        HttpResponse<byte[]> fichier = serveur.getOctets(lien.group(1));
        assertEquals(200, fichier.statusCode());
        assertArrayEquals(EspaceDemandes.OCTETS_PDF, fichier.body());
        assertEquals(400, refuse.statusCode(), refuse.body());
        assertTrue(refuse.body().contains("id=\"champ-piecesJointes-erreur\""), refuse.body());
        assertTrue(refuse.body().contains("Seuls les fichiers PDF, JPEG et PNG sont acceptés."), refuse.body());
        assertTrue(refuse.body().contains("choisissez-les de nouveau"), refuse.body());
        assertTrue(refuse.body().contains("value=\"Avec justificatif\""), refuse.body());
        assertEquals(1, espace.consultation.demandes.taille());
    }

    @Test
    void a_broker_chooses_the_company_then_gets_its_values() {
        connecter(courtier.numeroAdherent().valeur());

        String choix = serveur.get(NOUVELLE + "?lang=fr&type=MAJ_ENTREPRISE").body();
        HttpResponse<String> formulaire = serveur.get(NOUVELLE + "?lang=fr&type=MAJ_ENTREPRISE&entreprise="
                + martin.id());
        HttpResponse<String> envoi = envoyer(Map.of("raisonSociale", "Martin et Cie", "adresse.ligne1", "1 rue Neuve",
                "adresse.codePostal", "33000", "adresse.ville", "Bordeaux", "adresse.pays", "FR",
                "siret", martin.siret().valeur(), "email", "rh@martin.example"), TypeDemande.MAJ_ENTREPRISE,
                jeton(formulaire), null, null, martin);

        assertTrue(choix.contains("<select id=\"champ-entreprise\" name=\"entreprise\">"), choix);
        assertTrue(choix.contains("<input type=\"hidden\" name=\"type\" value=\"MAJ_ENTREPRISE\">"), choix);
        assertTrue(choix.contains("Martin SARL") && choix.contains("Durand SA"), choix);
        assertFalse(choix.contains("name=\"jeton\""), "no form before the company is chosen");
        assertTrue(formulaire.body().contains("value=\"Martin SARL\""), formulaire.body());
        assertEquals(303, envoi.statusCode(), envoi.body());
        assertEquals(martin.id(), espace.demande(demandeDe(envoi)).entrepriseId());
    }

    @Test
    void another_companys_employee_an_unknown_type_and_the_back_office_find_nothing() {
        connecterDurand();

        HttpResponse<String> salarieMartin = serveur.get(NOUVELLE + "?type=MAJ_SALARIE&salarieId=" + leroy.id());
        HttpResponse<String> envoiMartin = envoyer(Map.of("nom", "Leroy", "prenom", "Paul",
                "dateNaissance", "1985-03-14", "salarieId", leroy.id().toString()), TypeDemande.MAJ_SALARIE,
                jeton(serveur.get(NOUVELLE + "?type=AUTRE")), null, null);
        HttpResponse<String> inconnu = serveur.get(NOUVELLE + "?type=DEMENAGEMENT");
        serveur.oublierLesCookies();
        espace.gestionnaire();
        connecter("90000001");
        HttpResponse<String> gestion = serveur.get(NOUVELLE);

        assertEquals(404, salarieMartin.statusCode(), salarieMartin.body());
        assertEquals(404, envoiMartin.statusCode(), envoiMartin.body());
        assertEquals(404, inconnu.statusCode(), inconnu.body());
        assertEquals(404, gestion.statusCode(), gestion.body());
        assertEquals(0, espace.consultation.demandes.taille());
    }

    @Test
    void the_choice_page_groups_the_types_and_the_rubriques_link_to_the_forms() {
        connecterDurand();

        String choix = serveur.get(NOUVELLE + "?lang=fr").body();
        String suivi = serveur.get("/demandes?lang=fr").body();
        String salarie = serveur.get("/salaries/" + dupont.id() + "?lang=fr").body();
        String salaries = serveur.get("/salaries?lang=fr").body();
        String contrat = serveur.get("/contrats/" + contratDurand.id() + "?lang=fr").body();
        String anglais = serveur.get(NOUVELLE + "?lang=en").body();

        assertTrue(choix.contains("<h2 id=\"groupe-contrats\">Contrats et services</h2>"), choix);
        assertTrue(choix.contains("<h2 id=\"groupe-activite\">Activité professionnelle</h2>"), choix);
        assertTrue(choix.contains("href=\"/demandes/nouvelle?type=RADIATION_SALARIE\">Radiation d’un salarié</a>"),
                choix);
        assertTrue(suivi.contains("href=\"/demandes/nouvelle\">Nouvelle demande</a>"), suivi);
        assertTrue(salarie.contains("type=MAJ_SALAIRE_REFERENCE&amp;entreprise=" + durand.id() + "&amp;salarieId="
                + dupont.id()), salarie);
        assertTrue(salarie.contains(">Radier</a>"), salarie);
        assertTrue(salaries.contains("type=AFFILIATION_SALARIE&amp;entreprise=" + durand.id()), salaries);
        assertTrue(contrat.contains("type=CHANGEMENT_GARANTIE&amp;entreprise=" + durand.id() + "&amp;contratId="
                + contratDurand.id()), contrat);
        assertTrue(anglais.contains("<h2 id=\"groupe-contrats\">Contracts and services</h2>"), anglais);
    }

    @Test
    void a_demande_about_an_employee_opened_without_one_lists_the_employees_to_choose_from() {
        connecterDurand();

        String page = serveur.get(NOUVELLE + "?lang=fr&type=MAJ_PAYS_EXPATRIATION&recherche=dup").body();
        String aucun = serveur.get(NOUVELLE + "?lang=fr&type=MAJ_PAYS_EXPATRIATION&recherche=zz").body();

        assertTrue(page.contains("type=MAJ_PAYS_EXPATRIATION&amp;entreprise=" + durand.id() + "&amp;salarieId="
                + dupont.id() + "\">Marie Dupont</a>"), page);
        assertFalse(page.contains("name=\"jeton\""), page);
        assertFalse(aucun.contains("salarieId=" + dupont.id()), aucun);
    }

    // --- helpers

    private String remplacer(String texte) {
        return texte.replace("{c}", contratDurand.id().toString()).replace("{s}", dupont.id().toString())
                .replace("{siret}", durand.siret().valeur());
    }

    private Map<String, String> remplacer(Map<String, String> champs) {
        Map<String, String> remplaces = new LinkedHashMap<>();
        champs.forEach((nom, valeur) -> remplaces.put(nom, remplacer(valeur)));
        return remplaces;
    }

    private static String jeton(HttpResponse<String> formulaire) {
        Matcher jeton = JETON.matcher(formulaire.body());
        assertTrue(jeton.find(), formulaire.body());
        return jeton.group(1);
    }

    private static DemandeId demandeDe(HttpResponse<String> envoi) {
        Matcher chemin = DEMANDE.matcher(Navigation.location(envoi));
        assertTrue(chemin.matches(), Navigation.location(envoi));
        return DemandeId.de(chemin.group(1));
    }

    private HttpResponse<String> envoyer(Map<String, String> champs, TypeDemande type, String jeton,
            String nomFichier, byte[] fichier) {
        return envoyer(champs, type, jeton, nomFichier, fichier, durand);
    }

    /** The form as a browser sends it: multipart, with the CSRF token, the hidden fields and maybe one file. */
    private HttpResponse<String> envoyer(Map<String, String> champs, TypeDemande type, String jeton,
            String nomFichier, byte[] fichier, Entreprise entreprise) {
        Map<String, String> tous = new LinkedHashMap<>();
        tous.put("_csrf", serveur.jetonCsrf());
        tous.put("jeton", jeton);
        tous.put("type", type.name());
        tous.put("entrepriseId", entreprise.id().toString());
        if (Sujets.SUR_UN_SALARIE.contains(type) && !champs.containsKey("salarieId")) {
            tous.put("salarieId", dupont.id().toString());
        }
        tous.putAll(champs);
        CorpsMultipart corps = new CorpsMultipart();
        tous.forEach(corps::champ);
        corps.fichier("piecesJointes", nomFichier, fichier);
        return serveur.envoyer(corps.envoyerPar(serveur.requete(NOUVELLE)));
    }
}
