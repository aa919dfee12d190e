package fr.espaceentreprise.adapters.web.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.cotisation.EtatAppel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TextesPdfTest {

    private static final TextesPdf FR = TextesPdf.charger(Langue.FR, true);
    private static final TextesPdf EN = TextesPdf.charger(Langue.EN, true);

    @Test
    void both_bundles_have_the_same_keys() {
        Set<String> seulementEnFrancais = new TreeSet<>(FR.cles());
        seulementEnFrancais.removeAll(EN.cles());
        Set<String> seulementEnAnglais = new TreeSet<>(EN.cles());
        seulementEnAnglais.removeAll(FR.cles());

        assertTrue(seulementEnFrancais.isEmpty(), "missing in " + TextesPdf.ressource(Langue.EN) + ": "
                + seulementEnFrancais);
        assertTrue(seulementEnAnglais.isEmpty(), "missing in " + TextesPdf.ressource(Langue.FR) + ": "
                + seulementEnAnglais);
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void no_text_is_blank(Langue langue) {
        TextesPdf textes = TextesPdf.charger(langue, true);
        textes.cles().forEach(cle -> assertFalse(textes.t(cle).isBlank(), cle));
    }

    @Test
    void the_bundles_are_read_as_utf_8() {
        assertEquals("Attestation d’affiliation", FR.t("attestation.titre"));
        assertEquals("Humanis Prévoyance", EN.libelle(Organisme.HUMANIS_PREVOYANCE));
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void every_value_of_the_enums_printed_has_its_own_label(Langue langue) {
        TextesPdf textes = TextesPdf.charger(langue, true);
        List<Enum<?>> valeurs = new ArrayList<>();
        Stream.of(Organisme.values(), Garantie.values(), EtatAppel.values(), CodeOption.values())
                .forEach(tableau -> valeurs.addAll(List.of(tableau)));

        Set<String> libelles = new TreeSet<>();
        for (Enum<?> valeur : valeurs) {
            String libelle = textes.libelle(valeur);
            assertNotEquals(valeur.name(), libelle);
            libelles.add(valeur.getDeclaringClass().getSimpleName() + ":" + libelle);
        }
        assertEquals(valeurs.size(), libelles.size(), "two values share a label: " + libelles);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-27, 27/11/2026, 27 Nov 2026", "2026-09-03, 03/09/2026, 3 Sep 2026",
            "2027-01-01, 01/01/2027, 1 Jan 2027"})
    void dates_are_written_the_way_of_each_language(LocalDate date, String francais, String anglais) {
        assertEquals(francais, FR.date(date));
        assertEquals(anglais, EN.date(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0         | 0,00 €          | €0.00",
            "5         | 0,05 €          | €0.05",
            "99        | 0,99 €          | €0.99",
            "100       | 1,00 €          | €1.00",
            "123456    | 1 234,56 €      | €1,234.56",
            "100000000 | 1 000 000,00 €  | €1,000,000.00",
            "12345678901 | 123 456 789,01 € | €123,456,789.01"})
    void amounts_are_written_the_way_of_each_language(long centimes, String francais, String anglais) {
        // In French, thousands are grouped by a narrow no-break space and the euro sign follows a no-break space.
        String attendu = francais.replaceAll(" (?=\\d)", "\u202F").replace(" €", "\u00A0€");

        assertEquals(attendu, FR.montant(Montant.centimes(centimes)));
        assertEquals(anglais, EN.montant(Montant.centimes(centimes)));
    }

    @Test
    void without_a_narrow_space_in_the_font_french_amounts_group_with_a_no_break_space() {
        assertEquals("1\u00A0234,56\u00A0€", TextesPdf.charger(Langue.FR, false).montant(Montant.centimes(123456)));
    }

    @Test
    void periods_are_written_in_full_or_in_short() {
        Periode trimestre = Periode.trimestre(2026, 1);

        assertEquals("du 01/01/2026 au 31/03/2026", FR.periode(trimestre));
        assertEquals("1 Jan 2026 to 31 Mar 2026", EN.periode(trimestre));
        assertEquals("01/01/2026 – 31/03/2026", FR.periodeCourte(trimestre));
        assertEquals("1 Jan 2026 – 31 Mar 2026", EN.periodeCourte(trimestre));
        assertEquals("depuis le 01/01/2026", FR.periodeCourte(Periode.depuis(LocalDate.of(2026, 1, 1))));
    }

    @Test
    void parameters_are_replaced_and_apostrophes_kept() {
        assertEquals("Page 3 / 12", FR.t("pied.page", "numero", 3, "total", 12));
        assertEquals("né(e) le 14/03/1985", FR.t("attestation.ne_le", "date", "14/03/1985"));
        assertEquals("numéro d’adhérent 10203040", FR.t("attestation.numero_adherent", "numero", "10203040"));
    }
}
