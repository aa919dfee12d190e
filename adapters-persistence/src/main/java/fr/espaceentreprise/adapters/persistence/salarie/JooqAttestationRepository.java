package fr.espaceentreprise.adapters.persistence.salarie;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ATTESTATION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ATTESTATION_LIGNE;

import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.application.salarie.AttestationRepository;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import java.util.Optional;
import org.jooq.DSLContext;

/** Attestations are inserted once and never changed: what was printed stays what the check reads. */
public final class JooqAttestationRepository implements AttestationRepository {

    private final DSLContext dsl;

    public JooqAttestationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enregistrer(Attestation attestation) {
        dsl.insertInto(ATTESTATION).set(AttestationMapper.versLigne(attestation)).execute();
        Lignes.inserer(dsl, ATTESTATION_LIGNE, AttestationMapper.versLignes(attestation));
    }

    @Override
    public Optional<Attestation> trouverParCode(CodeVerification code) {
        return dsl.selectFrom(ATTESTATION)
                .where(ATTESTATION.CODE.eq(code.valeur()))
                .fetchOptional()
                .map(ligne -> AttestationMapper.versDomaine(ligne, dsl.selectFrom(ATTESTATION_LIGNE)
                        .where(ATTESTATION_LIGNE.ATTESTATION_CODE.eq(ligne.getCode()))
                        .orderBy(ATTESTATION_LIGNE.RANG)
                        .fetch()));
    }
}
