package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** Back office: sets the management centre's number and note. */
public interface ModifierCentreDeGestion {

    void modifier(Commande commande);

    record Commande(Acteur acteur, CentreDeGestion centre, AdresseIp ip) {
    }
}
