package fr.espaceentreprise.adapters.persistence.salarie;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SALARIE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
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
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqAttestationRepositoryTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2025, 6, 15);
    private static final Instant MAINTENANT = Instant.parse("2025-06-15T08:42:17.123456Z");
    private static final SecureRandom HASARD = new SecureRandom();

    /** One schema for the class: each test makes its own entreprise, contrats and salarié. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqAttestationRepository attestations = new JooqAttestationRepository(dsl);
    private final JooqSalarieRepository salaries = new JooqSalarieRepository(dsl);
    private final Entreprise entreprise = UneEntreprise.nommee("Cévennes Énergie SA").build();
    private final Contrat sante = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2024, 1, 1)).build();
    private final Contrat prevoyance = UnContrat.de(entreprise.id()).effetLe(LocalDate.of(2023, 1, 1))
            .garantie(Garantie.PREVOYANCE_INCAPACITE_TRAVAIL).build();
    private final Salarie salarie = UnSalarie.nomme("Çelik").prenomme("Şükrü").de(entreprise.id())
            .neLe(LocalDate.of(1979, 2, 28)).affilieA(sante, LocalDate.of(2024, 3, 1))
            .affilieA(prevoyance, LocalDate.of(2023, 9, 1)).build();

    JooqAttestationRepositoryTest() {
        new JooqEntrepriseRepository(dsl).enregistrer(entreprise);
        JooqContratRepository contrats = new JooqContratRepository(dsl);
        contrats.enregistrer(sante);
        contrats.enregistrer(prevoyance);
        salaries.enregistrer(salarie);
    }

    @Test
    void an_attestation_outlives_its_salarie_and_its_check_then_says_it_no_longer_holds() {
        Attestation attestation = delivrer();
        attestations.enregistrer(attestation);

        dsl.deleteFrom(SALARIE).where(SALARIE.ID.eq(salarie.id().valeur())).execute();

        Attestation relue = attestations.trouverParCode(attestation.code()).orElseThrow();
        assertEquals(attestation, relue);
        assertEquals(Optional.empty(), salaries.trouver(salarie.id()));
        assertEquals(List.of(false, false), relue.etatAu(salaries.trouver(salarie.id()), AUJOURDHUI).stream()
                .map(Attestation.EtatLigneAttestation::valide).toList());
    }

    private Attestation delivrer() {
        Map<ContratId, Contrat> visibles = Map.of(sante.id(), sante, prevoyance.id(), prevoyance);
        return Attestation.delivrer(nouveauCode(), salarie, entreprise, visibles, AUJOURDHUI, MAINTENANT);
    }

    private static CodeVerification nouveauCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CodeVerification.LONGUEUR; i++) {
            code.append(CodeVerification.ALPHABET.charAt(HASARD.nextInt(CodeVerification.ALPHABET.length())));
        }
        return new CodeVerification(code.toString());
    }
}
