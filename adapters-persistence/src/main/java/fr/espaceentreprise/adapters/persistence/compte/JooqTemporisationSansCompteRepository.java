package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstants;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.TEMPORISATION_SANS_COMPTE;
import static org.jooq.impl.DSL.select;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.TemporisationSansCompteRecord;
import fr.espaceentreprise.application.compte.TemporisationSansCompteRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Temporisation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * {@link TemporisationSansCompteRepository} over the table {@code temporisation_sans_compte}, locked like
 * {@link JooqIdentifiantsRepository}: the row {@code FOR UPDATE} when there is one, else the numéro's advisory lock
 * (most numéros tried have no row yet, and two first failures on one numéro must count as two).
 *
 * <p>A state without any failure is what no row means, so saving one deletes the row. Each save also deletes a
 * bounded batch of rows whose newest failure is more than {@link #CONSERVATION} older than the failure just saved:
 * such a row no longer delays anybody (no pause lasts beyond a day, no failure stays in the 24-hour window), and
 * forgetting its consecutive failures is the price of a table that does not grow for ever. Rows another
 * transaction holds are skipped, never waited for.
 */
public final class JooqTemporisationSansCompteRepository implements TemporisationSansCompteRepository {

    /** "TSC1": the namespace of the numéros' advisory locks. */
    private static final VerrouDeCle VERROU = new VerrouDeCle(0x54_53_43_31);
    static final Duration CONSERVATION = Duration.ofDays(30);
    static final int PURGE_PAR_ENREGISTREMENT = 100;

    private final DSLContext dsl;

    public JooqTemporisationSansCompteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Temporisation> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        Optional<Temporisation> verrouillee = lireEnVerrouillant(numeroAdherent);
        if (verrouillee.isPresent()) {
            return verrouillee;
        }
        VERROU.prendre(dsl, numeroAdherent.valeur());
        return lireEnVerrouillant(numeroAdherent);
    }

    private Optional<Temporisation> lireEnVerrouillant(NumeroAdherent numeroAdherent) {
        return dsl.selectFrom(TEMPORISATION_SANS_COMPTE)
                .where(TEMPORISATION_SANS_COMPTE.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                .forUpdate()
                .fetchOptional(ligne -> new Temporisation(ligne.getEchecsConsecutifs(),
                        versInstants(ligne.getEchecsRecents())));
    }

    @Override
    public void enregistrer(NumeroAdherent numeroAdherent, Temporisation temporisation) {
        Optional<Instant> dernierEchec = temporisation.dernierEchec();
        if (dernierEchec.isEmpty()) {
            dsl.deleteFrom(TEMPORISATION_SANS_COMPTE)
                    .where(TEMPORISATION_SANS_COMPTE.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                    .execute();
            return;
        }
        TemporisationSansCompteRecord ligne = new TemporisationSansCompteRecord();
        ligne.setNumeroAdherent(numeroAdherent.valeur());
        ligne.setEchecsConsecutifs(temporisation.echecsConsecutifs());
        ligne.setEchecsRecents(versColonne(temporisation.echecsRecents()));
        ligne.setDernierEchec(versColonne(dernierEchec.get()));
        ligne.changed(true);
        dsl.insertInto(TEMPORISATION_SANS_COMPTE).set(ligne)
                .onConflict(TEMPORISATION_SANS_COMPTE.NUMERO_ADHERENT).doUpdate().set(ligne)
                .execute();
        purgerLesEchecsAnterieursA(dernierEchec.get().minus(CONSERVATION));
    }

    private void purgerLesEchecsAnterieursA(Instant limite) {
        dsl.deleteFrom(TEMPORISATION_SANS_COMPTE)
                .where(TEMPORISATION_SANS_COMPTE.NUMERO_ADHERENT.in(
                        select(TEMPORISATION_SANS_COMPTE.NUMERO_ADHERENT)
                                .from(TEMPORISATION_SANS_COMPTE)
                                .where(TEMPORISATION_SANS_COMPTE.DERNIER_ECHEC.lt(versColonne(limite)))
                                .limit(PURGE_PAR_ENREGISTREMENT)
                                .forUpdate()
                                .skipLocked()))
                .execute();
    }
}
