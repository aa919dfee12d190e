package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.Entreprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An attestation d'affiliation as it was issued: who, for which entreprise, which affiliations, when, and the
 * code that lets anyone check it later. It keeps what was printed, so a check tells what the paper says and
 * whether each affiliation still holds, and shows nothing the paper does not.
 */
public record Attestation(CodeVerification code, SalarieId salarieId, NumeroAdherent numeroAdherentEntreprise,
                          String raisonSociale, String nom, String prenom, LocalDate dateNaissance,
                          LocalDate dateEmission, Instant emiseLe, List<LigneAttestation> lignes) {

    public Attestation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(salarieId, "salarieId");
        Objects.requireNonNull(numeroAdherentEntreprise, "numeroAdherentEntreprise");
        Objects.requireNonNull(raisonSociale, "raisonSociale");
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(prenom, "prenom");
        Objects.requireNonNull(dateNaissance, "dateNaissance");
        Objects.requireNonNull(dateEmission, "dateEmission");
        Objects.requireNonNull(emiseLe, "emiseLe");
        lignes = List.copyOf(lignes);
        if (lignes.isEmpty()) {
            throw new IllegalArgumentException("Une attestation certifie au moins une affiliation");
        }
    }

    /**
     * Issues the attestation of the salarie's affiliations that have not ended by {@code aujourdhui} (current or
     * starting later), to the contrats given (those the caller may see); earliest date d'effet first.
     * None → "attestation.aucune_affiliation".
     */
    public static Attestation delivrer(CodeVerification code, Salarie salarie, Entreprise entreprise,
                                       Map<ContratId, Contrat> contratsVisibles, LocalDate aujourdhui,
                                       Instant maintenant) {
        Verifications.nonNul(code, CodeVerification.CHAMP);
        Objects.requireNonNull(salarie, "salarie");
        Objects.requireNonNull(entreprise, "entreprise");
        if (!salarie.entrepriseId().equals(entreprise.id())) {
            throw new IllegalArgumentException("Le salarié n'appartient pas à cette entreprise");
        }
        List<LigneAttestation> lignes = new ArrayList<>();
        for (Affiliation affiliation : salarie.affiliations()) {
            Contrat contrat = contratsVisibles.get(affiliation.contratId());
            if (contrat != null && nonTermineeLe(affiliation, aujourdhui)) {
                lignes.add(new LigneAttestation(affiliation.id(), contrat.numero(), contrat.organisme(),
                        contrat.garantie(), affiliation.periode().debut()));
            }
        }
        if (lignes.isEmpty()) {
            throw new RegleMetierException("attestation.aucune_affiliation", "salarieId");
        }
        lignes.sort(Comparator.comparing(LigneAttestation::dateEffet)
                .thenComparing(ligne -> ligne.numeroContrat().valeur()));
        return new Attestation(code, salarie.id(), entreprise.numeroAdherent(), entreprise.raisonSociale(),
                salarie.nom(), salarie.prenom(), salarie.dateNaissance(), aujourdhui, maintenant, lignes);
    }

    /**
     * Each printed affiliation and whether it still holds on {@code date}, given the salarie as stored today
     * (empty once deleted): it holds while the affiliation exists and has not ended before that date.
     */
    public List<EtatLigneAttestation> etatAu(Optional<Salarie> salarieActuel, LocalDate date) {
        List<EtatLigneAttestation> etats = new ArrayList<>();
        for (LigneAttestation ligne : lignes) {
            Optional<Affiliation> affiliation = salarieActuel.flatMap(salarie -> salarie.affiliations().stream()
                    .filter(a -> a.id().equals(ligne.affiliationId()))
                    .findFirst());
            Optional<LocalDate> fin = affiliation.map(a -> a.periode().fin());
            boolean valide = affiliation.isPresent() && nonTermineeLe(affiliation.get(), date);
            etats.add(new EtatLigneAttestation(ligne, valide, fin));
        }
        return etats;
    }

    private static boolean nonTermineeLe(Affiliation affiliation, LocalDate date) {
        LocalDate fin = affiliation.periode().fin();
        return fin == null || !fin.isBefore(date);
    }

    /**
     * @param valide whether the affiliation still holds
     * @param fin    the last day it covers, when it has been ended (or is about to be)
     */
    public record EtatLigneAttestation(LigneAttestation ligne, boolean valide, Optional<LocalDate> fin) {

        public EtatLigneAttestation {
            Objects.requireNonNull(ligne, "ligne");
            Objects.requireNonNull(fin, "fin");
        }
    }
}
