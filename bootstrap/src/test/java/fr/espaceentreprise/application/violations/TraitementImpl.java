package fr.espaceentreprise.application.violations;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): an *Impl name. */
public class TraitementImpl {
}
