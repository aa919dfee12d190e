package fr.espaceentreprise.adapters.web.cotisation;

import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import java.time.LocalDate;

/** An appel de cotisation in the API (lists, the home page), amounts in cents, state on the day of reading. */
public record AppelJson(String id, String numeroQuittance, String contratId, String numeroContrat,
        String entrepriseId, String raisonSociale, PeriodeJson periode, LocalDate echeance, long montantAppele,
        long montantPaye, long montantRestant, EtatAppel etat) {

    public static AppelJson de(AppelResume appel) {
        return new AppelJson(appel.id().toString(), appel.numeroQuittance().valeur(), appel.contratId().toString(),
                appel.numeroContrat().valeur(), appel.entrepriseId().toString(), appel.raisonSociale(),
                new PeriodeJson(appel.periode().debut(), appel.periode().fin()), appel.echeance(),
                appel.montantAppele().centimes(), appel.montantPaye().centimes(),
                appel.montantRestant().centimes(), appel.etat());
    }

    /** Both days included. */
    public record PeriodeJson(LocalDate debut, LocalDate fin) {
    }
}
