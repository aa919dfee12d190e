package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.Clock;

/**
 * What the back-office edits of contents share: only a gestionnaire may make them (anyone else is told nothing
 * is there), and each writes an audit line {@code CONTENU_MODIFIE} naming what changed, in its transaction.
 */
final class BackOffice {

    static final String CONTACT_INTROUVABLE = "contact.introuvable";
    static final String QUESTION_INTROUVABLE = "faq.introuvable";

    private final JournalAudit journal;
    private final Clock horloge;

    BackOffice(JournalAudit journal, Clock horloge) {
        this.journal = journal;
        this.horloge = horloge;
    }

    static void exigerGestionnaire(Acteur acteur) {
        if (!acteur.estGestionnaire()) {
            throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
        }
    }

    /** @param detail {@code zone=EUROPE}, {@code contact=<uuid> action=ajout}… */
    void auditer(Acteur acteur, AdresseIp ip, String detail) {
        journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.CONTENU_MODIFIE, horloge.instant(),
                acteur.utilisateurId(), null, ip, detail));
    }
}
