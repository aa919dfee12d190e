package fr.espaceentreprise.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.adapters.mail.RedacteurCourriels;
import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.Reglages;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.compte.AccepterCgu;
import fr.espaceentreprise.application.compte.ConfirmerEmail;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.DemanderCodeEmail;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.application.compte.ValiderInscription;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.FiltreDemandes;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.MailSender;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.HashMap;
import java.util.Map;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JVM service that embeds the core, without the web adapter: on its own PostgreSQL, with a mail sender of its
 * own, it walks a company's whole arrival through the use cases only — sign-up, validation by the back office,
 * first login, employees, an attestation, a demande.
 */
class EmbarquementTest {

    private static final AdresseIp IP = new AdresseIp("198.51.100.20");
    private static final String NUMERO = "10000042";
    private static final String MOT_DE_PASSE_GESTION = "Nacelle-Ardoise-Fjord-81";
    private static final String MOT_DE_PASSE_CHOISI = "Tilleul-Boussole-Lagune-27";

    private static EmbeddedPostgres postgres;

    private final List<Courriel> courriels = new CopyOnWriteArrayList<>();
    /** The second factors' secrets, as the users' apps hold them. */
    private final Map<String, SecretTotp> secrets = new HashMap<>(Map.of("90000042", Monde.SECRET_GESTION));
    private final Map<String, Long> derniersPas = new HashMap<>();

    @BeforeAll
    static void demarrerPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void arreterPostgres() throws IOException {
        postgres.close();
    }

    // README (Embedding the use cases) — from here
    static EspaceEntreprise demarrer(DataSource dataSource, CleDeChiffrement cle, MailSender courrier) {
        Clock horloge = Clock.system(ZoneId.of("Europe/Paris"));
        Persistance persistance = Persistance.sur(dataSource, horloge, cle);   // the same key at every start
        persistance.migrer();
        return new EspaceEntreprise(
                persistance.ports(new RedacteurCourriels(URI.create("https://espace.example.com")), courrier),
                new Reglages(new CentreRelationsClients(new Telephone("+33 1 40 00 00 00"),
                        new Email("relations.clients@example.com"))));
    }

    static List<SalarieResume> salaries(EspaceEntreprise espace, UtilisateurId utilisateur,
            EntrepriseId entreprise) {
        // Your service authenticated the user: the core says what he may see, and what he still owes.
        Acteur acteur = espace.comptes().identifierActeur().identifier(utilisateur)
                .orElseThrow(() -> new IllegalStateException("this account may not use the portal"));
        return espace.consultation().salaries().lister(new ConsulterSalaries.Requete(
                acteur, entreprise, FiltreSalaries.AUCUN, Optional.empty(), 50)).elements();
    }
    // README — to here

    @Test
    void a_service_without_the_web_signs_up_a_company_and_serves_it_through_the_use_cases_only() {
        DataSource dataSource = postgres.getPostgresDatabase();
        CleDeChiffrement cle = CleDeChiffrement.nouvelle();
        EspaceEntreprise espace = demarrer(dataSource, cle, courriels::add);
        Monde monde = Monde.semer(Persistance.sur(dataSource, Clock.systemUTC(), cle));

        espace.comptes().demanderInscription().demander(new DemanderInscription.Commande(Profil.ENTREPRISE,
                monde.entreprise.raisonSociale(), monde.entreprise.siret(), new Email("claire.martin@exemple.fr"),
                new NumeroAdherent(NUMERO), "Martin", "Claire", LocalDate.of(1980, 5, 12), Langue.FR, IP));

        Acteur gestionnaire = session(espace, "90000042", MOT_DE_PASSE_GESTION).acteur();
        ConsulterInscriptions.InscriptionAControler aControler = espace.gestion().inscriptions()
                .consulter(new ConsulterInscriptions.Requete(gestionnaire, Optional.empty(), 20)).elements().get(0);
        espace.gestion().validerInscription().valider(new ValiderInscription.Commande(gestionnaire,
                aControler.demande().id(), IP));
        espace.exploitation().distribuerCourriels().distribuer();
        String provisoire = secretDuCourriel("Votre mot de passe provisoire");

        SessionAuthentifiee premiere = session(espace, NUMERO, provisoire);
        assertEquals(List.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE, EtapeObligatoire.CONFIRMER_EMAIL,
                EtapeObligatoire.ENROLER_SECOND_FACTEUR, EtapeObligatoire.ACCEPTER_CGU),
                List.copyOf(premiere.etapesEnAttente()));
        assertEquals(EtapeObligatoire.CHANGER_MOT_DE_PASSE, assertThrows(AccesRefuseException.class,
                () -> espace.consultation().salaries().lister(new ConsulterSalaries.Requete(premiere.acteur(),
                        monde.entreprise.id(), FiltreSalaries.AUCUN, Optional.empty(), 50))).etape());

