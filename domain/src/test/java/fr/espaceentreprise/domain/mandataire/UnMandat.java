package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Test data: a mandate in force since 1 January 2024 on one contract.
 * {@code UnMandat.de(mandataireId).sur(contrat).depuis(date).termineLe(fin).build()}
 */
public final class UnMandat {

    public static final LocalDate DEBUT = LocalDate.of(2024, 1, 1);

    private MandatId id = MandatId.nouveau();
    private MandataireId mandataireId;
    private EntrepriseId entrepriseId = EntrepriseId.nouveau();
    private Set<ContratId> contrats = new LinkedHashSet<>(Set.of(ContratId.nouveau()));
    private LocalDate debut = DEBUT;
    private LocalDate fin;

    private UnMandat(MandataireId mandataireId) {
        this.mandataireId = mandataireId;
    }

    public static UnMandat parDefaut() {
        return new UnMandat(MandataireId.nouveau());
    }

    public static UnMandat de(MandataireId mandataireId) {
        return new UnMandat(mandataireId);
    }

    public UnMandat id(MandatId id) {
        this.id = id;
        return this;
    }

    public UnMandat pourEntreprise(EntrepriseId entrepriseId) {
        this.entrepriseId = entrepriseId;
        return this;
    }

    public UnMandat surContrats(ContratId... contrats) {
        this.contrats = new LinkedHashSet<>(Arrays.asList(contrats));
        return this;
    }

    /** Covers these contracts, on behalf of the Entreprise that subscribed the first one. */
    public UnMandat sur(Contrat... contrats) {
        this.entrepriseId = contrats[0].entrepriseId();
        this.contrats = new LinkedHashSet<>();
        for (Contrat contrat : contrats) {
            this.contrats.add(contrat.id());
        }
        return this;
    }

    public UnMandat depuis(LocalDate debut) {
        this.debut = debut;
        return this;
    }

    public UnMandat termineLe(LocalDate fin) {
        this.fin = fin;
        return this;
    }

    public Mandat build() {
        Mandat mandat = Mandat.confier(id, mandataireId, entrepriseId, contrats, debut);
        if (fin != null) {
            mandat.terminer(fin);
        }
        return mandat;
    }
}
