package fr.espaceentreprise.domain.commun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneUrgenceTest {

    @Test
    void each_of_the_249_countries_maps_to_a_zone() {
        Map<ZoneUrgence, Integer> parZone = new EnumMap<>(ZoneUrgence.class);
        for (CodePays pays : CodePays.tous()) {
            ZoneUrgence zone = ZoneUrgence.de(pays);
            assertNotNull(zone, pays.valeur());
            parZone.merge(zone, 1, Integer::sum);
        }

        assertEquals(249, parZone.values().stream().mapToInt(Integer::intValue).sum());
        for (ZoneUrgence zone : ZoneUrgence.values()) {
            assertTrue(parZone.getOrDefault(zone, 0) > 0, zone + " has no country");
        }
    }

    @Test
    void the_zone_table_lists_each_iso_code_exactly_once_and_nothing_else() {
        Set<String> listes = new HashSet<>();
        int total = 0;
        for (ZoneUrgence zone : ZoneUrgence.values()) {
            listes.addAll(zone.codesPays());
            total += zone.codesPays().size();
        }

        assertEquals(CodePays.CODES, listes);
        assertEquals(249, total);
    }

    @ParameterizedTest
    @CsvSource({
            "FR, EUROPE", "DE, EUROPE", "GB, EUROPE", "CH, EUROPE", "VA, EUROPE", "CY, EUROPE",
            "TR, EUROPE", "RU, EUROPE", "GE, EUROPE", "AM, EUROPE", "AZ, EUROPE", "UA, EUROPE",
            "MA, AFRIQUE", "DZ, AFRIQUE", "TN, AFRIQUE", "LY, AFRIQUE", "EG, AFRIQUE", "SN, AFRIQUE", "ZA, AFRIQUE",
            "RE, AFRIQUE", "YT, AFRIQUE", "BV, AFRIQUE", "TF, AFRIQUE",
            "US, AMERIQUE_DU_NORD", "CA, AMERIQUE_DU_NORD", "PM, AMERIQUE_DU_NORD",
            "MX, AMERIQUE_LATINE_CARAIBES", "BR, AMERIQUE_LATINE_CARAIBES", "GP, AMERIQUE_LATINE_CARAIBES",
            "MQ, AMERIQUE_LATINE_CARAIBES", "GF, AMERIQUE_LATINE_CARAIBES", "HT, AMERIQUE_LATINE_CARAIBES",
            "FK, AMERIQUE_LATINE_CARAIBES", "GS, AMERIQUE_LATINE_CARAIBES",
            "AE, MOYEN_ORIENT", "SA, MOYEN_ORIENT", "QA, MOYEN_ORIENT", "KW, MOYEN_ORIENT", "BH, MOYEN_ORIENT",
            "OM, MOYEN_ORIENT", "LB, MOYEN_ORIENT", "SY, MOYEN_ORIENT", "JO, MOYEN_ORIENT", "IR, MOYEN_ORIENT",
            "IQ, MOYEN_ORIENT", "IL, MOYEN_ORIENT", "PS, MOYEN_ORIENT", "YE, MOYEN_ORIENT",
            "KZ, ASIE", "UZ, ASIE", "TM, ASIE", "KG, ASIE", "TJ, ASIE", "CN, ASIE", "IN, ASIE", "JP, ASIE", "SG, ASIE",
            "AU, OCEANIE", "NZ, OCEANIE", "NC, OCEANIE", "PF, OCEANIE", "WF, OCEANIE", "AQ, OCEANIE"})
    void maps_countries_to_the_expected_zone(String code, ZoneUrgence zone) {
        assertEquals(zone, ZoneUrgence.de(new CodePays(code)));
    }

    @Test
    void needs_a_country() {
        assertThrows(NullPointerException.class, () -> ZoneUrgence.de(null));
    }
}
