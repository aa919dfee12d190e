package fr.espaceentreprise.domain.demande;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContenuConcerneTest {

    static final Set<TypeDemande> NOMMENT_UN_CONTRAT = Set.of(TypeDemande.CHANGEMENT_GARANTIE,
            TypeDemande.AFFILIATION_SALARIE, TypeDemande.RADIATION_SALARIE);
    static final Set<TypeDemande> NOMMENT_UN_SALARIE = Set.of(TypeDemande.MAJ_SALARIE,
            TypeDemande.MAJ_SALAIRE_REFERENCE, TypeDemande.MAJ_PAYS_EXPATRIATION, TypeDemande.RADIATION_SALARIE);

    @ParameterizedTest
    @EnumSource(TypeDemande.class)
    void each_type_names_the_contrat_and_the_salarie_it_is_about(TypeDemande type) {
        ContenuDemande contenu = UnContenu.de(type);

        assertEquals(NOMMENT_UN_CONTRAT.contains(type), contenu.contratConcerne().isPresent(), "contrat");
        assertEquals(NOMMENT_UN_SALARIE.contains(type), contenu.salarieConcerne().isPresent(), "salarié");
    }
}
