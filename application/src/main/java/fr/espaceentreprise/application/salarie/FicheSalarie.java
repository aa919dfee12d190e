package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One salarié as the entreprise (or its mandataire) sees him: identity, the e-mail masked (identifiers beyond
 * name and birth date never leave the server whole), country, salaire de référence, affiliations to the visible
 * contrats, newest first.
 *
 * @param attestationDisponible whether an affiliation has not ended, so that an attestation can be issued
 */
public record FicheSalarie(SalarieId id, EntrepriseId entrepriseId, String raisonSociale, String nom, String prenom,
                           LocalDate dateNaissance, Optional<String> emailMasque, CodePays paysExpatriation,
                           Montant salaireReference, List<AffiliationVue> affiliations,
                           boolean attestationDisponible) {

    public FicheSalarie {
        affiliations = List.copyOf(affiliations);
    }

    /** @param enCours not ended on the day of reading (current, or starting later) */
    public record AffiliationVue(ContratId contratId, NumeroContrat numeroContrat, Organisme organisme,
                                 Garantie garantie, LocalDate debut, Optional<LocalDate> fin, boolean enCours) {
    }
}
