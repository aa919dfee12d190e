package fr.espaceentreprise.application.salarie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.salarie.Affiliation;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SalarieRepository}: salariés with every field and their affiliations in order, replaced as a whole. */
public abstract class SalarieRepositoryContract extends PortContract {

    private final Entreprise entreprise = uneEntreprise();
    private final Contrat sante = unContrat(LocalDate.of(2024, 1, 1));
    private final Contrat prevoyance = unContrat(LocalDate.of(2023, 1, 1));

    private Contrat unContrat(LocalDate effet) {
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(effet).build();
        enTransaction(() -> stockage().contrats().enregistrer(contrat));
        return contrat;
    }

    private void enregistrer(Salarie salarie) {
        enTransaction(() -> stockage().salaries().enregistrer(salarie));
    }

    private Optional<Salarie> trouver(SalarieId id) {
        return enTransaction(() -> stockage().salaries().trouver(id));
    }

    @Test
    void finds_a_saved_salarie_with_every_field_and_its_affiliations_in_order() {
        Salarie salarie = UnSalarie.nomme("Nguyễn").prenomme("Zoë").de(entreprise.id())
                .neLe(LocalDate.of(1990, 2, 28)).email("zoe.nguyen@example.vn").expatrieEn("VN")
                .salaire(Montant.euros("5 123,45"))
                .affilieA(sante)
                .affilieA(prevoyance, LocalDate.of(2023, 6, 1))
                .radieDe(prevoyance, LocalDate.of(2023, 12, 31))
                .affilieA(prevoyance, LocalDate.of(2024, 3, 1))
                .build();

        enregistrer(salarie);

        Salarie relu = trouver(salarie.id()).orElseThrow();
        assertMemeSalarie(salarie, relu);
        assertEquals(3, relu.affiliations().size());
    }

    @Test
    void saving_again_keeps_a_radiation_a_new_affiliation_and_the_new_details() {
        Salarie salarie = UnSalarie.quelconque().de(entreprise.id()).affilieA(sante).build();
        enregistrer(salarie);
        AffiliationId premiere = salarie.affiliations().get(0).id();

        salarie.radier(sante.id(), LocalDate.of(2024, 8, 31));
        salarie.affilier(AffiliationId.nouveau(), prevoyance, LocalDate.of(2024, 9, 1));
        salarie.changerPaysExpatriation(new CodePays("ca"));
        salarie.changerSalaireReference(Montant.euros("6000"));
        salarie.modifierIdentite("Durand-Martin", "Camille", LocalDate.of(1985, 3, 14), null);
        enregistrer(salarie);

        Salarie relu = trouver(salarie.id()).orElseThrow();
        assertMemeSalarie(salarie, relu);
        assertEquals(new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31)),
                relu.affiliation(premiere).orElseThrow().periode());
        assertEquals(Optional.empty(), relu.email());
    }

    @Test
    void saving_a_salarie_without_some_affiliations_removes_them() {
        Salarie salarie = UnSalarie.quelconque().de(entreprise.id()).affilieA(sante).affilieA(prevoyance).build();
        enregistrer(salarie);
        Affiliation gardee = salarie.affiliations().get(1);

        enregistrer(Salarie.rehydrater(salarie.id(), salarie.entrepriseId(), salarie.nom(), salarie.prenom(),
                salarie.dateNaissance(), null, salarie.paysExpatriation(), salarie.salaireReference(),
                List.of(gardee)));

        assertEquals(List.of(gardee), trouver(salarie.id()).orElseThrow().affiliations());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        enregistrer(UnSalarie.quelconque().de(entreprise.id()).build());

        assertEquals(Optional.empty(), trouver(SalarieId.nouveau()));
    }

    private static void assertMemeSalarie(Salarie attendu, Salarie lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.nom(), lu.nom());
        assertEquals(attendu.prenom(), lu.prenom());
        assertEquals(attendu.dateNaissance(), lu.dateNaissance());
        assertEquals(attendu.email(), lu.email());
        assertEquals(attendu.paysExpatriation(), lu.paysExpatriation());
        assertEquals(attendu.salaireReference(), lu.salaireReference());
        assertEquals(attendu.affiliations(), lu.affiliations());
    }
}
