package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CENTRE_DE_GESTION;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.NUMERO_URGENCE;

import fr.espaceentreprise.application.contenu.NumerosUrgenceRepository;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link NumerosUrgenceRepository} over {@code numero_urgence} (a row per zone) and {@code centre_de_gestion} (one row). */
public final class JooqNumerosUrgenceRepository implements NumerosUrgenceRepository {

    private static final short CENTRE = 1;

    private final DSLContext dsl;

    public JooqNumerosUrgenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<ZoneUrgence, NumeroZone> zones() {
        Map<ZoneUrgence, NumeroZone> zones = new EnumMap<>(ZoneUrgence.class);
        dsl.selectFrom(NUMERO_URGENCE).fetch().forEach(ligne -> {
            ZoneUrgence zone = ZoneUrgence.valueOf(ligne.getZone());
            zones.put(zone, new NumeroZone(zone, new Telephone(ligne.getTelephone()),
                    new TexteBilingue(ligne.getNoteFr(), ligne.getNoteEn())));
        });
        return zones;
    }

    @Override
    public void enregistrer(NumeroZone numero) {
        dsl.insertInto(NUMERO_URGENCE)
                .set(NUMERO_URGENCE.ZONE, numero.zone().name())
                .set(NUMERO_URGENCE.TELEPHONE, numero.assistance().valeur())
                .set(NUMERO_URGENCE.NOTE_FR, numero.note().fr())
                .set(NUMERO_URGENCE.NOTE_EN, numero.note().en())
                .onConflict(NUMERO_URGENCE.ZONE).doUpdate()
                .set(NUMERO_URGENCE.TELEPHONE, numero.assistance().valeur())
                .set(NUMERO_URGENCE.NOTE_FR, numero.note().fr())
                .set(NUMERO_URGENCE.NOTE_EN, numero.note().en())
                .execute();
    }

    @Override
    public Optional<CentreDeGestion> centreDeGestion() {
        return dsl.selectFrom(CENTRE_DE_GESTION).where(CENTRE_DE_GESTION.ID.eq(CENTRE))
                .fetchOptional(ligne -> new CentreDeGestion(new Telephone(ligne.getTelephone()),
                        new TexteBilingue(ligne.getNoteFr(), ligne.getNoteEn())));
    }

    @Override
    public void enregistrer(CentreDeGestion centre) {
        dsl.insertInto(CENTRE_DE_GESTION)
                .set(CENTRE_DE_GESTION.ID, CENTRE)
                .set(CENTRE_DE_GESTION.TELEPHONE, centre.telephone().valeur())
                .set(CENTRE_DE_GESTION.NOTE_FR, centre.note().fr())
                .set(CENTRE_DE_GESTION.NOTE_EN, centre.note().en())
                .onConflict(CENTRE_DE_GESTION.ID).doUpdate()
                .set(CENTRE_DE_GESTION.TELEPHONE, centre.telephone().valeur())
                .set(CENTRE_DE_GESTION.NOTE_FR, centre.note().fr())
                .set(CENTRE_DE_GESTION.NOTE_EN, centre.note().en())
                .execute();
    }
}
