package fr.espaceentreprise.domain;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.MandatId;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every identifier record follows the same contract; each case runs against all of them. */
class IdentifiantsTest {

    private static final String UUID_TEXTE = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    record TypeIdentifiant(String nom, Supplier<Object> nouveau, Function<String, Object> de,
                           Function<UUID, Object> construire) {
        @Override
        public String toString() {
            return nom;
        }
    }

    static Stream<TypeIdentifiant> types() {
        return Stream.of(
                new TypeIdentifiant("EntrepriseId", EntrepriseId::nouveau, EntrepriseId::de, EntrepriseId::new),
                new TypeIdentifiant("MandataireId", MandataireId::nouveau, MandataireId::de, MandataireId::new),
                new TypeIdentifiant("MandatId", MandatId::nouveau, MandatId::de, MandatId::new),
                new TypeIdentifiant("ContratId", ContratId::nouveau, ContratId::de, ContratId::new),
                new TypeIdentifiant("SalarieId", SalarieId::nouveau, SalarieId::de, SalarieId::new),
                new TypeIdentifiant("AffiliationId", AffiliationId::nouveau, AffiliationId::de, AffiliationId::new),
                new TypeIdentifiant("AppelDeCotisationId", AppelDeCotisationId::nouveau, AppelDeCotisationId::de,
                        AppelDeCotisationId::new),
                new TypeIdentifiant("DemandeId", DemandeId::nouveau, DemandeId::de, DemandeId::new),
                new TypeIdentifiant("UtilisateurId", UtilisateurId::nouveau, UtilisateurId::de, UtilisateurId::new),
                new TypeIdentifiant("JetonApiId", JetonApiId::nouveau, JetonApiId::de, JetonApiId::new));
    }

    static Stream<Arguments> typesEtTextesInvalides() {
        return types().flatMap(type -> Stream.of(
                        null,
                        "",
                        "   ",
                        "pas-un-uuid",
                        "1-1-1-1-1",
                        "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",
                        "3f2504e04f8941d39a0c0305e82c3301",
                        "3f2504e0-4f89-41d3-9a0c-0305e82c33011",
                        "3f2504e0-4f89-41d3-9a0c-0305e82c330g")
                .map(texte -> Arguments.of(type, texte)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void reads_an_identifier_back_from_its_text(TypeIdentifiant type) {
        Object id = type.de().apply(UUID_TEXTE);

        assertEquals(UUID_TEXTE, id.toString());
        assertEquals(type.construire().apply(UUID.fromString(UUID_TEXTE)), id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void reads_upper_case_and_surrounding_spaces_as_the_same_identifier(TypeIdentifiant type) {
        assertEquals(type.de().apply(UUID_TEXTE), type.de().apply("  " + UUID_TEXTE.toUpperCase() + " "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void a_new_identifier_is_random_and_survives_a_round_trip_through_its_text(TypeIdentifiant type) {
        Object premier = type.nouveau().get();
        Object second = type.nouveau().get();

        assertNotEquals(premier, second);
        assertEquals(premier, type.de().apply(premier.toString()));
    }

    @ParameterizedTest(name = "{0} from \"{1}\"")
    @MethodSource("typesEtTextesInvalides")
    void rejects_a_text_that_is_not_a_canonical_uuid(TypeIdentifiant type, String texte) {
        assertValeurInvalide("identifiant.invalide", "id", () -> type.de().apply(texte));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void rejects_a_missing_uuid(TypeIdentifiant type) {
        assertValeurInvalide("champ.obligatoire", "id", () -> type.construire().apply(null));
    }
}
