package fr.espaceentreprise.domain.contrat;

import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A group contract subscribed by an Entreprise with an Organisme. It is in force from its date d'effet to its
 * date de fin, both days included; without a date de fin it runs until it is terminated (résilié). A change of
 * plan decided for a later day waits as its {@link GarantieProgrammee} until that day comes.
 */
public final class Contrat {

    private final ContratId id;
    private final NumeroContrat numero;
    private final EntrepriseId entrepriseId;
    private final Organisme organisme;
    private Garantie garantie;
    private GarantieProgrammee garantieProgrammee;
    private final List<OptionContrat> options;
    private final LocalDate dateEffet;
    private LocalDate dateFin;

    private Contrat(ContratId id, NumeroContrat numero, EntrepriseId entrepriseId, Organisme organisme,
                    Garantie garantie, GarantieProgrammee garantieProgrammee, List<OptionContrat> options,
                    LocalDate dateEffet, LocalDate dateFin) {
        this.id = id;
        this.numero = numero;
        this.entrepriseId = entrepriseId;
        this.organisme = organisme;
        this.garantie = garantie;
        this.garantieProgrammee = garantieProgrammee;
        this.options = new ArrayList<>(options);
        this.dateEffet = dateEffet;
        this.dateFin = dateFin;
    }

    public static Contrat souscrire(ContratId id, NumeroContrat numero, EntrepriseId entrepriseId,
                                    Organisme organisme, Garantie garantie, LocalDate dateEffet) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(numero, NumeroContrat.CHAMP);
        Verifications.nonNul(entrepriseId, "entrepriseId");
        Verifications.nonNul(organisme, "organisme");
        Verifications.nonNul(garantie, "garantie");
        Verifications.nonNul(dateEffet, "dateEffet");
        exigerProposeePar(garantie, organisme);
        return new Contrat(id, numero, entrepriseId, organisme, garantie, null, List.of(), dateEffet, null);
    }

    /** garantieProgrammee and dateFin may be null (no change waiting; contract in force until terminated). */
    public static Contrat rehydrater(ContratId id, NumeroContrat numero, EntrepriseId entrepriseId,
                                     Organisme organisme, Garantie garantie, GarantieProgrammee garantieProgrammee,
                                     List<OptionContrat> options, LocalDate dateEffet, LocalDate dateFin) {
        return new Contrat(id, numero, entrepriseId, organisme, garantie, garantieProgrammee, options, dateEffet,
                dateFin);
    }

    public boolean estActifLe(LocalDate date) {
        return !date.isBefore(dateEffet) && (dateFin == null || !date.isAfter(dateFin));
    }

    /** Not started yet before its date d'effet, ended after its date de fin, in force in between. */
    public EtatContrat etatAu(LocalDate date) {
        Verifications.nonNul(date, "date");
        if (date.isBefore(dateEffet)) {
            return EtatContrat.A_VENIR;
        }
        if (dateFin != null && date.isAfter(dateFin)) {
            return EtatContrat.TERMINE;
        }
        return EtatContrat.ACTIF;
    }

    /**
     * Adds an option from {@code debut} until the contract's end. Two options of the same code may not overlap,
     * not even with one that starts later, or the contract would hold the same add-on twice on some days.
     */
    public void ajouterOption(CodeOption code, LocalDate debut) {
        Verifications.nonNul(code, "codeOption");
        Verifications.nonNul(debut, "dateEffet");
        if (!estActifLe(debut)) {
            throw new RegleMetierException("contrat.option.hors_periode", "dateEffet");
        }
        Periode periode = new Periode(debut, dateFin);
        boolean dejaPresente = options.stream()
                .anyMatch(option -> option.code() == code && option.periode().chevauche(periode));
        if (dejaPresente) {
            throw new RegleMetierException("contrat.option.deja_active", "codeOption");
        }
        options.add(new OptionContrat(code, periode));
    }

    /** Ends, on {@code fin} (last day covered), the option of that code in force on that day. */
    public void retirerOption(CodeOption code, LocalDate fin) {
        Verifications.nonNul(code, "codeOption");
        Verifications.nonNul(fin, "dateFin");
        for (int i = 0; i < options.size(); i++) {
            OptionContrat option = options.get(i);
            if (option.code() == code && option.estActiveLe(fin)) {
                options.set(i, option.termineeLe(fin));
                return;
            }
        }
        throw new RegleMetierException("contrat.option.inactive", "codeOption");
    }

    public List<OptionContrat> optionsActivesLe(LocalDate date) {
        return options.stream().filter(option -> option.estActiveLe(date)).toList();
    }

    /**
     * Switches the plan from {@code dateEffet}, a day the contract is in force: at once when that day has come
     * ({@code aujourdhui} or before: the change is retroactive), else on that day, as its
     * {@link #garantieProgrammee()} — which replaces any change waiting before, the latest decision prevailing.
     * Switching to the plan the contract will have that day → "contrat.garantie.inchangee".
     */
    public void changerGarantie(Garantie nouvelle, LocalDate dateEffet, LocalDate aujourdhui) {
        verifierChangementDeGarantie(nouvelle, dateEffet);
        Verifications.nonNul(aujourdhui, "aujourdhui");
        if (dateEffet.isAfter(aujourdhui)) {
            garantieProgrammee = new GarantieProgrammee(nouvelle, dateEffet);
        } else {
            garantie = nouvelle;
            garantieProgrammee = null;
        }
    }

    /**
     * Throws what {@link #changerGarantie} would throw, changing nothing: a demande asking for an impossible change
     * is refused when it is made, not weeks later when the back office validates it.
     */
    public void verifierChangementDeGarantie(Garantie nouvelle, LocalDate dateEffet) {
        Verifications.nonNul(nouvelle, "garantie");
        Verifications.nonNul(dateEffet, "dateEffet");
        if (nouvelle == garantieAu(dateEffet)) {
            throw new RegleMetierException("contrat.garantie.inchangee", "garantie");
        }
        exigerProposeePar(nouvelle, organisme);
        if (!estActifLe(dateEffet)) {
            throw new RegleMetierException("contrat.inactif", "dateEffet");
        }
    }

    /** Makes the waiting change the contract's plan once its day has come; nothing otherwise. */
    public void appliquerGarantieProgrammee(LocalDate aujourdhui) {
        Verifications.nonNul(aujourdhui, "aujourdhui");
        if (garantieProgrammee != null && !garantieProgrammee.dateEffet().isAfter(aujourdhui)) {
            garantie = garantieProgrammee.garantie();
            garantieProgrammee = null;
        }
    }

    /** The plan in force on {@code date}, counting the change waiting for its day. */
    public Garantie garantieAu(LocalDate date) {
        Verifications.nonNul(date, "date");
        return garantieProgrammee != null && !date.isBefore(garantieProgrammee.dateEffet())
                ? garantieProgrammee.garantie() : garantie;
    }

    /**
     * Terminates the contract on {@code fin}, its last day in force. Options still running then end with it;
     * options that would only have started after it are dropped, as they never take effect.
     */
    public void resilier(LocalDate fin) {
        Verifications.nonNul(fin, "dateFin");
        if (dateFin != null) {
            throw new RegleMetierException("contrat.deja_resilie");
        }
        if (fin.isBefore(dateEffet)) {
            throw new ValeurInvalideException("periode.invalide", "dateFin");
        }
        options.removeIf(option -> option.periode().debut().isAfter(fin));
        options.replaceAll(option -> option.periode().contient(fin) ? option.termineeLe(fin) : option);
        dateFin = fin;
    }

    private static void exigerProposeePar(Garantie garantie, Organisme organisme) {
        if (!garantie.estProposeePar(organisme)) {
            throw new RegleMetierException("contrat.garantie.organisme", "garantie");
        }
    }

    public ContratId id() {
        return id;
    }

    public NumeroContrat numero() {
        return numero;
    }

    public EntrepriseId entrepriseId() {
        return entrepriseId;
    }

    public Organisme organisme() {
        return organisme;
    }

    /** The plan in force now; a change decided for a later day is {@link #garantieProgrammee()}. */
    public Garantie garantie() {
        return garantie;
    }

    public Optional<GarantieProgrammee> garantieProgrammee() {
        return Optional.ofNullable(garantieProgrammee);
    }

    public List<OptionContrat> options() {
        return List.copyOf(options);
    }

    public LocalDate dateEffet() {
        return dateEffet;
    }

    public Optional<LocalDate> dateFin() {
        return Optional.ofNullable(dateFin);
    }

    /** The end of the business relation this contract gives rise to; empty while the contract runs. */
    public Optional<LocalDate> finDeRelation() {
        return dateFin();
    }
}
