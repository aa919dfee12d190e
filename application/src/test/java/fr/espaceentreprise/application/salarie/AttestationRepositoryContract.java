package fr.espaceentreprise.application.salarie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link AttestationRepository}: an attestation issued is found by its code, as printed, and never replaced. */
public abstract class AttestationRepositoryContract extends PortContract {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2025, 6, 15);
    private static final AtomicInteger CODES = new AtomicInteger();

    private final Entreprise entreprise = stocker(UneEntreprise.nommee("Cévennes Énergie SA").build());
    private final Contrat sante = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1)).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2023, 1, 1))
            .garantie(Garantie.PREVOYANCE_INCAPACITE_TRAVAIL).build();
    private final Salarie salarie = UnSalarie.nomme("Çelik").prenomme("Şükrü").de(entreprise.id())
            .neLe(LocalDate.of(1979, 2, 28)).affilieA(sante, LocalDate.of(2024, 3, 1))
            .affilieA(prevoyance, LocalDate.of(2023, 9, 1)).build();

    protected AttestationRepositoryContract() {
        enTransaction(() -> {
            stockage().contrats().enregistrer(sante);
            stockage().contrats().enregistrer(prevoyance);
            stockage().salaries().enregistrer(salarie);
        });
    }

    private Attestation delivrer() {
        Map<ContratId, Contrat> visibles = Map.of(sante.id(), sante, prevoyance.id(), prevoyance);
        return Attestation.delivrer(nouveauCode(), salarie, entreprise, visibles, AUJOURDHUI, T0);
    }

    /** A code of the alphabet and length the domain accepts, and no other test of the JVM uses. */
    private static CodeVerification nouveauCode() {
        StringBuilder code = new StringBuilder();
        int reste = CODES.incrementAndGet();
        for (int i = 0; i < CodeVerification.LONGUEUR; i++) {
            code.append(CodeVerification.ALPHABET.charAt(reste % CodeVerification.ALPHABET.length()));
            reste /= CodeVerification.ALPHABET.length();
        }
        return new CodeVerification(code.toString());
    }

    private void enregistrer(Attestation attestation) {
        enTransaction(() -> stockage().attestations().enregistrer(attestation));
    }

    private Optional<Attestation> trouver(CodeVerification code) {
        return enTransaction(() -> stockage().attestations().trouverParCode(code));
    }

    @Test
    void finds_an_issued_attestation_by_its_code_with_everything_printed_and_its_lines_in_order() {
        Attestation attestation = delivrer();

        enregistrer(attestation);

        Attestation relue = trouver(attestation.code()).orElseThrow();
        assertEquals(attestation, relue);
        assertEquals(List.of(prevoyance.numero(), sante.numero()),
                relue.lignes().stream().map(ligne -> ligne.numeroContrat()).toList());
    }

    @Test
    void finds_nothing_for_a_code_never_issued() {
        enregistrer(delivrer());

        assertEquals(Optional.empty(), trouver(nouveauCode()));
    }

    @Test
    void an_issued_attestation_is_never_replaced() {
        Attestation attestation = delivrer();
        enregistrer(attestation);
        Attestation autre = new Attestation(attestation.code(), attestation.salarieId(),
                attestation.numeroAdherentEntreprise(), "Autre", "Autre", "Autre", attestation.dateNaissance(),
                attestation.dateEmission(), attestation.emiseLe(), attestation.lignes().subList(0, 1));

        assertThrows(RuntimeException.class, () -> enregistrer(autre));

        assertEquals(attestation, trouver(attestation.code()).orElseThrow());
    }
}
