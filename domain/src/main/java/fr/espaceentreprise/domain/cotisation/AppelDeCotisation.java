package fr.espaceentreprise.domain.cotisation;

import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One call for the contributions of a Contrat over a closed period, due on its échéance. */
public final class AppelDeCotisation {

    private final AppelDeCotisationId id;
    private final ContratId contratId;
    private final NumeroQuittance numeroQuittance;
    private final Periode periode;
    private final LocalDate echeance;
    private final Montant montantAppele;
    private final List<Paiement> paiements;

    private AppelDeCotisation(AppelDeCotisationId id, ContratId contratId, NumeroQuittance numeroQuittance,
                              Periode periode, LocalDate echeance, Montant montantAppele, List<Paiement> paiements) {
        this.id = id;
        this.contratId = contratId;
        this.numeroQuittance = numeroQuittance;
        this.periode = periode;
        this.echeance = echeance;
        this.montantAppele = montantAppele;
        this.paiements = new ArrayList<>(paiements);
    }

    public static AppelDeCotisation emettre(AppelDeCotisationId id, ContratId contratId,
                                            NumeroQuittance numeroQuittance, Periode periode, LocalDate echeance,
                                            Montant montantAppele) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(contratId, "contratId");
        Verifications.nonNul(numeroQuittance, NumeroQuittance.CHAMP);
        Verifications.nonNul(periode, "periode");
        Verifications.nonNul(echeance, "echeance");
        Verifications.nonNul(montantAppele, "montantAppele");
        if (periode.estOuverte()) {
            throw new ValeurInvalideException("cotisation.periode.ouverte", "periode");
        }
        if (montantAppele.estNul()) {
            throw new ValeurInvalideException("cotisation.montantAppele.invalide", "montantAppele");
        }
        return new AppelDeCotisation(id, contratId, numeroQuittance, periode, echeance, montantAppele, List.of());
    }

    public static AppelDeCotisation rehydrater(AppelDeCotisationId id, ContratId contratId,
                                               NumeroQuittance numeroQuittance, Periode periode, LocalDate echeance,
                                               Montant montantAppele, List<Paiement> paiements) {
        return new AppelDeCotisation(id, contratId, numeroQuittance, periode, echeance, montantAppele, paiements);
    }

    public void enregistrerPaiement(Paiement paiement) {
        Verifications.nonNul(paiement, "paiement");
        Montant restant = montantRestant();
        if (paiement.montant().estSuperieurA(restant)) {
            throw new RegleMetierException("cotisation.paiement.excedentaire", "montant",
                    Map.of("restant", restant.centimes()));
        }
        paiements.add(paiement);
    }

    public Montant montantPaye() {
        return Montant.somme(paiements.stream().map(Paiement::montant).toList());
    }

    public Montant montantRestant() {
        return montantAppele.moins(montantPaye());
    }

    /** What had been paid by the end of {@code date}: payments dated later are not counted. */
    public Montant montantPayeAu(LocalDate date) {
        return Montant.somme(paiements.stream()
                .filter(paiement -> !paiement.date().isAfter(date))
                .map(Paiement::montant)
                .toList());
    }

    public Montant montantRestantAu(LocalDate date) {
        return montantAppele.moins(montantPayeAu(date));
    }

    /** The state on {@code date}; the call is late only from the day after its échéance. */
    public EtatAppel etatAu(LocalDate date) {
        if (montantRestantAu(date).estNul()) {
            return EtatAppel.SOLDE;
        }
        if (date.isAfter(echeance)) {
            return EtatAppel.EN_RETARD;
        }
        if (!montantPayeAu(date).estNul()) {
            return EtatAppel.PARTIELLEMENT_PAYE;
        }
        return EtatAppel.A_PAYER;
    }

    public AppelDeCotisationId id() {
        return id;
    }

    public ContratId contratId() {
        return contratId;
    }

    public NumeroQuittance numeroQuittance() {
        return numeroQuittance;
    }

    public Periode periode() {
        return periode;
    }

    public LocalDate echeance() {
        return echeance;
    }

    public Montant montantAppele() {
        return montantAppele;
    }

    public List<Paiement> paiements() {
        return List.copyOf(paiements);
    }
}
