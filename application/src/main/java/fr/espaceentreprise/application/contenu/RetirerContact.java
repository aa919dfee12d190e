package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** Back office: removes a sales contact (an unknown one is "contact.introuvable"). */
public interface RetirerContact {

    void retirer(Commande commande);

    record Commande(Acteur acteur, ContactId id, AdresseIp ip) {
    }
}
