package fr.espaceentreprise.domain.contrat;

import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: a health contract with Humanis Assurances in force since 1 January 2024, with its own number.
 * {@code UnContrat.de(entrepriseId).numero("CT-2024-0001").effetLe(date).avecOption(CodeOption.MATERNITE, date).build()}
 */
public final class UnContrat {

    public static final LocalDate EFFET = LocalDate.of(2024, 1, 1);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ContratId id = ContratId.nouveau();
    private NumeroContrat numero = new NumeroContrat(String.format("CT-%06d", SEQUENCE.incrementAndGet()));
    private final EntrepriseId entrepriseId;
    private Garantie garantie = Garantie.SANTE_EXPAT_CFE_CONFORT;
    private Organisme organisme = garantie.organisme();
    private LocalDate dateEffet = EFFET;
    private LocalDate dateFin;
    private final Map<CodeOption, LocalDate> options = new LinkedHashMap<>();

    private UnContrat(EntrepriseId entrepriseId) {
        this.entrepriseId = entrepriseId;
    }

    /** A contract of a new Entreprise, in force since {@link #EFFET} with no end. */
    public static UnContrat actif() {
        return new UnContrat(EntrepriseId.nouveau());
    }

    public static UnContrat de(EntrepriseId entrepriseId) {
        return new UnContrat(entrepriseId);
    }

    public UnContrat id(ContratId id) {
        this.id = id;
        return this;
    }

    public UnContrat numero(String numero) {
        this.numero = new NumeroContrat(numero);
        return this;
    }

    /** The plan, with the Organisme that offers it. */
    public UnContrat garantie(Garantie garantie) {
        this.garantie = garantie;
        this.organisme = garantie.organisme();
        return this;
    }

    public UnContrat organisme(Organisme organisme) {
        this.organisme = organisme;
        return this;
    }

    public UnContrat effetLe(LocalDate dateEffet) {
        this.dateEffet = dateEffet;
        return this;
    }

    public UnContrat resilieLe(LocalDate dateFin) {
        this.dateFin = dateFin;
        return this;
    }

    public UnContrat avecOption(CodeOption code, LocalDate debut) {
        options.put(code, debut);
        return this;
    }

    public Contrat build() {
        Contrat contrat = Contrat.souscrire(id, numero, entrepriseId, organisme, garantie, dateEffet);
        options.forEach(contrat::ajouterOption);
        if (dateFin != null) {
            contrat.resilier(dateFin);
        }
        return contrat;
    }
}
