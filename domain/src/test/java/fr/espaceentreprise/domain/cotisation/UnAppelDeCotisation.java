package fr.espaceentreprise.domain.cotisation;

import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: a call of 1 500,00 € for the first quarter of 2024, due on 15 April 2024, unpaid, with its own
 * quittance number. {@code UnAppelDeCotisation.sur(contratId).montantAppele("1200").payeLe(date, "200").build()}
 */
public final class UnAppelDeCotisation {

    public static final Periode PERIODE = Periode.trimestre(2024, 1);
    public static final LocalDate ECHEANCE = LocalDate.of(2024, 4, 15);
    public static final Montant MONTANT_APPELE = Montant.euros("1500");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AppelDeCotisationId id = AppelDeCotisationId.nouveau();
    private final ContratId contratId;
    private NumeroQuittance numeroQuittance =
            new NumeroQuittance(String.format("Q-%08d", SEQUENCE.incrementAndGet()));
    private Periode periode = PERIODE;
    private LocalDate echeance = ECHEANCE;
    private Montant montantAppele = MONTANT_APPELE;
    private final List<Paiement> paiements = new ArrayList<>();

    private UnAppelDeCotisation(ContratId contratId) {
        this.contratId = contratId;
    }

    public static UnAppelDeCotisation parDefaut() {
        return new UnAppelDeCotisation(ContratId.nouveau());
    }

    public static UnAppelDeCotisation sur(ContratId contratId) {
        return new UnAppelDeCotisation(contratId);
    }

    public UnAppelDeCotisation id(AppelDeCotisationId id) {
        this.id = id;
        return this;
    }

    public UnAppelDeCotisation quittance(String numeroQuittance) {
        this.numeroQuittance = new NumeroQuittance(numeroQuittance);
        return this;
    }

    public UnAppelDeCotisation periode(Periode periode) {
        this.periode = periode;
        return this;
    }

    public UnAppelDeCotisation echeance(LocalDate echeance) {
        this.echeance = echeance;
        return this;
    }

    /** In euros, as {@link Montant#euros(String)} reads them ("1234,56"). */
    public UnAppelDeCotisation montantAppele(String euros) {
        this.montantAppele = Montant.euros(euros);
        return this;
    }

    public UnAppelDeCotisation payeLe(LocalDate date, String euros) {
        paiements.add(new Paiement(date, Montant.euros(euros), null));
        return this;
    }

    /** Paid in full on that date. */
    public UnAppelDeCotisation soldeLe(LocalDate date) {
        Montant dejaPaye = Montant.somme(paiements.stream().map(Paiement::montant).toList());
        paiements.add(new Paiement(date, montantAppele.moins(dejaPaye), null));
        return this;
    }

    public AppelDeCotisation build() {
        AppelDeCotisation appel = AppelDeCotisation.emettre(id, contratId, numeroQuittance, periode, echeance,
                montantAppele);
        paiements.forEach(appel::enregistrerPaiement);
        return appel;
    }
}
