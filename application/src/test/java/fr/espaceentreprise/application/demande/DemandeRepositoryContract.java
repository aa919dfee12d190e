package fr.espaceentreprise.application.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
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
import fr.espaceentreprise.domain.demande.EvenementDemande;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DemandeRepository}: a demande found by id with its typed contenu and its whole history, to the microsecond. */
public abstract class DemandeRepositoryContract extends PortContract {

    private final Entreprise entreprise = uneEntreprise();
    private final Utilisateur auteur = stocker(UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent(nouveauNumero().valeur()).build());
    private final Utilisateur gestionnaire = unCompte();

    private UneDemande une(ContenuDemande contenu) {
        return UneDemande.avec(contenu).pour(entreprise.id()).par(auteur.id()).traiteePar(gestionnaire.id())
                .soumiseLe(T0);
    }

    private Demande enregistrer(Demande demande) {
        enTransaction(() -> stockage().demandes().enregistrer(demande));
        return demande;
    }

    private Optional<Demande> trouver(DemandeId id) {
        return enTransaction(() -> stockage().demandes().trouver(id));
    }

    @ParameterizedTest
    @EnumSource(TypeDemande.class)
    void keeps_the_contenu_of_every_type_of_demande(TypeDemande type) {
        Demande demande = enregistrer(une(UnContenu.de(type)).build());

        Demande relue = trouver(demande.id()).orElseThrow();

        assertMemeDemande(demande, relue);
        assertEquals(type, relue.type());
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
        Demande demande = enregistrer(une(contenu).build());

        assertEquals(contenu, trouver(demande.id()).orElseThrow().contenu());
    }

    @Test
    void saving_again_keeps_every_event_of_the_history_in_order_to_the_microsecond() {
        Demande demande = enregistrer(une(UnContenu.changementGarantie()).enAttenteDeRetour().build());

        demande.repondre(auteur.id(), "Voici le justificatif.", T0.plus(Duration.ofDays(1)).plusNanos(1_000));
        enregistrer(demande);
        demande.valider(gestionnaire.id(), null, T0.plus(Duration.ofDays(2)));
        enregistrer(demande);

        Demande relue = trouver(demande.id()).orElseThrow();
        assertMemeDemande(demande, relue);
        assertEquals(StatutDemande.VALIDEE, relue.statut());
        assertEquals(List.of(TypeEvenement.SOUMISSION, TypeEvenement.DEMANDE_DE_COMPLEMENT, TypeEvenement.REPONSE,
                TypeEvenement.VALIDATION), relue.historique().stream().map(EvenementDemande::type).toList());
        assertEquals(T0, relue.soumiseLe());
    }

    @Test
    void keeps_the_statut_and_motif_of_a_rejected_demande() {
        Demande demande = enregistrer(une(UnContenu.radiationSalarie()).rejetee().build());

        assertMemeDemande(demande, trouver(demande.id()).orElseThrow());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        enregistrer(une(UnContenu.autre()).build());

        assertEquals(Optional.empty(), trouver(DemandeId.nouveau()));
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
