package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** Back office: sets the assistance number and note of a zone. */
public interface ModifierNumeroZone {

    void modifier(Commande commande);

    record Commande(Acteur acteur, NumeroZone numero, AdresseIp ip) {
    }
}
