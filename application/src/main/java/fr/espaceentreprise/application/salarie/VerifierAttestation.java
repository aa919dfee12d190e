package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.salarie.Attestation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The public check of an attestation by its code (anyone holding the paper may ask): what it certifies and
 * whether each affiliation still holds today. A code that is malformed or was never issued → empty.
 */
public interface VerifierAttestation {

    Optional<Verification> verifier(String code);

    record Verification(Attestation attestation, List<Attestation.EtatLigneAttestation> lignes, LocalDate date) {

        public Verification {
            Objects.requireNonNull(attestation, "attestation");
            lignes = List.copyOf(lignes);
            Objects.requireNonNull(date, "date");
        }

        /** Every affiliation the attestation certifies still holds. */
        public boolean valide() {
            return lignes.stream().allMatch(Attestation.EtatLigneAttestation::valide);
        }
    }
}
