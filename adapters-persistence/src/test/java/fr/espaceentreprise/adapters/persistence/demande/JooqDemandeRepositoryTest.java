package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.demande.AffiliationSalarie;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.MajEntreprise;
import fr.espaceentreprise.domain.demande.MajModalitesPaiement;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.demande.UnContenu;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JooqDemandeRepositoryTest {

    private static final Instant SOUMISE_LE = Instant.parse("2024-03-04T09:15:30.123456Z");

    /** One schema for the class, with the entreprise and the two accounts every demande refers to. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();
    private static final Entreprise entreprise = UneEntreprise.parDefaut().build();
    private static final Utilisateur auteur =
            UnUtilisateur.entreprise(entreprise.id()).numeroAdherent("40000001").build();
    private static final Utilisateur gestionnaire = UnUtilisateur.gestionnaire().numeroAdherent("40000002").build();

    private final JooqDemandeRepository demandes = new JooqDemandeRepository(dsl);

    @BeforeAll
    static void uneEntrepriseEtDeuxComptes() {
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
        utilisateurs.enregistrer(auteur);
        utilisateurs.enregistrer(gestionnaire);
    }

    private UneDemande une(ContenuDemande contenu) {
        return UneDemande.avec(contenu).pour(entreprise.id()).par(auteur.id()).traiteePar(gestionnaire.id())
                .soumiseLe(SOUMISE_LE);
    }

    @ParameterizedTest
    @EnumSource(TypeDemande.class)
    void keeps_the_contenu_of_every_type_of_demande(TypeDemande type) {
        Demande demande = une(UnContenu.de(type)).build();

        demandes.enregistrer(demande);

        Demande relue = demandes.trouver(demande.id()).orElseThrow();
        assertMemeDemande(demande, relue);
        assertEquals(type, relue.type());
        assertEquals(type.name(), dsl.select(DEMANDE.TYPE).from(DEMANDE).where(DEMANDE.ID.eq(demande.id().valeur()))
                .fetchOne(DEMANDE.TYPE));
    }

    static Stream<ContenuDemande> contenusAuxChampsFacultatifsOuDelicats() {
        return Stream.of(
                new AffiliationSalarie("N'Diaye", "Aïssatou", LocalDate.of(1990, 1, 2), null, new CodePays("SN"),
                        ContratId.nouveau(), LocalDate.of(2024, 4, 1), Montant.centimes(1)),
                new MajEntreprise("Société \"Durand\" & Fils\\Filles",
                        new Adresse("3 Calle Mayor", "Piso 2º", "28013", "Madrid", new CodePays("ES")),
                        new Siret("73282932000074"), new Email("Compta@Durand.ES"), null),
                new MajModalitesPaiement(ModalitesPaiement.virement(Periodicite.ANNUELLE)),
                new Autre("Objet\tavec tabulation", "Ligne 1\nLigne 2\r\n« guillemets » 日本 😀 \\ \" fin"));
    }

    @ParameterizedTest
    @MethodSource("contenusAuxChampsFacultatifsOuDelicats")
    void keeps_absent_optional_fields_and_text_that_json_must_escape(ContenuDemande contenu) {
        Demande demande = une(contenu).build();

        demandes.enregistrer(demande);

        assertEquals(contenu, demandes.trouver(demande.id()).orElseThrow().contenu());
    }

    @Test
    void saving_again_keeps_every_event_of_the_history_in_order() {
        Demande demande = une(UnContenu.changementGarantie()).enAttenteDeRetour().build();
        demandes.enregistrer(demande);

        demande.repondre(auteur.id(), "Voici le justificatif.", SOUMISE_LE.plusSeconds(86_400));
        demandes.enregistrer(demande);
        demande.valider(gestionnaire.id(), null, SOUMISE_LE.plusSeconds(2 * 86_400));
        demandes.enregistrer(demande);

        Demande relue = demandes.trouver(demande.id()).orElseThrow();
        assertMemeDemande(demande, relue);
        assertEquals(StatutDemande.VALIDEE, relue.statut());
        assertEquals(List.of(TypeEvenement.SOUMISSION, TypeEvenement.DEMANDE_DE_COMPLEMENT, TypeEvenement.REPONSE,
                TypeEvenement.VALIDATION), relue.historique().stream().map(e -> e.type()).toList());
        assertEquals(SOUMISE_LE, relue.soumiseLe());
    }

    @Test
    void keeps_the_status_and_motif_of_a_rejected_demande() {
        Demande demande = une(UnContenu.radiationSalarie()).rejetee().build();

        demandes.enregistrer(demande);

        assertMemeDemande(demande, demandes.trouver(demande.id()).orElseThrow());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        demandes.enregistrer(une(UnContenu.autre()).build());

        assertEquals(Optional.empty(), demandes.trouver(DemandeId.nouveau()));
    }

    private static void assertMemeDemande(Demande attendue, Demande lue) {
        assertEquals(attendue.id(), lue.id());
        assertEquals(attendue.entrepriseId(), lue.entrepriseId());
        assertEquals(attendue.auteur(), lue.auteur());
        assertEquals(attendue.contenu(), lue.contenu());
        assertEquals(attendue.type(), lue.type());
        assertEquals(attendue.statut(), lue.statut());
        assertEquals(attendue.soumiseLe(), lue.soumiseLe());
        assertEquals(attendue.historique(), lue.historique());
    }
}
