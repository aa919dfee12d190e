package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** Back office: adds a FAQ entry, or changes one (an unknown one is "faq.introuvable"). */
public interface EnregistrerQuestionFaq {

    void enregistrer(Commande commande);

    /** @param ajout true for a new entry (its id fresh), false to change the entry of that id */
    record Commande(Acteur acteur, QuestionFaq question, boolean ajout, AdresseIp ip) {
    }
}
