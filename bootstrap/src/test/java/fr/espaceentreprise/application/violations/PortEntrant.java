package fr.espaceentreprise.application.violations;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): an inbound port exposing an outbound one. */
public interface PortEntrant {

    PortSortant sortie();
}
