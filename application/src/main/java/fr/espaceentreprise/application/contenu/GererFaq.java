package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;

/**
 * Back office: the entries of the FAQ. Adds one, changes one, withdraws one; an unknown one is "faq.introuvable".
 * Gestionnaires only; each change is audited {@code CONTENU_MODIFIE}.
 */
public interface GererFaq {

    void enregistrer(Enregistrement enregistrement);

    void retirer(Retrait retrait);

    /** @param ajout true for a new entry (its id fresh), false to change the entry of that id */
    record Enregistrement(Acteur acteur, QuestionFaq question, boolean ajout, AdresseIp ip) {

        public Enregistrement {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(ip, "ip");
        }
    }

    record Retrait(Acteur acteur, QuestionFaqId id, AdresseIp ip) {

        public Retrait {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(ip, "ip");
        }
    }
}
