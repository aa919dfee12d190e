package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A maintenance imposed by the environment, for when the back office itself cannot be reached; it wins over the one
 * the back office stored. {@code ESPACE_MAINTENANCE}: {@code tout} (the whole space) or a comma list of rubriques
 * ({@code cotisations,demandes}); unset or empty, nothing is imposed. {@code ESPACE_MAINTENANCE_MESSAGE_FR} and
 * {@code …_EN}: the message shown (a generic one when unset), 500 characters at most.
 */
final class MaintenanceImposee {

    static final String VARIABLE = "ESPACE_MAINTENANCE";
    static final String MESSAGE_FR = "ESPACE_MAINTENANCE_MESSAGE_FR";
    static final String MESSAGE_EN = "ESPACE_MAINTENANCE_MESSAGE_EN";
    static final String TOUT = "tout";
    static final String MESSAGE_FR_PAR_DEFAUT = "Une opération de maintenance est en cours. Merci de revenir un peu "
            + "plus tard.";
    static final String MESSAGE_EN_PAR_DEFAUT = "Maintenance is in progress. Please come back a little later.";

    private MaintenanceImposee() {
    }

    static Optional<Maintenance> depuis(Map<String, String> env) {
        Optional<String> valeur = texte(env, VARIABLE);
        if (valeur.isEmpty()) {
            return Optional.empty();
        }
        Set<Rubrique> rubriques = rubriques(valeur.get());
        String fr = texte(env, MESSAGE_FR).orElse(MESSAGE_FR_PAR_DEFAUT);
        String en = texte(env, MESSAGE_EN).orElse(MESSAGE_EN_PAR_DEFAUT);
        try {
            new Maintenance(true, Set.of(), fr, "-");
        } catch (DomaineException invalide) {
            throw new ConfigurationInvalideException(MESSAGE_FR, "must be at most " + Maintenance.MESSAGE_MAX
                    + " printable characters");
        }
        try {
            return Optional.of(new Maintenance(true, rubriques, fr, en));
        } catch (DomaineException invalide) {
            throw new ConfigurationInvalideException(MESSAGE_EN, "must be at most " + Maintenance.MESSAGE_MAX
                    + " printable characters");
        }
    }

    private static Set<Rubrique> rubriques(String valeur) {
        if (valeur.toLowerCase(Locale.ROOT).equals(TOUT)) {
            return Set.of();
        }
        Set<Rubrique> rubriques = EnumSet.noneOf(Rubrique.class);
        for (String code : valeur.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                rubriques.add(Rubrique.depuisCode(code));
            } catch (DomaineException inconnue) {
                throw new ConfigurationInvalideException(VARIABLE, "must be '" + TOUT + "' or a comma list of "
                        + Arrays.stream(Rubrique.values()).map(Rubrique::code).toList() + ", got '" + code.strip()
                        + "'");
            }
        }
        if (rubriques.isEmpty()) {
            throw new ConfigurationInvalideException(VARIABLE, "names no rubrique: '" + valeur + "'");
        }
        return rubriques;
    }

    private static Optional<String> texte(Map<String, String> env, String variable) {
        return Optional.ofNullable(env.get(variable)).map(String::trim).filter(valeur -> !valeur.isEmpty());
    }
}
