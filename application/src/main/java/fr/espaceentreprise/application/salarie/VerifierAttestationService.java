package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.salarie.CodeVerification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

public final class VerifierAttestationService implements VerifierAttestation {

    private final AttestationRepository attestations;
    private final SalarieRepository salaries;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public VerifierAttestationService(AttestationRepository attestations, SalarieRepository salaries,
                                      ControleAcces acces, Transactions transactions, Clock horloge) {
        this.attestations = attestations;
        this.salaries = salaries;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Optional<Verification> verifier(String code) {
        acces.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
        CodeVerification lu;
        try {
            lu = CodeVerification.de(code);
        } catch (ValeurInvalideException malForme) {
            return Optional.empty();
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        return transactions.enTransaction(() -> attestations.trouverParCode(lu).map(attestation ->
                new Verification(attestation,
                        attestation.etatAu(salaries.trouver(attestation.salarieId()), aujourdhui), aujourdhui)));
    }
}
