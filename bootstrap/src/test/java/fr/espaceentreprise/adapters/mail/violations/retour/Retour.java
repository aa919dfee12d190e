package fr.espaceentreprise.adapters.mail.violations.retour;

import fr.espaceentreprise.adapters.mail.violations.aller.Aller;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): the other half of a package cycle. */
public class Retour {

    Aller aller;
}
