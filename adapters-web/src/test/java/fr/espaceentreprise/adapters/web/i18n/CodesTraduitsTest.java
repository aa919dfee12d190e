package fr.espaceentreprise.adapters.web.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.domain.commun.Langue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every error code the code can throw today has a message in both languages. The codes are read from the
 * sources: the first argument of each {@code new ValeurInvalideException(…)}, {@code new RegleMetierException(…)},
 * {@code new IntrouvableException(…)} (domain and application, the {@code Verifications} helpers included) and
 * {@code new ProblemeException(status, …)} (this adapter), a literal or a constant resolved in the sources; plus the
 * codes of the application's refusals that carry a constant code ({@code AccesRefuseException},
 * {@code TropDeTentativesException}).
 */
class CodesTraduitsTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("../domain/src/main/java"),
            Path.of("../application/src/main/java"),
            Path.of("src/main/java"));
    private static final Pattern LEVEE = Pattern.compile(
            "new\\s+(?:ValeurInvalideException|RegleMetierException|IntrouvableException|ProblemeException)"
                    + "\\s*\\(\\s*(?:\\d+\\s*,\\s*)?(\"[^\"]*\"|[A-Za-z_][\\w.]*)(\\s*\\+)?");
    private static final Pattern CONSTANTE = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Z_][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"");

    private static final Pattern COMMENTAIRE = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//[^\\n]*", Pattern.DOTALL);

    /** Codes built by concatenation, which the scan cannot read: the prefix found, and every code it makes. */
    private static final Map<String, Set<String>> CODES_COMPOSES = Map.of(
            "salarie.", Set.of("salarie.nom.invalide", "salarie.prenom.invalide"));

    private static final Set<String> CODES = new TreeSet<>(Set.of(AccesRefuseException.CODE,
            TropDeTentativesException.CODE));

    @BeforeAll
    static void lireLesSources() {
        Map<Path, String> fichiers = new HashMap<>();
        for (Path racine : SOURCES) {
            assertTrue(Files.isDirectory(racine), "sources not found: " + racine.toAbsolutePath());
            try (Stream<Path> chemins = Files.walk(racine)) {
                for (Path chemin : chemins.filter(c -> c.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(chemin, StandardCharsets.UTF_8);
                    fichiers.put(chemin, COMMENTAIRE.matcher(source).replaceAll(""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> constantesParNomQualifie = new HashMap<>();
        fichiers.forEach((chemin, source) -> {
            String classe = chemin.getFileName().toString().replace(".java", "");
            Matcher constante = CONSTANTE.matcher(source);
            while (constante.find()) {
                constantesParNomQualifie.put(classe + "." + constante.group(1), constante.group(2));
            }
        });
        fichiers.forEach((chemin, source) -> {
            String classe = chemin.getFileName().toString().replace(".java", "");
            Matcher levee = LEVEE.matcher(source);
            while (levee.find()) {
                String argument = levee.group(1);
                if (argument.startsWith("\"")) {
                    String litteral = argument.substring(1, argument.length() - 1);
                    if (levee.group(2) == null) {
                        CODES.add(litteral);
                    } else if (CODES_COMPOSES.containsKey(litteral)) {
                        CODES.addAll(CODES_COMPOSES.get(litteral));
                    } else {
                        throw new AssertionError(chemin + ": a code is built from \"" + litteral
                                + "\"; list the codes it makes in CODES_COMPOSES");
                    }
                    continue;
                }
                String qualifie = argument.contains(".") ? argument : classe + "." + argument;
                String code = constantesParNomQualifie.get(qualifie);
                if (code != null) {
                    CODES.add(code);
                } else if (!argument.equals("code")) {
                    throw new AssertionError(chemin + ": cannot tell which code " + argument + " holds");
                }
            }
        });
    }

    @Test
    void the_scan_finds_the_codes_of_the_domain_the_application_and_this_adapter() {
        assertTrue(CODES.containsAll(Set.of("siret.invalide", "champ.obligatoire", "champ.trop_long",
                "demande.transition.interdite", "montant.negatif", "identifiant.invalide", "salarie.prenom.invalide",
                "csrf.invalide", "requete.type_contenu", "email.code.expire", "motDePasse.trop_court",
                "connexion.refusee", "requete.trop_nombreuses")), CODES.toString());
    }

    @ParameterizedTest
    @EnumSource(Langue.class)
    void every_error_code_has_a_message(Langue langue) {
        Messages messages = Traductions.depuisLesRessources().pour(langue);

        Set<String> sansMessage = CODES.stream().filter(code -> !messages.contient("erreur." + code))
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(sansMessage.isEmpty(), "no " + langue + " message under erreur.<code> for " + sansMessage);
    }
}
