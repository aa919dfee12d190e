package fr.espaceentreprise.adapters.web.entreprise;

import fr.espaceentreprise.application.entreprise.EntrepriseResume;

/** An entreprise in a list of the API (the portfolio, the home page). */
public record EntrepriseJson(String id, String numeroAdherent, String raisonSociale) {

    public static EntrepriseJson de(EntrepriseResume entreprise) {
        return new EntrepriseJson(entreprise.id().toString(), entreprise.numeroAdherent().valeur(),
                entreprise.raisonSociale());
    }
}
