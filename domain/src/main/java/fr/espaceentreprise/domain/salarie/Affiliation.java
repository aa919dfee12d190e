package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A salarie's membership of a contrat over a periode. Immutable: a radiation replaces it, inside its
 * {@link Salarie}, by a copy whose periode is closed. Only a Salarie creates one (or storage, through
 * {@link #rehydrater}).
 */
public final class Affiliation {

    private final AffiliationId id;
    private final ContratId contratId;
    private final Periode periode;

    private Affiliation(AffiliationId id, ContratId contratId, Periode periode) {
        this.id = Objects.requireNonNull(id, "id");
        this.contratId = Objects.requireNonNull(contratId, "contratId");
        this.periode = Objects.requireNonNull(periode, "periode");
    }

    static Affiliation debutant(AffiliationId id, ContratId contratId, LocalDate dateEffet) {
        return new Affiliation(id, contratId, Periode.depuis(dateEffet));
    }

    public static Affiliation rehydrater(AffiliationId id, ContratId contratId, Periode periode) {
        return new Affiliation(id, contratId, periode);
    }

    Affiliation termineeLe(LocalDate dateFin) {
        return new Affiliation(id, contratId, periode.terminerLe(dateFin));
    }

    public AffiliationId id() {
        return id;
    }

    public ContratId contratId() {
        return contratId;
    }

    public Periode periode() {
        return periode;
    }

    public boolean estActiveLe(LocalDate date) {
        return periode.contient(date);
    }

    boolean estOuverte() {
        return periode.estOuverte();
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof Affiliation a
                && id.equals(a.id) && contratId.equals(a.contratId) && periode.equals(a.periode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, contratId, periode);
    }

    @Override
    public String toString() {
        return "Affiliation[id=" + id + ", contratId=" + contratId + ", periode=" + periode + "]";
    }
}