        espace.comptes().definirMotDePasse().definir(new DefinirMotDePasse.Commande(premiere,
                MOT_DE_PASSE_CHOISI.toCharArray(), IP));
        SessionAuthentifiee suite = session(espace, NUMERO, MOT_DE_PASSE_CHOISI);
        espace.comptes().demanderCodeEmail().demander(new DemanderCodeEmail.Commande(suite, IP));
        espace.exploitation().distribuerCourriels().distribuer();
        espace.comptes().confirmerEmail().confirmer(new ConfirmerEmail.Commande(suite,
                secretDuCourriel("Votre code de confirmation"), IP));
        GererSecondFacteur.Enrolement enrolement = espace.comptes().secondFacteur().commencer(suite, IP);
        SecretTotp secretDeClaire = SecretTotp.depuisBase32(enrolement.secret());
        secrets.put(NUMERO, secretDeClaire);
        assertEquals(10, espace.comptes().secondFacteur().confirmer(suite, codeDe(NUMERO), IP)
                .codesDeSecours().size());
        UtilisateurId claire = suite.utilisateurId();
        AccesRefuseException cguAAccepter = assertThrows(AccesRefuseException.class,
                () -> salaries(espace, claire, monde.entreprise.id()));
        assertEquals(EtapeObligatoire.ACCEPTER_CGU, cguAAccepter.etape(), "the core refuses as the web does");
        String version = espace.contenus().cgu().versionCourante().orElseThrow().version();
        espace.comptes().accepterCgu().accepter(new AccepterCgu.Commande(suite, version, IP));

        List<SalarieResume> salaries = salaries(espace, claire, monde.entreprise.id());
        assertEquals(List.of("Okonkwo"), salaries.stream().map(SalarieResume::nom).toList());

        Acteur rh = session(espace, NUMERO, MOT_DE_PASSE_CHOISI).acteur();
        Attestation attestation = espace.consultation().attestations().delivrer(rh, monde.salarie.id());
        assertEquals(monde.contrat.numero(), attestation.lignes().get(0).numeroContrat());
        assertTrue(espace.consultation().verificationAttestations().verifier(attestation.code().valeur())
                .orElseThrow().valide());

