package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** Back office: removes a FAQ entry (an unknown one is "faq.introuvable"). */
public interface RetirerQuestionFaq {

    void retirer(Commande commande);

    record Commande(Acteur acteur, QuestionFaqId id, AdresseIp ip) {
    }
}
