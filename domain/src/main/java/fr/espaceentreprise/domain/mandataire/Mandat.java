package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A management mandate: the contracts of one Entreprise that a Mandataire may see and act on, for a period. */
public final class Mandat {

    private final MandatId id;
    private final MandataireId mandataireId;
    private final EntrepriseId entrepriseId;
    private final Set<ContratId> contrats;
    private Periode periode;

    private Mandat(MandatId id, MandataireId mandataireId, EntrepriseId entrepriseId, Set<ContratId> contrats,
                   Periode periode) {
        this.id = id;
        this.mandataireId = mandataireId;
        this.entrepriseId = entrepriseId;
        this.contrats = contrats;
        this.periode = periode;
    }

    public static Mandat confier(MandatId id, MandataireId mandataireId, EntrepriseId entrepriseId,
                                 Set<ContratId> contrats, LocalDate debut) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(mandataireId, "mandataireId");
        Verifications.nonNul(entrepriseId, "entrepriseId");
        // anyMatch rather than contains(null): immutable sets throw on contains(null)
        if (contrats == null || contrats.isEmpty() || contrats.stream().anyMatch(Objects::isNull)) {
            throw new ValeurInvalideException("mandat.contrats.obligatoire", "contrats");
        }
        Periode periode = Periode.depuis(Verifications.nonNul(debut, "dateDebut"));
        return new Mandat(id, mandataireId, entrepriseId, copie(contrats), periode);
    }

    public static Mandat rehydrater(MandatId id, MandataireId mandataireId, EntrepriseId entrepriseId,
                                    Set<ContratId> contrats, Periode periode) {
        return new Mandat(id, mandataireId, entrepriseId, copie(contrats), periode);
    }

    private static Set<ContratId> copie(Set<ContratId> contrats) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(contrats));
    }

    /** Ends the mandate on {@code fin}, the last day it is in force. */
    public void terminer(LocalDate fin) {
        Verifications.nonNul(fin, "dateFin");
        if (!periode.estOuverte()) {
            throw new RegleMetierException("mandat.deja_termine");
        }
        periode = periode.terminerLe(fin);
    }

    public boolean estActifLe(LocalDate date) {
        return periode.contient(date);
    }

    public boolean couvre(ContratId contratId) {
        return contrats.contains(contratId);
    }

    public MandatId id() {
        return id;
    }

    public MandataireId mandataireId() {
        return mandataireId;
    }

    public EntrepriseId entrepriseId() {
        return entrepriseId;
    }

    public Set<ContratId> contrats() {
        return contrats;
    }

    public Periode periode() {
        return periode;
    }
}
