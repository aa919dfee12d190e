package fr.espaceentreprise.adapters.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.web.compte.TexteCgu;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.PreferenceLangue;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.securite.Cookies;
import fr.espaceentreprise.adapters.web.securite.Csrf;
import fr.espaceentreprise.application.compte.ConsulterInscriptions.InscriptionAControler;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import java.time.Instant;
import gg.jte.Content;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every template of {@code src/main/jte} in both languages with a test model: no key is left
 * untranslated, no inline script, style or event handler slips in (the CSP would block them).
 */
class GabaritsTest {

    private static final Traductions TRADUCTIONS = Traductions.depuisLesRessources();
    private static final Pages PAGES = new Pages(TRADUCTIONS,
            new ChoixLangue(new Cookies(false), PreferenceLangue.AUCUNE),
            new Csrf(new Cookies(false), Set.of()), NomUtilisateur.PERSONNE,
            new AvisMaintenance(() -> Maintenance.AUCUNE));
    private static final String JETON = "J".repeat(43);
    private static final Pattern CODE_EN_LIGNE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)|<style|\\sstyle=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

    private static final Formulaire SAISIE_ERRONEE = Formulaire
            .avecValeurs(Map.of("siret", "123 456", "motDePasse", "Secret-2026-tres-long"))
            .avecErreurs(List.of(ErreurChamp.de(new fr.espaceentreprise.domain.commun.ValeurInvalideException(
                    "siret.invalide", "siret")), ErreurChamp.sur("motDePasse", "champ.obligatoire"),
                    new ErreurChamp(null, "demande.transition.interdite", Map.of("de",
                            fr.espaceentreprise.domain.demande.StatutDemande.VALIDEE, "vers",
                            fr.espaceentreprise.domain.demande.StatutDemande.EN_COURS))));

    /** Each template with the parameters of a realistic use; a new template must be added here. */
    static Map<String, List<Map<String, Object>>> modeles() {
        Content contenu = sortie -> sortie.writeContent("<p>Contenu</p>");
        Content navigation = sortie -> sortie.writeContent("<ul><li><a href=\"/\">Accueil</a></li></ul>");
        Map<String, Object> layoutComplet = new HashMap<>();
        layoutComplet.put("titre", "Titre");
        layoutComplet.put("contenu", contenu);
        layoutComplet.put("navigation", navigation);
        Map<String, Object> erreurAvecIncident = new HashMap<>();
        erreurAvecIncident.put("titre", "Erreur");
        erreurAvecIncident.put("message", "Message");
        erreurAvecIncident.put("incident", "7KQ2M9XD4T");
        Map<String, List<Map<String, Object>>> modeles = new HashMap<>(Map.of(
                "layout.jte", List.of(Map.of("titre", "Titre", "contenu", contenu), layoutComplet),
                "erreur.jte", List.of(Map.of("titre", "Erreur", "message", "Message"), erreurAvecIncident),
                "contenu/mentionsLegales.jte", List.of(Map.of()),
                "formulaire/csrf.jte", List.of(Map.of()),
                "formulaire/resumeErreurs.jte", List.of(Map.of("formulaire", SAISIE_ERRONEE),
                        Map.of("formulaire", Formulaire.vide())),
                "formulaire/champ.jte", List.of(
                        Map.of("formulaire", SAISIE_ERRONEE, "nom", "siret", "libelle", "SIRET", "requis", true,
                                "aide", "14 chiffres", "inputmode", "numeric"),
                        Map.of("formulaire", SAISIE_ERRONEE, "nom", "motDePasse", "libelle", "Mot de passe",
                                "type", "password", "autocomplete", "current-password"),
                        Map.of("formulaire", Formulaire.vide(), "nom", "email", "libelle", "E-mail",
                                "type", "email")),
                "documentation/swagger.jte", List.of(Map.of("titre", "API"))));
        modeles.putAll(modelesDesComptes());
        modeles.putAll(ModelesDeLaConsultation.modeles(SAISIE_ERRONEE));
        modeles.putAll(ModelesDesDemandes.modeles());
        modeles.putAll(ModelesDesInformations.modeles());
        modeles.putAll(ModelesDesFormulairesDeDemande.modeles());
        modeles.putAll(ModelesDeLExploitation.modeles());
        modeles.putAll(ModelesDesDocuments.modeles());
        modeles.putAll(ModelesDesDonnees.modeles());
        modeles.putAll(ModelesDuSecondFacteur.modeles());
        modeles.putAll(ModelesDeLaSecuriteDuCompte.modeles());
        return modeles;
    }

    private static final Formulaire SAISIE_COMPTE = Formulaire
            .avecValeurs(Map.of("numeroAdherent", "1234", "profil", "ENTREPRISE", "raisonSociale", "Acme",
                    "siret", "732 829 320 00074", "email", "contact@acme.fr", "nom", "Durand", "prenom", "Camille",
                    "dateNaissance", "1980-04-23", "motif", "Inconnu"))
            .avecErreurs(List.of(ErreurChamp.sur("numeroAdherent", "numeroAdherent.invalide"),
                    ErreurChamp.sur("profil", "inscription.profil.invalide"),
                    ErreurChamp.sur("accepte", "champ.obligatoire"), ErreurChamp.sur("motif", "champ.obligatoire"),
                    new ErreurChamp("code", "email.code.incorrect", Map.of("essaisRestants", 3)),
                    new ErreurChamp(null, "connexion.temporisee", Map.of("minutes", 2))));

    static Map<String, List<Map<String, Object>>> modelesDesComptes() {
        List<EtapeObligatoire> toutes = List.of(EtapeObligatoire.values());
        List<TexteCgu.Section> sections = List.of(new TexteCgu.Section("Article", List.of("Premier", "Second")),
                new TexteCgu.Section(null, List.of("Seul")));
        VersionCgu version = new VersionCgu("2026-01", Instant.parse("2026-01-15T09:00:00Z"));
        DemandeInscription demande = UneDemandeInscription.entreprise().build();
        List<InscriptionAControler> inscriptions = List.of(
                new InscriptionAControler(demande, new ControlesInscription(true, true, false, true, false)),
                new InscriptionAControler(UneDemandeInscription.mandataire().build(),
                        new ControlesInscription(true, true, true, true, true)));
        List<EvenementAudit> evenements = List.of(
                EvenementAudit.de(TypeEvenementAudit.CONNEXION_REUSSIE, Instant.parse("2026-03-02T08:00:00Z"),
                        UtilisateurId.nouveau(), new NumeroAdherent("10000001"), new AdresseIp("203.0.113.7"), null),
                EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE, Instant.parse("2026-03-02T08:01:00Z"),
                        null, null, new AdresseIp("::1"), "aucun_compte"));
        Map<String, Object> accepterSansVersion = new HashMap<>();
        accepterSansVersion.put("formulaire", Formulaire.vide());
        accepterSansVersion.put("version", null);
        accepterSansVersion.put("sections", sections);
        accepterSansVersion.put("etapes", List.of(EtapeObligatoire.ACCEPTER_CGU));
        Map<String, Object> texteSansVersion = new HashMap<>();
        texteSansVersion.put("version", null);
        texteSansVersion.put("sections", sections);
        Map<String, Object> inscriptionsEnErreur = new HashMap<>();
        inscriptionsEnErreur.put("inscriptions", inscriptions);
        inscriptionsEnErreur.put("suivant", "/gestion/inscriptions?apres=abc");
        inscriptionsEnErreur.put("decision", "validee");
        inscriptionsEnErreur.put("formulaire", SAISIE_COMPTE);
        inscriptionsEnErreur.put("enErreur", demande.id().toString());
        return Map.ofEntries(
                Map.entry("compte/connexion.jte", List.of(Map.of("formulaire", Formulaire.vide()),
                        Map.of("formulaire", SAISIE_COMPTE))),
                Map.entry("compte/message.jte", List.of(
                        Map.of("cle", "inscription_envoyee", "lien", "/"),
                        Map.of("cle", "mot_de_passe_oublie_envoye", "lien", "/"),
                        Map.of("cle", "identifiant_oublie_envoye", "lien", "/"),
                        Map.of("cle", "mot_de_passe_modifie", "lien", "/accueil", "gestionnaire", true))),
                Map.entry("compte/navigation.jte", List.of(Map.of("gestionnaire", true),
                        Map.of("gestionnaire", false))),
                Map.entry("compte/politiqueMotDePasse.jte", List.of(Map.of())),
                Map.entry("compte/etapes.jte", List.of(Map.of("etapes", toutes),
                        Map.of("etapes", List.of(EtapeObligatoire.ACCEPTER_CGU)))),
                Map.entry("compte/definirMotDePasse.jte", List.of(Map.of("formulaire", SAISIE_COMPTE,
                        "etapes", toutes))),
                Map.entry("compte/confirmerEmail.jte", List.of(
                        Map.of("formulaire", Formulaire.vide(), "codeEnvoye", false, "etapes", toutes),
                        Map.of("formulaire", SAISIE_COMPTE, "codeEnvoye", true, "etapes", toutes))),
                Map.entry("compte/texteCgu.jte", List.of(Map.of("version", version, "sections", sections),
                        Map.of("version", version, "sections", sections, "imbrique", true), texteSansVersion)),
                Map.entry("compte/accepterCgu.jte", List.of(Map.of("formulaire", SAISIE_COMPTE, "version", version,
                        "sections", sections, "etapes", toutes), accepterSansVersion)),
                Map.entry("compte/cgu.jte", List.of(Map.of("version", version, "sections", sections),
                        texteSansVersion)),
                Map.entry("compte/accueil.jte", List.of(
                        Map.of("gestionnaire", false, "connue", true, "derniereConnexion",
                                Instant.parse("2026-03-01T17:45:00Z")),
                        Map.of("gestionnaire", true, "connue", true),
                        Map.of("gestionnaire", false, "connue", false),
                        Map.of("gestionnaire", false, "connue", true, "accueil",
                                ModelesDeLaConsultation.ACCUEIL_MANDATAIRE, "mandataire", true),
                        Map.of("gestionnaire", false, "connue", true, "accueil",
                                ModelesDeLaConsultation.ACCUEIL_ENTREPRISE))),
                Map.entry("compte/changerMotDePasse.jte", List.of(Map.of("formulaire", SAISIE_COMPTE,
                        "gestionnaire", false))),
                Map.entry("compte/motDePasseOublie.jte", List.of(Map.of("formulaire", SAISIE_COMPTE))),
                Map.entry("compte/identifiantOublie.jte", List.of(Map.of("formulaire", SAISIE_COMPTE))),
                Map.entry("compte/inscriptionProfil.jte", List.of(Map.of("formulaire", Formulaire.vide()),
                        Map.of("formulaire", SAISIE_COMPTE))),
                Map.entry("compte/inscriptionEtape1.jte", List.of(
                        Map.of("formulaire", SAISIE_COMPTE, "entreprise", true),
                        Map.of("formulaire", Formulaire.vide(), "entreprise", false))),
                Map.entry("compte/inscriptionEtape2.jte", List.of(
                        Map.of("formulaire", SAISIE_COMPTE, "entreprise", true),
                        Map.of("formulaire", Formulaire.vide(), "entreprise", false))),
                Map.entry("gestion/inscriptions.jte", List.of(inscriptionsEnErreur,
                        Map.of("inscriptions", List.of(), "formulaire", Formulaire.vide()))),
                Map.entry("gestion/journal.jte", List.of(
                        Map.of("evenements", evenements, "suivant", "/gestion/journal?apres=abc",
                                "formulaire", SAISIE_COMPTE),
                        Map.of("evenements", List.of(), "formulaire", Formulaire.vide()))));
    }

    static Stream<Arguments> rendus() {
        return modeles().entrySet().stream().flatMap(gabarit -> Stream.of(Langue.values()).flatMap(langue ->
                gabarit.getValue().stream().map(parametres -> Arguments.of(gabarit.getKey(), langue, parametres))));
    }

    @Test
    void every_template_has_a_test_model() throws IOException {
        Path racine = Path.of("src/main/jte");
        Set<String> gabarits;
        try (Stream<Path> fichiers = Files.walk(racine)) {
            gabarits = fichiers.filter(f -> f.toString().endsWith(".jte"))
                    .map(f -> racine.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertFalse(gabarits.isEmpty());
        assertEquals(gabarits, new TreeSet<>(modeles().keySet()));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rendus")
    void every_template_renders_without_untranslated_key_nor_inline_code(String gabarit, Langue langue,
            Map<String, Object> parametres) {
        String html = rendre(gabarit, langue, parametres, Optional.of("Claire Martin"));

        assertFalse(html.contains("???"), html);
        for (String cle : TRADUCTIONS.cles(langue)) {
            assertFalse(html.contains(cle), () -> "raw key " + cle + " in " + html);
        }
        assertFalse(CODE_EN_LIGNE.matcher(html).find(), html);
    }

    @Test
    void the_layout_of_a_logged_in_user_has_a_logout_form_with_its_csrf_token() {
        String html = rendre("layout.jte", Langue.EN, Map.of("titre", "T", "contenu", (Content) s -> { }),
                Optional.of("Claire Martin"));

        assertTrue(html.contains("Logged in: Claire Martin"), html);
        assertTrue(html.contains("<form class=\"entete__deconnexion\" method=\"post\" action=\"/deconnexion\">"));
        assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + JETON + "\">"), html);
        assertTrue(html.contains(">Log out</button>"));
    }

    @Test
    void the_navigation_slot_is_a_labelled_nav() {
        Map<String, Object> parametres = new HashMap<>(modeles().get("layout.jte").get(1));

        String html = rendre("layout.jte", Langue.FR, parametres, Optional.empty());

        assertTrue(html.contains("<nav class=\"navigation\" aria-label=\"Navigation principale\">"), html);
        assertTrue(html.contains("<a href=\"/\">Accueil</a>"));
    }

    @Test
    void a_field_in_error_keeps_the_typed_value_and_ties_its_help_and_error_to_the_input() {
        String html = rendre("formulaire/champ.jte", Langue.FR, modeles().get("formulaire/champ.jte").get(0),
                Optional.empty());

        assertTrue(html.contains("<label for=\"champ-siret\">SIRET <span class=\"champ__requis\">(obligatoire)"
                + "</span></label>"), html);
        assertTrue(html.contains("<p id=\"champ-siret-erreur\" class=\"champ__erreur\"><span class=\"visuellement-cache\">"
                + "Erreur : </span>Le numéro SIRET n’est pas valide : vérifiez ses 14 chiffres.</p>"), html);
        assertTrue(html.contains("<input id=\"champ-siret\" name=\"siret\" type=\"text\" value=\"123 456\" required "
                + "aria-invalid=\"true\" aria-describedby=\"champ-siret-aide champ-siret-erreur\" "
                + "inputmode=\"numeric\">"), html);
    }

    @Test
    void a_password_field_never_shows_what_was_typed() {
        String html = rendre("formulaire/champ.jte", Langue.FR, modeles().get("formulaire/champ.jte").get(1),
                Optional.empty());

        assertFalse(html.contains("Secret-2026-tres-long"), html);
        assertFalse(html.contains("value="), html);
        assertTrue(html.contains("type=\"password\""));
        assertTrue(html.contains("aria-describedby=\"champ-motDePasse-erreur\""), html);
    }

    @Test
    void a_field_without_error_nor_help_has_no_aria_description() {
        String html = rendre("formulaire/champ.jte", Langue.EN, modeles().get("formulaire/champ.jte").get(2),
                Optional.empty());

        assertTrue(html.contains("<input id=\"champ-email\" name=\"email\" type=\"email\" value=\"\">"), html);
    }

    @Test
    void the_error_summary_is_an_alert_linking_each_error_to_its_field() {
        String html = rendre("formulaire/resumeErreurs.jte", Langue.EN,
                modeles().get("formulaire/resumeErreurs.jte").get(0), Optional.empty());

        assertTrue(html.contains("role=\"alert\""), html);
        assertTrue(html.contains("<h2 id=\"resume-erreurs-titre\">The form has 3 errors</h2>"), html);
        assertTrue(html.contains("<li><a href=\"#champ-siret\">SIRET number: The SIRET number is not valid: check its "
                + "14 digits.</a></li>"), html);
        assertTrue(html.contains("<li><a href=\"#champ-motDePasse\">Password: This field is required.</a></li>"), html);
        assertTrue(html.contains("<li>A request that is \"validated\" cannot become \"in progress\".</li>"), html);
    }

    @Test
    void a_form_without_errors_has_no_summary() {
        String html = rendre("formulaire/resumeErreurs.jte", Langue.FR, Map.of("formulaire", Formulaire.vide()),
                Optional.empty());

        assertEquals("", html.strip());
    }

    private static String rendre(String gabarit, Langue langue, Map<String, Object> parametres,
            Optional<String> utilisateur) {
        try {
            Page page = new Page(TRADUCTIONS.pour(langue), JETON, "/page", Map.of(), utilisateur);
            return gabarit.startsWith("documentation/") ? PAGES.rendreSansPage(gabarit, parametres)
                    : PAGES.rendre(page, gabarit, parametres);
        } catch (UncheckedIOException e) {
            throw new AssertionError(e);
        }
    }
}
