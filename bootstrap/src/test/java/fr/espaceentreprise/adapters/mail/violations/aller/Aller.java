package fr.espaceentreprise.adapters.mail.violations.aller;

import fr.espaceentreprise.adapters.mail.violations.retour.Retour;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): one half of a package cycle. */
public class Aller {

    Retour retour;
}
