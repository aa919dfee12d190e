package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;

import java.time.Clock;

public final class RetirerQuestionFaqService implements RetirerQuestionFaq {

    private final FaqRepository faq;
    private final BackOffice backOffice;
    private final Transactions transactions;

    public RetirerQuestionFaqService(FaqRepository faq, JournalAudit journal, Transactions transactions,
                                     Clock horloge) {
        this.faq = faq;
        this.backOffice = new BackOffice(journal, horloge);
        this.transactions = transactions;
    }

    @Override
    public void retirer(Commande commande) {
        BackOffice.exigerGestionnaire(commande.acteur());
        transactions.enTransaction(() -> {
            if (!faq.supprimer(commande.id())) {
                throw new IntrouvableException(BackOffice.QUESTION_INTROUVABLE);
            }
            backOffice.auditer(commande.acteur(), commande.ip(), "faq=" + commande.id() + " action=retrait");
        });
    }
}
