package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.Aide;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.RubriqueAide;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;

import java.util.Arrays;
import java.util.List;

/**
 * The informations capability (emergency numbers, contacts, FAQ, help and their back office) on in-memory fakes,
 * over an {@link EspaceConsultation} (same clock, transactions, salariés, accounts and audit journal). Seeded with
 * a number per zone (Europe: {@link #ASSISTANCE_EUROPE}), the management centre, one contact, two FAQ entries and
 * the help of every rubrique.
 */
public final class EspaceContenus {

    public static final Telephone ASSISTANCE_EUROPE = new Telephone("+33 1 55 92 40 00");
    public static final Telephone CENTRE_DE_GESTION = new Telephone("+33 2 41 00 00 00");
    public static final CentreRelationsClients CRC = new CentreRelationsClients(new Telephone("09 69 39 00 00"),
            new Email("relations.clients@espace-entreprise.example"));

    public final EspaceConsultation consultation;
    public final NumerosUrgenceEnMemoire numeros;
    public final ContactsEnMemoire contacts;
    public final FaqEnMemoire faq;
    public final PaysDesSalariesEnMemoire paysDesSalaries;
    public final Contact contactAfrique;
    public final QuestionFaq questionAttestation;
    public final QuestionFaq questionMotDePasse;

    public EspaceContenus() {
        this(new EspaceConsultation());
    }

    public EspaceContenus(EspaceConsultation consultation) {
        this.consultation = consultation;
        this.numeros = new NumerosUrgenceEnMemoire(consultation.transactions);
        this.contacts = new ContactsEnMemoire(consultation.transactions);
        this.faq = new FaqEnMemoire(consultation.transactions);
        this.paysDesSalaries = new PaysDesSalariesEnMemoire(consultation.salaries);
        this.contactAfrique = new Contact(ContactId.nouveau(), "Awa Diallo",
                new TexteBilingue("Chargée d'affaires", "Account manager"), new Telephone("+33 1 40 00 00 01"),
                new Email("awa.diallo@espace-entreprise.example"),
                new TexteBilingue("Afrique et Moyen-Orient", "Africa and the Middle East"), 1);
        this.questionAttestation = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.SALARIES, 1,
                new TexteBilingue("Comment obtenir l'attestation d'un salarié ?",
                        "How do I get an employee's certificate?"),
                new TexteBilingue("Ouvrez la rubrique Salariés puis téléchargez le PDF.",
                        "Open the Employees section and download the PDF."));
        this.questionMotDePasse = new QuestionFaq(QuestionFaqId.nouveau(), ThemeFaq.COMPTE, 1,
                new TexteBilingue("J'ai oublié mon mot de passe", "I forgot my password"),
                new TexteBilingue("Demandez-en un provisoire depuis la page de connexion.",
                        "Ask for a temporary one from the login page."));
        consultation.transactions.enTransaction(() -> {
            for (ZoneUrgence zone : ZoneUrgence.values()) {
                Telephone numero = zone == ZoneUrgence.EUROPE ? ASSISTANCE_EUROPE
                        : new Telephone("+33 1 55 92 41 0" + zone.ordinal());
                numeros.enregistrer(new NumeroZone(zone, numero, new TexteBilingue("24 h/24, 7 j/7", "24/7")));
            }
            numeros.enregistrer(new CentreDeGestion(CENTRE_DE_GESTION,
                    new TexteBilingue("Du lundi au vendredi", "Monday to Friday")));
            contacts.enregistrer(contactAfrique);
            faq.enregistrer(questionAttestation);
            faq.enregistrer(questionMotDePasse);
        });
    }

    // --- use cases

    public ConsulterUrgence consulterUrgence() {
        return new ConsulterUrgenceService(numeros, paysDesSalaries, consultation.transactions);
    }

    public ConsulterContacts consulterContacts() {
        return new ConsulterContactsService(contacts, CRC, consultation.transactions, consultation.horloge);
    }

    public ConsulterFaq consulterFaq() {
        return new ConsulterFaqService(faq, consultation.transactions);
    }

    public ConsulterAide consulterAide() {
        List<Aide> aides = Arrays.stream(RubriqueAide.values())
                .map(rubrique -> new Aide(rubrique, new TexteBilingue("Aide de la rubrique " + rubrique.ancre(),
                        "Help of the section " + rubrique.ancre())))
                .toList();
        return new ConsulterAideService(() -> aides, consultation.transactions);
    }

    public ModifierNumeroZone modifierNumeroZone() {
        return new ModifierNumeroZoneService(numeros, comptes().journal, consultation.transactions,
                consultation.horloge);
    }

    public ModifierCentreDeGestion modifierCentreDeGestion() {
        return new ModifierCentreDeGestionService(numeros, comptes().journal, consultation.transactions,
                consultation.horloge);
    }

    public EnregistrerContact enregistrerContact() {
        return new EnregistrerContactService(contacts, comptes().journal, consultation.transactions,
                consultation.horloge);
    }

    public RetirerContact retirerContact() {
        return new RetirerContactService(contacts, comptes().journal, consultation.transactions,
                consultation.horloge);
    }

    public EnregistrerQuestionFaq enregistrerQuestionFaq() {
        return new EnregistrerQuestionFaqService(faq, comptes().journal, consultation.transactions,
                consultation.horloge);
    }

    public RetirerQuestionFaq retirerQuestionFaq() {
        return new RetirerQuestionFaqService(faq, comptes().journal, consultation.transactions,
                consultation.horloge);
    }

    private EspaceComptes comptes() {
        return consultation.comptes;
    }
}
