package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ACCEPTATION_CGU;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.VERSION_CGU;

import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * {@link CguRepository} over the tables {@code version_cgu} (the first published by a migration, the next ones by the
 * back office, with their French and English texts) and {@code acceptation_cgu} (append-only: every acceptance is kept as evidence).
 */
public final class JooqCguRepository implements CguRepository {

    private final DSLContext dsl;

    public JooqCguRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<VersionCgu> versionCourante(Instant maintenant) {
        return dsl.select(VERSION_CGU.VERSION, VERSION_CGU.PUBLIEE_LE)
                .from(VERSION_CGU)
                .where(VERSION_CGU.PUBLIEE_LE.le(versColonne(maintenant)))
                .orderBy(VERSION_CGU.PUBLIEE_LE.desc())
                .limit(1)
                .fetchOptional(ligne -> new VersionCgu(ligne.value1(), versInstant(ligne.value2())));
    }

    /** Few rows: a version every year or two. */
    @Override
    public List<VersionCgu> versions() {
        return dsl.select(VERSION_CGU.VERSION, VERSION_CGU.PUBLIEE_LE)
                .from(VERSION_CGU)
                .orderBy(VERSION_CGU.PUBLIEE_LE.desc())
                .fetch(ligne -> new VersionCgu(ligne.value1(), versInstant(ligne.value2())));
    }

    @Override
    public void publier(PublicationCgu publication) {
        dsl.insertInto(VERSION_CGU)
                .set(VERSION_CGU.VERSION, publication.version().version())
                .set(VERSION_CGU.PUBLIEE_LE, versColonne(publication.version().publieeLe()))
                .set(VERSION_CGU.TEXTE_FR, publication.texteFr())
                .set(VERSION_CGU.TEXTE_EN, publication.texteEn())
                .execute();
    }

    @Override
    public Optional<String> texte(String version, Langue langue) {
        Field<String> texte = langue == Langue.EN ? VERSION_CGU.TEXTE_EN : VERSION_CGU.TEXTE_FR;
        return dsl.select(texte).from(VERSION_CGU).where(VERSION_CGU.VERSION.eq(version)).fetchOptional(texte);
    }

    @Override
    public Optional<AcceptationCgu> derniereAcceptation(UtilisateurId utilisateurId) {
        return dsl.selectFrom(ACCEPTATION_CGU)
                .where(ACCEPTATION_CGU.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(ACCEPTATION_CGU.ACCEPTEE_LE.desc(), ACCEPTATION_CGU.VERSION.desc())
                .limit(1)
                .fetchOptional(ligne -> new AcceptationCgu(new UtilisateurId(ligne.getUtilisateurId()),
                        ligne.getVersion(), versInstant(ligne.getAccepteeLe())));
    }

    /** The same acceptance recorded twice (same user, version and instant) is kept once. */
    @Override
    public void enregistrer(AcceptationCgu acceptation) {
        dsl.insertInto(ACCEPTATION_CGU)
                .set(ACCEPTATION_CGU.UTILISATEUR_ID, acceptation.utilisateurId().valeur())
                .set(ACCEPTATION_CGU.ACCEPTEE_LE, versColonne(acceptation.accepteeLe()))
                .set(ACCEPTATION_CGU.VERSION, acceptation.version())
                .onConflictDoNothing()
                .execute();
    }
}
