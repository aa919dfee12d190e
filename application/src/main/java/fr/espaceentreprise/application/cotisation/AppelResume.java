package fr.espaceentreprise.application.cotisation;

import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;

/**
 * A line of the list of appels de cotisation, with what has been paid and its state on the day of reading
 * (the rule of {@link fr.espaceentreprise.domain.cotisation.AppelDeCotisation#etatAu}).
 */
public record AppelResume(AppelDeCotisationId id, ContratId contratId, NumeroContrat numeroContrat,
                          EntrepriseId entrepriseId, String raisonSociale, NumeroQuittance numeroQuittance,
                          Periode periode, LocalDate echeance, Montant montantAppele, Montant montantPaye,
                          EtatAppel etat) {

    public Montant montantRestant() {
        return montantAppele.moins(montantPaye);
    }

    public CurseurAppels curseur() {
        return new CurseurAppels(echeance, id.valeur());
    }
}
