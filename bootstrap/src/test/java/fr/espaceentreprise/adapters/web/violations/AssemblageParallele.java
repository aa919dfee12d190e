package fr.espaceentreprise.adapters.web.violations;

import fr.espaceentreprise.application.violations.PortEntrant;
import fr.espaceentreprise.application.violations.PortEntrantService;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): an adapter building a use case itself. */
public class AssemblageParallele {

    PortEntrant casDUsage() {
        return new PortEntrantService();
    }
}
