package fr.espaceentreprise.adapters.persistence.demande;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.DEMANDE_EVENEMENT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.demande.DemandeResume;
import fr.espaceentreprise.application.demande.FiltreDemandes;
import fr.espaceentreprise.application.demande.LectureSuiviDemandes;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * The lists of demandes, each page a short index range whatever the volume:
 * <ul>
 * <li>the front office's, newest first: per entreprise, the first {@code nombre} demandes after the cursor read
 * backwards from demande_par_entreprise (with a statut, demande_par_entreprise_et_statut) in a lateral subquery,
 * then the first {@code nombre} of their union. A single scan of entreprise_id = any(…) could not return the
 * entreprises of a mandataire in one order and would sort all their demandes for each page;</li>
 * <li>the back office's queue, oldest first: demande_par_statut with a statut, demande_par_entreprise with an
 * entreprise, else demande_chronologique.</li>
 * </ul>
 * The instant of the last event is read for the lines of the page only, by the primary key of demande_evenement.
 */
public final class JooqLectureSuiviDemandes implements LectureSuiviDemandes {

    private final DSLContext dsl;

    public JooqLectureSuiviDemandes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DemandeResume> lister(Collection<EntrepriseId> entreprises, FiltreDemandes filtre,
                                      Optional<CurseurChronologique> apres, int nombre) {
        List<UUID> ids = entreprises.stream().map(EntrepriseId::valeur)
                .filter(id -> filtre.entrepriseId().map(EntrepriseId::valeur).map(id::equals).orElse(true))
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Table<?> deLEntreprise = lateral(select(DEMANDE.ID, DEMANDE.SOUMISE_LE)
                .from(DEMANDE)
                .where(DEMANDE.ENTREPRISE_ID.eq(ENTREPRISE.ID))
                .and(statutEtType(filtre))
                .and(apres.map(curseur -> row(DEMANDE.SOUMISE_LE, DEMANDE.ID).lt(instant(curseur), curseur.id()))
                        .orElse(noCondition()))
                .orderBy(DEMANDE.SOUMISE_LE.desc(), DEMANDE.ID.desc())
                .limit(nombre))
                .as("de_l_entreprise");
        Field<UUID> id = deLEntreprise.field(DEMANDE.ID);
        Field<OffsetDateTime> soumiseLe = deLEntreprise.field(DEMANDE.SOUMISE_LE);
        Table<?> page = select(id, soumiseLe)
                .from(ENTREPRISE)
                .crossJoin(deLEntreprise)
                .where(ENTREPRISE.ID.eq(any(ids.toArray(UUID[]::new))))
                .orderBy(soumiseLe.desc(), id.desc())
                .limit(nombre)
                .asTable("page");
        return lignes(page, page.field(soumiseLe).desc(), page.field(id).desc());
    }

    @Override
    public List<DemandeResume> file(FiltreDemandes filtre, Optional<CurseurChronologique> apres, int nombre) {
        Table<?> page = select(DEMANDE.ID, DEMANDE.SOUMISE_LE)
                .from(DEMANDE)
                .where(statutEtType(filtre))
                .and(filtre.entrepriseId().map(entreprise -> DEMANDE.ENTREPRISE_ID.eq(entreprise.valeur()))
                        .orElse(noCondition()))
                .and(apres.map(curseur -> row(DEMANDE.SOUMISE_LE, DEMANDE.ID).gt(instant(curseur), curseur.id()))
                        .orElse(noCondition()))
                .orderBy(DEMANDE.SOUMISE_LE, DEMANDE.ID)
                .limit(nombre)
                .asTable("page");
        return lignes(page, page.field(DEMANDE.SOUMISE_LE).asc(), page.field(DEMANDE.ID).asc());
    }

    /** The lines of a page of (id, soumise_le), in the page's order. */
    private List<DemandeResume> lignes(Table<?> page, SortField<?>... ordre) {
        Field<OffsetDateTime> misAJourLe = field(select(DEMANDE_EVENEMENT.INSTANT)
                .from(DEMANDE_EVENEMENT)
                .where(DEMANDE_EVENEMENT.DEMANDE_ID.eq(DEMANDE.ID))
                .orderBy(DEMANDE_EVENEMENT.RANG.desc())
                .limit(1))
                .as("mis_a_jour_le");
        Field<String> objet = field("{0} ->> 'objet'", String.class, DEMANDE.CONTENU).as("objet");
        return dsl.select(DEMANDE.ID, DEMANDE.TYPE, DEMANDE.STATUT, DEMANDE.ENTREPRISE_ID, ENTREPRISE.RAISON_SOCIALE,
                        DEMANDE.SOUMISE_LE, misAJourLe, objet)
                .from(page)
                .join(DEMANDE).on(DEMANDE.ID.eq(page.field(DEMANDE.ID.getName(), UUID.class)))
                .join(ENTREPRISE).on(ENTREPRISE.ID.eq(DEMANDE.ENTREPRISE_ID))
                .orderBy(ordre)
                .fetch(ligne -> resume(ligne, misAJourLe, objet));
    }

    private static Condition statutEtType(FiltreDemandes filtre) {
        return filtre.statut().map(statut -> DEMANDE.STATUT.eq(statut.name())).orElse(noCondition())
                .and(filtre.type().map(type -> DEMANDE.TYPE.eq(type.name())).orElse(noCondition()));
    }

    private static OffsetDateTime instant(CurseurChronologique curseur) {
        return curseur.instant().atOffset(ZoneOffset.UTC);
    }

    private static DemandeResume resume(Record ligne, Field<OffsetDateTime> misAJourLe, Field<String> objet) {
        TypeDemande type = TypeDemande.valueOf(ligne.get(DEMANDE.TYPE));
        return new DemandeResume(new DemandeId(ligne.get(DEMANDE.ID)), type,
                StatutDemande.valueOf(ligne.get(DEMANDE.STATUT)), new EntrepriseId(ligne.get(DEMANDE.ENTREPRISE_ID)),
                ligne.get(ENTREPRISE.RAISON_SOCIALE), ligne.get(DEMANDE.SOUMISE_LE).toInstant(),
                ligne.get(misAJourLe).toInstant(),
                type == TypeDemande.AUTRE ? Optional.ofNullable(ligne.get(objet)) : Optional.empty());
    }
}
