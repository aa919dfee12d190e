package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * Back office: the sales contacts of the rubrique Contact. Adds one, changes one, withdraws one; an unknown one is
 * "contact.introuvable". Gestionnaires only; each change is audited {@code CONTENU_MODIFIE}.
 */
public interface GererContacts {

    void enregistrer(Enregistrement enregistrement);

    void retirer(Retrait retrait);

    /** @param ajout true for a new contact (its id fresh), false to change the contact of that id */
    record Enregistrement(Acteur acteur, Contact contact, boolean ajout, AdresseIp ip) {

        public Enregistrement {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(ip, "ip");
        }
    }

    record Retrait(Acteur acteur, ContactId id, AdresseIp ip) {

        public Retrait {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
