package fr.espaceentreprise.domain.violations;

import org.jooq.DSLContext;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): domain code using jOOQ, with a setter. */
public class DomaineAvecUneBibliotheque {

    private DSLContext dsl;

    public void setDsl(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }
}
