package fr.espaceentreprise.application.contenu;

import java.util.Optional;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.contenu.QuestionFaq;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

public final class ConsulterFaqService implements ConsulterFaq {

    /** More words than this narrow nothing useful; the rest of a long paste is ignored. */
    static final int MOTS_MAX = 8;
    static final int MOT_MAX = 50;
    static final int RESULTATS_MAX = 100;

    private final FaqRepository faq;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterFaqService(FaqRepository faq, ControleAcces acces, Transactions transactions) {
        this.faq = faq;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public List<QuestionFaq> rechercher(Recherche recherche) {
        acces.exigerOuvertAuPublic(recherche.lecteur(), Optional.of(Rubrique.FAQ));
        List<String> mots = mots(recherche.texte());
        Langue langue = Objects.requireNonNullElse(recherche.langue(), Langue.FR);
        return transactions.enTransaction(() -> mots.isEmpty() ? faq.lister()
                : faq.rechercher(mots, langue, RESULTATS_MAX));
    }

    /** Words of letters or digits (an apostrophe or a dash splits them), lower-cased, each at most 50 characters. */
    static List<String> mots(String texte) {
        if (texte == null) {
            return List.of();
        }
        return Arrays.stream(texte.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(mot -> !mot.isEmpty())
                .map(mot -> mot.length() > MOT_MAX ? mot.substring(0, MOT_MAX) : mot)
                .distinct()
                .limit(MOTS_MAX)
                .toList();
    }
}
