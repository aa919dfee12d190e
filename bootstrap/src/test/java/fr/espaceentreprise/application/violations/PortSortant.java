package fr.espaceentreprise.application.violations;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): an outbound port calling an inbound one. */
public interface PortSortant {

    void rappeler(PortEntrant entree);
}