        SoumettreDemande.Soumission soumission = espace.demandes().soumettre().soumettre(
                new SoumettreDemande.Commande(rh, monde.entreprise.id(),
                        new Autre("Carte européenne", "Merci d'envoyer une carte européenne à M. Okonkwo."),
                        List.of(), Optional.empty(), IP));
        DemandeId demande = soumission.id();
        assertEquals(StatutDemande.EN_COURS, espace.demandes().suivi()
                .lister(new ConsulterDemandes.Requete(rh, FiltreDemandes.AUCUN, Optional.empty(), 20))
                .elements().stream().filter(resume -> resume.id().equals(demande)).findFirst().orElseThrow()
                .statut());
    }

    @Test
    void the_embedding_example_needs_neither_javalin_nor_the_web_adapter() {
        for (String classe : List.of("io.javalin.Javalin", "fr.espaceentreprise.adapters.web.WebApplication")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(classe), classe);
        }
    }

    @Test
    void the_readme_shows_the_code_of_this_test() throws IOException {
        Path racine = Path.of("").toAbsolutePath().getParent();
        List<String> test = Files.readAllLines(racine.resolve(
                "embedding-example/src/test/java/fr/espaceentreprise/exemple/EmbarquementTest.java"));
        String exemple = String.join("\n", test.subList(
                test.indexOf("    // README (Embedding the use cases) — from here") + 1,
                test.indexOf("    // README — to here"))).stripIndent().strip();
        String readme = Files.readString(racine.resolve("README.md"), StandardCharsets.UTF_8);

        assertTrue(readme.contains(exemple), "README.md must show, as is:\n" + exemple);
    }

    /** Logs in, with the code of the account's app when it has a second factor. */
    private SessionAuthentifiee session(EspaceEntreprise espace, String numero, String motDePasse) {
        Optional<String> code = secrets.containsKey(numero) ? Optional.of(codeDe(numero)) : Optional.empty();
        SeConnecter.Resultat connexion = espace.comptes().seConnecter().seConnecter(new SeConnecter.Commande(
                new NumeroAdherent(numero), motDePasse.toCharArray(),
                SeConnecter.Origine.api(IP, FamilleNavigateur.CLIENT_API), code));
        SeConnecter.Resultat.Reussie reussie = (SeConnecter.Resultat.Reussie) connexion;
        return espace.comptes().authentifierSession().authentifier(reussie.jeton()).orElseThrow();
    }

    /** The code the account's app shows, a step later than the last one used (each code opens once). */
    private String codeDe(String numero) {
        long dernier = derniersPas.getOrDefault(numero, Long.MIN_VALUE);
        long pas = Math.max(Totp.pas(Instant.now()) - Totp.DERIVE, dernier + 1);
        derniersPas.put(numero, pas);
        return Totp.code(secrets.get(numero), pas);
    }

    /** The secret a mail carries alone on its line, after the line that announces it. */
    private String secretDuCourriel(String sujet) {
        Courriel courriel = courriels.stream().filter(c -> c.sujet().startsWith(sujet)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no mail '" + sujet + "' among " + courriels));
        List<String> lignes = new ArrayList<>(Arrays.stream(courriel.texte().split("\n")).map(String::strip)
                .filter(ligne -> !ligne.isEmpty()).toList());
        for (int i = 0; i + 1 < lignes.size(); i++) {
            if (lignes.get(i).endsWith(":")) {
                return lignes.get(i + 1);
            }
        }
        throw new AssertionError("no secret in " + courriel.texte());
    }

    /**
     * What the insurer's own systems hold before anyone signs up: the company and its contract, an employee, and a
     * back-office account. They reach the portal's database the way the insurer feeds it, not through its use
     * cases.
     */
    private record Monde(Entreprise entreprise, Contrat contrat, Salarie salarie) {

        static final SecretTotp SECRET_GESTION = SecretTotp.depuisBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        static Monde semer(Persistance persistance) {
            Stockage stockage = persistance.stockage();
            Entreprise entreprise = UneEntreprise.nommee("Kestrel Offshore SAS").numeroAdherent(NUMERO).build();
            Contrat contrat = UnContrat.de(entreprise.id()).effetLe(LocalDate.now().minusYears(1)).build();
            Salarie salarie = UnSalarie.nomme("Okonkwo").prenomme("Chidi").de(entreprise.id()).expatrieEn("NG")
                    .affilieA(contrat).build();
            Utilisateur gestionnaire = UnUtilisateur.gestionnaire().numeroAdherent("90000042").build();
            stockage.transactions().enTransaction(() -> {
                stockage.entreprises().enregistrer(entreprise);
                stockage.contrats().enregistrer(contrat);
                stockage.salaries().enregistrer(salarie);
                stockage.utilisateurs().enregistrer(gestionnaire);
                stockage.identifiants().enregistrer(Identifiants.rehydrater(gestionnaire.id(),
                        persistance.hacheur().hacher(MOT_DE_PASSE_GESTION.toCharArray()), null, Temporisation.AUCUNE,
                        gestionnaire.email(), null, null));
                String cgu = stockage.cgu().versionCourante(Instant.now()).orElseThrow().version();
                stockage.cgu().enregistrer(new AcceptationCgu(gestionnaire.id(), cgu, Instant.now()));
                stockage.secondsFacteurs().enregistrer(SecondFacteur.rehydrater(gestionnaire.id(), SECRET_GESTION,
                        Instant.now(), Long.MIN_VALUE, List.of()));
            });
            return new Monde(entreprise, contrat, salarie);
        }
    }
}
