package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContenuDemandeTest {

    private static final String OBLIGATOIRE = "champ.obligatoire";
    private static final String TROP_LONG = "champ.trop_long";

    private static final ContratId CONTRAT = ContratId.nouveau();
    private static final SalarieId SALARIE = SalarieId.nouveau();
    private static final LocalDate NAISSANCE = LocalDate.of(1985, 6, 15);
    private static final LocalDate EFFET = LocalDate.of(2024, 4, 1);
    private static final Email EMAIL = new Email("elise.durand@exemple.fr");
    private static final CodePays PAYS = new CodePays("SN");
    private static final Montant SALAIRE = Montant.euros("4500");
    private static final Adresse ADRESSE = new Adresse("12 rue des Lilas", null, "75011", "Paris", new CodePays("FR"));
    private static final Siret SIRET = new Siret("73282932000074");

    private static Arguments cas(String nom, Executable construction, String code, String champ) {
        return Arguments.of(Named.of(nom, construction), code, champ);
    }

    static Stream<Arguments> contenusInvalides() {
        String nom81 = "a".repeat(81);
        return Stream.of(
                cas("ChangementGarantie without contratId",
                        () -> new ChangementGarantie(null, Garantie.SANTE_EXPAT_CFE_CONFORT, EFFET), OBLIGATOIRE, "contratId"),
                cas("ChangementGarantie without garantie",
                        () -> new ChangementGarantie(CONTRAT, null, EFFET), OBLIGATOIRE, "garantie"),
                cas("ChangementGarantie without dateEffet",
                        () -> new ChangementGarantie(CONTRAT, Garantie.SANTE_EXPAT_CFE_CONFORT, null), OBLIGATOIRE, "dateEffet"),

                cas("AffiliationSalarie without nom",
                        () -> new AffiliationSalarie(null, "Élise", NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE), OBLIGATOIRE, "nom"),
                cas("AffiliationSalarie with a blank nom",
                        () -> new AffiliationSalarie("  ", "Élise", NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE), OBLIGATOIRE, "nom"),
                cas("AffiliationSalarie with a nom of 81 characters",
                        () -> new AffiliationSalarie(nom81, "Élise", NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE), TROP_LONG, "nom"),
                cas("AffiliationSalarie without prenom",
                        () -> new AffiliationSalarie("Durand", null, NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE), OBLIGATOIRE, "prenom"),
                cas("AffiliationSalarie with a prenom of 81 characters",
                        () -> new AffiliationSalarie("Durand", nom81, NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE), TROP_LONG, "prenom"),
                cas("AffiliationSalarie without dateNaissance",
                        () -> new AffiliationSalarie("Durand", "Élise", null, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE), OBLIGATOIRE, "dateNaissance"),
                cas("AffiliationSalarie born on the dateEffet",
                        () -> new AffiliationSalarie("Durand", "Élise", EFFET, EMAIL, PAYS, CONTRAT, EFFET, SALAIRE),
                        "salarie.dateNaissance.invalide", "dateNaissance"),
                cas("AffiliationSalarie born after the dateEffet",
                        () -> new AffiliationSalarie("Durand", "Élise", EFFET.plusDays(1), EMAIL, PAYS, CONTRAT, EFFET, SALAIRE),
                        "salarie.dateNaissance.invalide", "dateNaissance"),
                cas("AffiliationSalarie without paysExpatriation",
                        () -> new AffiliationSalarie("Durand", "Élise", NAISSANCE, EMAIL, null, CONTRAT, EFFET, SALAIRE), OBLIGATOIRE, "paysExpatriation"),
                cas("AffiliationSalarie without contratId",
                        () -> new AffiliationSalarie("Durand", "Élise", NAISSANCE, EMAIL, PAYS, null, EFFET, SALAIRE), OBLIGATOIRE, "contratId"),
                cas("AffiliationSalarie without dateEffet",
                        () -> new AffiliationSalarie("Durand", "Élise", NAISSANCE, EMAIL, PAYS, CONTRAT, null, SALAIRE), OBLIGATOIRE, "dateEffet"),
                cas("AffiliationSalarie without salaireReference",
                        () -> new AffiliationSalarie("Durand", "Élise", NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, null), OBLIGATOIRE, "salaireReference"),
                cas("AffiliationSalarie with a salaireReference of zero",
                        () -> new AffiliationSalarie("Durand", "Élise", NAISSANCE, EMAIL, PAYS, CONTRAT, EFFET, Montant.ZERO),
                        "salarie.salaireReference.invalide", "salaireReference"),

                cas("MajEntreprise without raisonSociale",
                        () -> new MajEntreprise(null, ADRESSE, SIRET, EMAIL, null), OBLIGATOIRE, "raisonSociale"),
                cas("MajEntreprise with a blank raisonSociale",
                        () -> new MajEntreprise(" ", ADRESSE, SIRET, EMAIL, null), OBLIGATOIRE, "raisonSociale"),
                cas("MajEntreprise with a raisonSociale of 101 characters",
                        () -> new MajEntreprise("S".repeat(101), ADRESSE, SIRET, EMAIL, null), TROP_LONG, "raisonSociale"),
                cas("MajEntreprise without adresse",
                        () -> new MajEntreprise("Durand SAS", null, SIRET, EMAIL, null), OBLIGATOIRE, "adresse"),
                cas("MajEntreprise without siret",
                        () -> new MajEntreprise("Durand SAS", ADRESSE, null, EMAIL, null), OBLIGATOIRE, "siret"),
                cas("MajEntreprise without email",
                        () -> new MajEntreprise("Durand SAS", ADRESSE, SIRET, null, null), OBLIGATOIRE, "email"),

                cas("MajSalarie without salarieId",
                        () -> new MajSalarie(null, "Durand", "Élise", NAISSANCE, EMAIL), OBLIGATOIRE, "salarieId"),
                cas("MajSalarie without nom",
                        () -> new MajSalarie(SALARIE, null, "Élise", NAISSANCE, EMAIL), OBLIGATOIRE, "nom"),
                cas("MajSalarie with a nom of 81 characters",
                        () -> new MajSalarie(SALARIE, nom81, "Élise", NAISSANCE, EMAIL), TROP_LONG, "nom"),
                cas("MajSalarie with a blank prenom",
                        () -> new MajSalarie(SALARIE, "Durand", "\t", NAISSANCE, EMAIL), OBLIGATOIRE, "prenom"),
                cas("MajSalarie with a prenom of 81 characters",
                        () -> new MajSalarie(SALARIE, "Durand", nom81, NAISSANCE, EMAIL), TROP_LONG, "prenom"),
                cas("MajSalarie without dateNaissance",
                        () -> new MajSalarie(SALARIE, "Durand", "Élise", null, EMAIL), OBLIGATOIRE, "dateNaissance"),

                cas("MajModalitesPaiement without modalites",
                        () -> new MajModalitesPaiement(null), OBLIGATOIRE, "modalites"),

                cas("MajSalaireReference without salarieId",
                        () -> new MajSalaireReference(null, SALAIRE, EFFET), OBLIGATOIRE, "salarieId"),
                cas("MajSalaireReference without salaireReference",
                        () -> new MajSalaireReference(SALARIE, null, EFFET), OBLIGATOIRE, "salaireReference"),
                cas("MajSalaireReference with a salaireReference of zero",
                        () -> new MajSalaireReference(SALARIE, Montant.ZERO, EFFET),
                        "salarie.salaireReference.invalide", "salaireReference"),
                cas("MajSalaireReference without dateEffet",
                        () -> new MajSalaireReference(SALARIE, SALAIRE, null), OBLIGATOIRE, "dateEffet"),

                cas("MajPaysExpatriation without salarieId",
                        () -> new MajPaysExpatriation(null, PAYS, EFFET), OBLIGATOIRE, "salarieId"),
                cas("MajPaysExpatriation without paysExpatriation",
                        () -> new MajPaysExpatriation(SALARIE, null, EFFET), OBLIGATOIRE, "paysExpatriation"),
                cas("MajPaysExpatriation without dateEffet",
                        () -> new MajPaysExpatriation(SALARIE, PAYS, null), OBLIGATOIRE, "dateEffet"),

                cas("RadiationSalarie without salarieId",
                        () -> new RadiationSalarie(null, CONTRAT, EFFET), OBLIGATOIRE, "salarieId"),
                cas("RadiationSalarie without contratId",
                        () -> new RadiationSalarie(SALARIE, null, EFFET), OBLIGATOIRE, "contratId"),
                cas("RadiationSalarie without dateFin",
                        () -> new RadiationSalarie(SALARIE, CONTRAT, null), OBLIGATOIRE, "dateFin"),

                cas("Autre without objet",
                        () -> new Autre(null, "Bonjour."), OBLIGATOIRE, "objet"),
                cas("Autre with a blank objet",
                        () -> new Autre("   ", "Bonjour."), OBLIGATOIRE, "objet"),
                cas("Autre with an objet of 121 characters",
                        () -> new Autre("o".repeat(121), "Bonjour."), TROP_LONG, "objet"),
                cas("Autre without message",
                        () -> new Autre("Question", null), OBLIGATOIRE, "message"),
                cas("Autre with a blank message",
                        () -> new Autre("Question", "\n"), OBLIGATOIRE, "message"),
                cas("Autre with a message of 4001 characters",
                        () -> new Autre("Question", "m".repeat(4001)), TROP_LONG, "message"),
                cas("RectificationDonnees without message",
                        () -> new RectificationDonnees(" "), OBLIGATOIRE, "message"),
                cas("RectificationDonnees with a message of 4001 characters",
                        () -> new RectificationDonnees("m".repeat(4001)), TROP_LONG, "message"),
                cas("SuppressionAcces without action",
                        () -> new SuppressionAcces(null, "Merci"), OBLIGATOIRE, "action"),
                cas("SuppressionAcces with a message of 4001 characters",
                        () -> new SuppressionAcces(ActionAcces.SUSPENSION, "m".repeat(4001)), TROP_LONG, "message"));
    }

    @Test
    void a_request_about_one_s_own_access_needs_no_message() {
        assertEquals(null, new SuppressionAcces(ActionAcces.SUSPENSION, "  ").message());
        assertEquals(TypeDemande.SUPPRESSION_ACCES, new SuppressionAcces(ActionAcces.SUPPRESSION, null).type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contenusInvalides")
    void a_content_refuses_an_invalid_field_and_names_it(Executable construction, String code, String champ) {
        ValeurInvalideException erreur = assertThrows(ValeurInvalideException.class, construction);

        assertEquals(code, erreur.code());
        assertEquals(Optional.of(champ), erreur.champ());
    }

    @Test
    void a_text_too_long_tells_its_maximum() {
        ValeurInvalideException objet = assertThrows(ValeurInvalideException.class,
                () -> new Autre("o".repeat(121), "Bonjour."));
        ValeurInvalideException nom = assertThrows(ValeurInvalideException.class,
                () -> new MajSalarie(SALARIE, "n".repeat(81), "Élise", NAISSANCE, EMAIL));

        assertEquals(Map.of("max", 120), objet.parametres());
        assertEquals(Map.of("max", 80), nom.parametres());
    }

    @Test
    void texts_at_their_maximum_length_are_accepted() {
        Autre autre = new Autre("o".repeat(120), "m".repeat(4000));
        MajEntreprise majEntreprise = new MajEntreprise("S".repeat(100), ADRESSE, SIRET, EMAIL, null);
        MajSalarie majSalarie = new MajSalarie(SALARIE, "n".repeat(80), "p".repeat(80), NAISSANCE, null);

        assertEquals(120, autre.objet().length());
        assertEquals(4000, autre.message().length());
        assertEquals(100, majEntreprise.raisonSociale().length());
        assertEquals(80, majSalarie.nom().length());
    }

    @Test
    void texts_are_kept_without_surrounding_spaces() {
        AffiliationSalarie affiliation = new AffiliationSalarie("  Durand ", " Élise", NAISSANCE, EMAIL, PAYS, CONTRAT,
                EFFET, SALAIRE);
        Autre autre = new Autre(" Attestation ", "\nMerci.\n");

        assertEquals("Durand", affiliation.nom());
        assertEquals("Élise", affiliation.prenom());
        assertEquals("Attestation", autre.objet());
        assertEquals("Merci.", autre.message());
    }

    @Test
    void optional_fields_may_be_left_out() {
        AffiliationSalarie affiliation = new AffiliationSalarie("Durand", "Élise", NAISSANCE, null, PAYS, CONTRAT,
                EFFET, SALAIRE);
        MajEntreprise majEntreprise = new MajEntreprise("Durand SAS", ADRESSE, SIRET, EMAIL, null);
        MajSalarie majSalarie = new MajSalarie(SALARIE, "Durand", "Élise", NAISSANCE, null);

        assertNull(affiliation.email());
        assertNull(majEntreprise.telephone());
        assertNull(majSalarie.email());
    }

    static Stream<Arguments> contenusEtLeurType() {
        return Stream.of(
                Arguments.of(UnContenu.changementGarantie(), TypeDemande.CHANGEMENT_GARANTIE),
                Arguments.of(UnContenu.affiliationSalarie(), TypeDemande.AFFILIATION_SALARIE),
                Arguments.of(UnContenu.majEntreprise(), TypeDemande.MAJ_ENTREPRISE),
                Arguments.of(UnContenu.majSalarie(), TypeDemande.MAJ_SALARIE),
                Arguments.of(UnContenu.majModalitesPaiement(), TypeDemande.MAJ_MODALITES_PAIEMENT),
                Arguments.of(UnContenu.majSalaireReference(), TypeDemande.MAJ_SALAIRE_REFERENCE),
                Arguments.of(UnContenu.majPaysExpatriation(), TypeDemande.MAJ_PAYS_EXPATRIATION),
                Arguments.of(UnContenu.radiationSalarie(), TypeDemande.RADIATION_SALARIE),
                Arguments.of(UnContenu.autre(), TypeDemande.AUTRE),
                Arguments.of(UnContenu.rectificationDonnees(), TypeDemande.RECTIFICATION_DONNEES),
                Arguments.of(UnContenu.suppressionAcces(), TypeDemande.SUPPRESSION_ACCES));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("contenusEtLeurType")
    void each_content_has_its_own_type(ContenuDemande contenu, TypeDemande type) {
        assertEquals(type, contenu.type());
    }

    @Test
    void every_type_of_demande_has_exactly_one_kind_of_content() {
        Class<?>[] sortes = ContenuDemande.class.getPermittedSubclasses();
        Set<TypeDemande> types = contenusEtLeurType()
                .map(arguments -> ((ContenuDemande) arguments.get()[0]).type())
                .collect(Collectors.toSet());

        assertEquals(TypeDemande.values().length, sortes.length);
        assertEquals(Set.of(TypeDemande.values()), types);
        assertEquals(Arrays.stream(sortes).collect(Collectors.toSet()), contenusEtLeurType()
                .map(arguments -> arguments.get()[0].getClass())
                .collect(Collectors.toSet()));
    }
}
