package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The back office's edits of the informations rubriques: sales contacts, FAQ entries, emergency numbers. Each
 * checks the gestionnaire first, then changes one row and writes its audit line {@code CONTENU_MODIFIE} in the
 * same transaction.
 */
public final class GestionContenusService implements GererContacts, GererFaq, GererNumerosUrgence {

    static final String CONTACT_INTROUVABLE = "contact.introuvable";
    static final String QUESTION_INTROUVABLE = "faq.introuvable";

    private final ContactRepository contacts;
    private final FaqRepository faq;
    private final NumerosUrgenceRepository numeros;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public GestionContenusService(ContactRepository contacts, FaqRepository faq, NumerosUrgenceRepository numeros,
                                  JournalAudit journal, ControleAcces acces, Transactions transactions,
                                  Clock horloge) {
        this.contacts = contacts;
        this.faq = faq;
        this.numeros = numeros;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void enregistrer(GererContacts.Enregistrement enregistrement) {
        modifier(enregistrement.acteur(), enregistrement.ip(), () -> {
            boolean existe = contacts.trouver(enregistrement.contact().id()).isPresent();
            if (existe == enregistrement.ajout()) {
                throw new IntrouvableException(CONTACT_INTROUVABLE);
            }
            contacts.enregistrer(enregistrement.contact());
            return "contact=" + enregistrement.contact().id() + action(enregistrement.ajout());
        });
    }

    @Override
    public void retirer(GererContacts.Retrait retrait) {
        modifier(retrait.acteur(), retrait.ip(), () -> {
            if (!contacts.supprimer(retrait.id())) {
                throw new IntrouvableException(CONTACT_INTROUVABLE);
            }
            return "contact=" + retrait.id() + " action=retrait";
        });
    }

    @Override
    public void enregistrer(GererFaq.Enregistrement enregistrement) {
        modifier(enregistrement.acteur(), enregistrement.ip(), () -> {
            boolean existe = faq.trouver(enregistrement.question().id()).isPresent();
            if (existe == enregistrement.ajout()) {
                throw new IntrouvableException(QUESTION_INTROUVABLE);
            }
            faq.enregistrer(enregistrement.question());
            return "faq=" + enregistrement.question().id() + action(enregistrement.ajout());
        });
    }

    @Override
    public void retirer(GererFaq.Retrait retrait) {
        modifier(retrait.acteur(), retrait.ip(), () -> {
            if (!faq.supprimer(retrait.id())) {
                throw new IntrouvableException(QUESTION_INTROUVABLE);
            }
            return "faq=" + retrait.id() + " action=retrait";
        });
    }

    @Override
    public void modifierZone(Zone zone) {
        modifier(zone.acteur(), zone.ip(), () -> {
            numeros.enregistrer(zone.numero());
            return "zone=" + zone.numero().zone();
        });
    }

    @Override
    public void modifierCentre(Centre centre) {
        modifier(centre.acteur(), centre.ip(), () -> {
            numeros.enregistrer(centre.centre());
            return "centre_de_gestion";
        });
    }

    /** @param changement changes the row and answers the audit line's detail ({@code zone=EUROPE}…) */
    private void modifier(Acteur acteur, AdresseIp ip, Supplier<String> changement) {
        acces.exigerGestionnaire(acteur);
        transactions.enTransaction(() -> {
            String detail = changement.get();
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.CONTENU_MODIFIE, horloge.instant(),
                    acteur.utilisateurId(), null, ip, detail));
        });
    }

    private static String action(boolean ajout) {
        return " action=" + (ajout ? "ajout" : "modification");
    }
}
