package fr.espaceentreprise.application.mandataire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MandatRepository}: mandats with the contrats they cover, those of a mandataire oldest first. */
public abstract class MandatRepositoryContract extends PortContract {

    private static final LocalDate DEBUT = LocalDate.of(2023, 1, 1);

    private final Mandataire mandataire = unMandataire();
    private final Entreprise entreprise = uneEntreprise();
    private final Contrat sante = unContrat();
    private final Contrat prevoyance = unContrat();

    private Mandataire unMandataire() {
        Mandataire nouveau = UnMandataire.parDefaut().build();
        enTransaction(() -> stockage().mandataires().enregistrer(nouveau));
        return nouveau;
    }

    private Contrat unContrat() {
        Contrat contrat = UnContrat.de(entreprise.id()).effetLe(DEBUT).build();
        enTransaction(() -> stockage().contrats().enregistrer(contrat));
        return contrat;
    }

    private void enregistrer(Mandat mandat) {
        enTransaction(() -> stockage().mandats().enregistrer(mandat));
    }

    private Optional<Mandat> trouver(MandatId id) {
        return enTransaction(() -> stockage().mandats().trouver(id));
    }

    @Test
    void finds_a_saved_mandat_with_its_contrats() {
        Mandat mandat = UnMandat.de(mandataire.id()).sur(sante, prevoyance).depuis(DEBUT).build();

        enregistrer(mandat);

        assertMemeMandat(mandat, trouver(mandat.id()).orElseThrow());
    }

    @Test
    void saving_a_terminated_mandat_keeps_its_end_and_its_new_contrats() {
        Mandat mandat = UnMandat.de(mandataire.id()).sur(sante).depuis(DEBUT).build();
        enregistrer(mandat);

        mandat.terminer(LocalDate.of(2024, 6, 30));
        enregistrer(mandat);
        enregistrer(Mandat.rehydrater(mandat.id(), mandataire.id(), entreprise.id(), Set.of(prevoyance.id()),
                mandat.periode()));

        Mandat relu = trouver(mandat.id()).orElseThrow();
        assertEquals(new Periode(DEBUT, LocalDate.of(2024, 6, 30)), relu.periode());
        assertEquals(Set.of(prevoyance.id()), relu.contrats());
    }

    @Test
    void lists_the_mandats_of_a_mandataire_oldest_first_and_only_them() {
        Mandat recent = UnMandat.de(mandataire.id()).sur(sante).depuis(LocalDate.of(2024, 3, 1)).build();
        Mandat ancien = UnMandat.de(mandataire.id()).sur(sante, prevoyance).depuis(DEBUT).build();
        enregistrer(recent);
        enregistrer(ancien);
        enregistrer(UnMandat.de(unMandataire().id()).sur(sante).depuis(DEBUT).build());

        List<Mandat> trouves = enTransaction(() -> stockage().mandats().trouverParMandataire(mandataire.id()));

        assertEquals(List.of(ancien.id(), recent.id()), trouves.stream().map(Mandat::id).toList());
        assertMemeMandat(ancien, trouves.get(0));
        assertMemeMandat(recent, trouves.get(1));
    }

    @Test
    void finds_nothing_for_an_unknown_mandat_or_a_mandataire_without_mandat() {
        enregistrer(UnMandat.de(mandataire.id()).sur(sante).depuis(DEBUT).build());

        assertEquals(Optional.empty(), trouver(MandatId.nouveau()));
        assertEquals(List.of(), enTransaction(() -> stockage().mandats().trouverParMandataire(MandataireId.nouveau())));
    }

    private static void assertMemeMandat(Mandat attendu, Mandat lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.mandataireId(), lu.mandataireId());
        assertEquals(attendu.entrepriseId(), lu.entrepriseId());
        assertEquals(attendu.contrats(), lu.contrats());
        assertEquals(attendu.periode(), lu.periode());
    }
}
