package fr.espaceentreprise.domain.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GarantieTest {

    @Test
    void humanis_prevoyance_offers_the_two_prevoyance_plans() {
        assertEquals(List.of(Garantie.PREVOYANCE_DECES_INVALIDITE, Garantie.PREVOYANCE_INCAPACITE_TRAVAIL),
                Garantie.catalogue(Organisme.HUMANIS_PREVOYANCE));
    }

    @Test
    void humanis_assurances_offers_the_health_and_assistance_plans() {
        assertEquals(List.of(Garantie.SANTE_EXPAT_CFE_ESSENTIEL, Garantie.SANTE_EXPAT_CFE_CONFORT,
                        Garantie.SANTE_EXPAT_CFE_INTEGRAL, Garantie.SANTE_EXPAT_PREMIER_EURO,
                        Garantie.ASSISTANCE_RAPATRIEMENT),
                Garantie.catalogue(Organisme.HUMANIS_ASSURANCES));
    }

    @ParameterizedTest
    @EnumSource(Garantie.class)
    void every_plan_is_offered_by_its_own_insurer_only(Garantie garantie) {
        for (Organisme organisme : Organisme.values()) {
            assertEquals(organisme == garantie.organisme(), garantie.estProposeePar(organisme));
            assertEquals(organisme == garantie.organisme(), Garantie.catalogue(organisme).contains(garantie));
        }
    }

    @Test
    void each_plan_belongs_to_its_domain() {
        assertEquals(DomaineGarantie.SANTE, Garantie.SANTE_EXPAT_CFE_ESSENTIEL.domaine());
        assertEquals(DomaineGarantie.SANTE, Garantie.SANTE_EXPAT_CFE_CONFORT.domaine());
        assertEquals(DomaineGarantie.SANTE, Garantie.SANTE_EXPAT_CFE_INTEGRAL.domaine());
        assertEquals(DomaineGarantie.SANTE, Garantie.SANTE_EXPAT_PREMIER_EURO.domaine());
        assertEquals(DomaineGarantie.PREVOYANCE, Garantie.PREVOYANCE_DECES_INVALIDITE.domaine());
        assertEquals(DomaineGarantie.PREVOYANCE, Garantie.PREVOYANCE_INCAPACITE_TRAVAIL.domaine());
        assertEquals(DomaineGarantie.ASSISTANCE, Garantie.ASSISTANCE_RAPATRIEMENT.domaine());
    }

    @Test
    void no_plan_is_offered_by_a_missing_insurer() {
        assertFalse(Garantie.SANTE_EXPAT_CFE_CONFORT.estProposeePar(null));
        assertTrue(Garantie.catalogue(null).isEmpty());
    }
}
