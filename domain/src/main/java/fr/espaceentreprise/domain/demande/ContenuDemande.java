package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.util.Optional;

/**
 * What a Demande asks for, typed: one record per {@link TypeDemande}. Each record checks what its user typed
 * so that a Demande reaches the back office complete; the rules that need the current state (is the contract in
 * force, is the employee enrolled) are checked when the back office carries the Demande out.
 * Record components double as the field names ({@code champ}) of the errors they raise.
 */
public sealed interface ContenuDemande
        permits ChangementGarantie, AffiliationSalarie, MajEntreprise, MajSalarie, MajModalitesPaiement,
        MajSalaireReference, MajPaysExpatriation, RadiationSalarie, Autre, RectificationDonnees, SuppressionAcces {

    TypeDemande type();

    /** The contrat the demande is about, when it names one: it must lie in the demande's entreprise. */
    default Optional<ContratId> contratConcerne() {
        return Optional.empty();
    }

    /** The salarié the demande is about, when it names one: he must belong to the demande's entreprise. */
    default Optional<SalarieId> salarieConcerne() {
        return Optional.empty();
    }
}
