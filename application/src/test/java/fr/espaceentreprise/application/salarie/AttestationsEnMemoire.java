package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;

import java.util.Optional;

/** The attestations issued; one is never changed, and a code is never issued twice. */
public final class AttestationsEnMemoire extends DepotEnMemoire<CodeVerification, Attestation>
        implements AttestationRepository {

    public AttestationsEnMemoire(TransactionsEnMemoire transactions) {
        super(transactions, attestation -> attestation);
    }

    @Override
    public void enregistrer(Attestation attestation) {
        if (lire(attestation.code()).isPresent()) {
            throw new IllegalStateException("code de vérification déjà délivré: " + attestation.code());
        }
        ecrire(attestation.code(), attestation);
    }

    @Override
    public Optional<Attestation> trouverParCode(CodeVerification code) {
        return lire(code);
    }
}
