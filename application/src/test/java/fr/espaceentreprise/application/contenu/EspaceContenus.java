package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.CentreRelationsClients;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.QuestionFaq;
import fr.espaceentreprise.domain.contenu.QuestionFaqId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import fr.espaceentreprise.domain.contenu.ThemeFaq;

/**
 * The informations capability (emergency numbers, contacts, FAQ, help and their back office) in the world of an
 * {@link EspaceConsultation} (same {@link PortsEnMemoire} and {@link EspaceEntreprise}). Seeded with a number per
 * zone (Europe: {@link #ASSISTANCE_EUROPE}), the management centre, one contact and two FAQ entries; the help of
 * every rubrique is {@link AideEnMemoire}'s.
 */
public final class EspaceContenus {

    public static final Telephone ASSISTANCE_EUROPE = new Telephone("+33 1 55 92 40 00");
    public static final Telephone CENTRE_DE_GESTION = new Telephone("+33 2 41 00 00 00");
    public static final CentreRelationsClients CRC = PortsEnMemoire.CRC;

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
        this.numeros = consultation.ports().numerosUrgence;
        this.contacts = consultation.ports().contacts;
        this.faq = consultation.ports().faq;
        this.paysDesSalaries = consultation.ports().paysDesSalaries;
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

    public PortsEnMemoire ports() {
        return consultation.ports();
    }

    public EspaceEntreprise espace() {
        return consultation.espace();
    }

    // --- use cases

    public ConsulterUrgence consulterUrgence() {
        return espace().contenus().urgence();
    }

    public ConsulterContacts consulterContacts() {
        return espace().contenus().contacts();
    }

    public ConsulterFaq consulterFaq() {
        return espace().contenus().faq();
    }

    public ConsulterAide consulterAide() {
        return espace().contenus().aide();
    }

    public GererNumerosUrgence gererNumerosUrgence() {
        return espace().gestion().numerosUrgence();
    }

    public GererContacts gererContacts() {
        return espace().gestion().contacts();
    }

    public GererFaq gererFaq() {
        return espace().gestion().faq();
    }
}
