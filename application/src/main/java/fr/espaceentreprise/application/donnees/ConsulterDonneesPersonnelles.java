package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.domain.perimetre.Acteur;

/** The user sees what the portal holds about him (the page "Mes données"); nothing is recorded. */
public interface ConsulterDonneesPersonnelles {

    DonneesDetenues consulter(Acteur acteur);
}
