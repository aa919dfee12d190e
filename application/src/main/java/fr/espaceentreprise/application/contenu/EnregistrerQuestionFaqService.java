package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;

import java.time.Clock;

public final class EnregistrerQuestionFaqService implements EnregistrerQuestionFaq {

    private final FaqRepository faq;
    private final BackOffice backOffice;
    private final Transactions transactions;

    public EnregistrerQuestionFaqService(FaqRepository faq, JournalAudit journal, Transactions transactions,
                                         Clock horloge) {
        this.faq = faq;
        this.backOffice = new BackOffice(journal, horloge);
        this.transactions = transactions;
    }

    @Override
    public void enregistrer(Commande commande) {
        BackOffice.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            boolean existe = faq.trouver(commande.question().id()).isPresent();
            if (existe == commande.ajout()) {
                throw new IntrouvableException(BackOffice.QUESTION_INTROUVABLE);
            }
            faq.enregistrer(commande.question());
            backOffice.auditer(commande.acteur(), commande.ip(), "faq=" + commande.question().id()
                    + " action=" + (commande.ajout() ? "ajout" : "modification"));
        });
    }
}
