package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;

import java.util.Optional;

/** The attestations issued, kept so that their code can be checked later. */
public interface AttestationRepository {

    /** Inserts; an attestation is never changed once issued. */
    void enregistrer(Attestation attestation);

    Optional<Attestation> trouverParCode(CodeVerification code);
}
