package fr.espaceentreprise.application.contenu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link PaysDesSalaries}: the distinct countries the salariés of some entreprises are expatriated to, for a
 * mandataire only those of the salariés affiliated (the affiliation ended or not) to one of his contrats.
 */
public abstract class PaysDesSalariesContract extends PortContract {

    private final Entreprise entreprise = uneEntreprise();
    private final Entreprise autre = uneEntreprise();
    private final Contrat sousMandat = UnContrat.de(entreprise.id()).build();
    private final Contrat horsMandat = UnContrat.de(entreprise.id()).build();
    private final Contrat contratAutre = UnContrat.de(autre.id()).build();

    protected PaysDesSalariesContract() {
        enTransaction(() -> {
            stockage().contrats().enregistrer(sousMandat);
            stockage().contrats().enregistrer(horsMandat);
            stockage().contrats().enregistrer(contratAutre);
            for (UnSalarie salarie : new UnSalarie[] {
                    UnSalarie.nomme("Ito").expatrieEn("JP").affilieA(sousMandat),
                    UnSalarie.nomme("Sato").expatrieEn("JP").affilieA(sousMandat),
                    UnSalarie.nomme("Radié").expatrieEn("MA").affilieA(sousMandat)
                            .radieDe(sousMandat, LocalDate.of(2024, 6, 30)),
                    UnSalarie.nomme("Silva").expatrieEn("BR").affilieA(horsMandat),
                    UnSalarie.nomme("Sans").expatrieEn("CA").de(entreprise.id()),
                    UnSalarie.nomme("Autre").expatrieEn("DE").affilieA(contratAutre)}) {
                stockage().salaries().enregistrer(salarie.build());
            }
        });
    }

    private Set<CodePays> pays(Set<EntrepriseId> entreprises, Optional<Set<ContratId>> contratsVisibles) {
        return enTransaction(() -> stockage().paysDesSalaries().paysDExpatriation(entreprises, contratsVisibles));
    }

    private static Set<CodePays> codes(String... codes) {
        return Arrays.stream(codes).map(CodePays::new).collect(Collectors.toSet());
    }

    @Test
    void the_countries_are_those_of_the_salaries_of_the_entreprises_each_once() {
        assertEquals(codes("JP", "MA", "BR", "CA"), pays(Set.of(entreprise.id()), Optional.empty()));
        assertEquals(codes("JP", "MA", "BR", "CA", "DE"), pays(Set.of(entreprise.id(), autre.id()), Optional.empty()));
    }

    @Test
    void for_a_mandataire_only_those_of_the_salaries_affiliated_to_his_contrats_ended_or_not() {
        assertEquals(codes("JP", "MA"), pays(Set.of(entreprise.id()), Optional.of(Set.of(sousMandat.id()))));
        assertEquals(codes("JP", "MA", "DE"), pays(Set.of(entreprise.id(), autre.id()),
                Optional.of(Set.of(sousMandat.id(), contratAutre.id()))));
    }

    @Test
    void no_entreprise_or_no_contrat_in_view_has_no_country() {
        assertEquals(Set.of(), pays(Set.of(), Optional.empty()));
        assertEquals(Set.of(), pays(Set.of(entreprise.id()), Optional.of(Set.of())));
        assertEquals(Set.of(), pays(Set.of(uneEntreprise().id()), Optional.empty()));
    }
}
