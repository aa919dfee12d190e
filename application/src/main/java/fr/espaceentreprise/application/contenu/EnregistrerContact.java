package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** Back office: adds a sales contact, or changes one (an unknown one is "contact.introuvable"). */
public interface EnregistrerContact {

    void enregistrer(Commande commande);

    /** @param ajout true for a new contact (its id fresh), false to change the contact of that id */
    record Commande(Acteur acteur, Contact contact, boolean ajout, AdresseIp ip) {
    }
}
