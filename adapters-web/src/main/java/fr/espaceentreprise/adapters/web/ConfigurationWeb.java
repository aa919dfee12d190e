package fr.espaceentreprise.adapters.web;

import fr.espaceentreprise.application.compte.AccepterCgu;
import fr.espaceentreprise.application.compte.AuthentifierSession;
import fr.espaceentreprise.application.compte.ChangerLangue;
import fr.espaceentreprise.application.compte.ChangerMotDePasse;
import fr.espaceentreprise.application.compte.ConfirmerEmail;
import fr.espaceentreprise.application.compte.ConsulterCgu;
import fr.espaceentreprise.application.compte.ConsulterComptes;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.ConsulterJournal;
import fr.espaceentreprise.application.compte.ConsulterMonCompte;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.DemanderCodeEmail;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.application.compte.IdentifiantOublie;
import fr.espaceentreprise.application.compte.MotDePasseOublie;
import fr.espaceentreprise.application.compte.ReactiverCompte;
import fr.espaceentreprise.application.compte.RejeterInscription;
import fr.espaceentreprise.application.compte.SeConnecter;
import fr.espaceentreprise.application.compte.SeDeconnecter;
import fr.espaceentreprise.application.compte.SupprimerCompte;
import fr.espaceentreprise.application.compte.SuspendreCompte;
import fr.espaceentreprise.application.compte.ValiderInscription;
import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import fr.espaceentreprise.application.contenu.ConsulterAide;
import fr.espaceentreprise.application.contenu.ConsulterContacts;
import fr.espaceentreprise.application.contenu.ConsulterDocuments;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.ConsulterUrgence;
import fr.espaceentreprise.application.contenu.EnregistrerContact;
import fr.espaceentreprise.application.contenu.EnregistrerQuestionFaq;
import fr.espaceentreprise.application.contenu.GererDocuments;
import fr.espaceentreprise.application.contenu.ModifierCentreDeGestion;
import fr.espaceentreprise.application.contenu.ModifierNumeroZone;
import fr.espaceentreprise.application.contenu.RetirerContact;
import fr.espaceentreprise.application.contenu.RetirerQuestionFaq;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.ConsulterFileDemandes;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.RepondreDemande;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspection;
import fr.espaceentreprise.application.donnees.ConsulterDonneesPersonnelles;
import fr.espaceentreprise.application.donnees.ExporterDonneesPersonnelles;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.compte.PublierCgu;
import fr.espaceentreprise.application.exploitation.ConsulterMaintenance;
import fr.espaceentreprise.application.exploitation.ConsulterSante;
import fr.espaceentreprise.application.exploitation.ModifierMaintenance;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.DelivrerAttestation;
import fr.espaceentreprise.application.salarie.VerifierAttestation;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the web adapter needs from bootstrap: the public base URL (https turns on Secure cookies, the
 * {@code __Host-} prefix and HSTS; attestations print it in their verification address) and the use cases its
 * handlers call. Without {@link Comptes} the portal serves only its public pages, health and API documentation
 * (no login page); without {@link Consultation}, no rubrique of the read side (interlocuteur, salariés, contrats,
 * cotisations, verification of attestations); without {@link Demandes}, no tracking of demandes nor their back
 * office; without {@link Exploitation}, no publishing of the CGU nor maintenance; without {@link Informations},
 * no rubriques Service d'urgence, Contact, FAQ nor Aide; without {@link Documents}, no rubrique Téléchargement nor
 * its back office; without {@link Donnees}, no personal data page nor the back office's acts on accounts.
 */
public record ConfigurationWeb(URI baseUrl, ConsulterSante consulterSante, Optional<Comptes> comptes,
        Optional<Consultation> consultation, Optional<Demandes> demandes, Optional<Exploitation> exploitation,
        Optional<Informations> informations, Optional<Documents> documents, Optional<Donnees> donnees) {

    public ConfigurationWeb {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(consulterSante, "consulterSante");
        Objects.requireNonNull(comptes, "comptes");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(demandes, "demandes");
        Objects.requireNonNull(exploitation, "exploitation");
        Objects.requireNonNull(informations, "informations");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(donnees, "donnees");
    }

    /** Health only; each capability is added by its {@code avecXxx}. */
    public ConfigurationWeb(URI baseUrl, ConsulterSante consulterSante) {
        this(baseUrl, consulterSante, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ConfigurationWeb avecComptes(Comptes casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, Optional.of(casDUsage), consultation, demandes,
                exploitation, informations, documents, donnees);
    }

    /** The rubriques need a logged-in user: they are served only when {@link Comptes} are configured too. */
    public ConfigurationWeb avecConsultation(Consultation casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, comptes, Optional.of(casDUsage), demandes,
                exploitation, informations, documents, donnees);
    }

    /** Like the rubriques, the demandes are served only when {@link Comptes} are configured too. */
    public ConfigurationWeb avecDemandes(Demandes casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, comptes, consultation, Optional.of(casDUsage),
                exploitation, informations, documents, donnees);
    }

    /** Like the rubriques, the informations are served only when {@link Comptes} are configured too. */
    public ConfigurationWeb avecInformations(Informations casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, comptes, consultation, demandes, exploitation,
                Optional.of(casDUsage), documents, donnees);
    }

    /**
     * Publishing the CGU and the maintenance switch; their back office is served only when {@link Comptes} are
     * configured too, the maintenance itself always.
     */
    public ConfigurationWeb avecExploitation(Exploitation casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, comptes, consultation, demandes,
                Optional.of(casDUsage), informations, documents, donnees);
    }

    /** The rubrique Téléchargement and its back office, served only when {@link Comptes} are configured too. */
    public ConfigurationWeb avecDocuments(Documents casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, comptes, consultation, demandes, exploitation,
                informations, Optional.of(casDUsage), donnees);
    }

    /**
     * The back office's acts on accounts and the users' personal data; served only with {@link Comptes}. The
     * requests for rectification or for closing one's access are demandes: their forms need {@link Demandes}.
     */
    public ConfigurationWeb avecDonnees(Donnees casDUsage) {
        return new ConfigurationWeb(baseUrl, consulterSante, comptes, consultation, demandes, exploitation,
                informations, documents, Optional.of(casDUsage));
    }

    public boolean https() {
        return "https".equals(Objects.requireNonNullElse(baseUrl.getScheme(), "").toLowerCase(Locale.ROOT));
    }

    /** The accounts use cases: sign-up and its back office, login and sessions, first login, recovery, journal. */
    public record Comptes(
            SeConnecter seConnecter,
            AuthentifierSession authentifierSession,
            SeDeconnecter seDeconnecter,
            DemanderInscription demanderInscription,
            ConsulterInscriptions consulterInscriptions,
            ValiderInscription validerInscription,
            RejeterInscription rejeterInscription,
            DefinirMotDePasse definirMotDePasse,
            ChangerMotDePasse changerMotDePasse,
            DemanderCodeEmail demanderCodeEmail,
            ConfirmerEmail confirmerEmail,
            ConsulterCgu consulterCgu,
            AccepterCgu accepterCgu,
            MotDePasseOublie motDePasseOublie,
            IdentifiantOublie identifiantOublie,
            ChangerLangue changerLangue,
            ConsulterJournal consulterJournal,
            ConsulterMonCompte consulterMonCompte) {

        public Comptes {
            Objects.requireNonNull(seConnecter, "seConnecter");
            Objects.requireNonNull(authentifierSession, "authentifierSession");
            Objects.requireNonNull(seDeconnecter, "seDeconnecter");
            Objects.requireNonNull(demanderInscription, "demanderInscription");
            Objects.requireNonNull(consulterInscriptions, "consulterInscriptions");
            Objects.requireNonNull(validerInscription, "validerInscription");
            Objects.requireNonNull(rejeterInscription, "rejeterInscription");
            Objects.requireNonNull(definirMotDePasse, "definirMotDePasse");
            Objects.requireNonNull(changerMotDePasse, "changerMotDePasse");
            Objects.requireNonNull(demanderCodeEmail, "demanderCodeEmail");
            Objects.requireNonNull(confirmerEmail, "confirmerEmail");
            Objects.requireNonNull(consulterCgu, "consulterCgu");
            Objects.requireNonNull(accepterCgu, "accepterCgu");
            Objects.requireNonNull(motDePasseOublie, "motDePasseOublie");
            Objects.requireNonNull(identifiantOublie, "identifiantOublie");
            Objects.requireNonNull(changerLangue, "changerLangue");
            Objects.requireNonNull(consulterJournal, "consulterJournal");
            Objects.requireNonNull(consulterMonCompte, "consulterMonCompte");
        }
    }

    /**
     * The read side (issue 4): home page lists, interlocuteur, salariés and their attestations, contrats,
     * cotisations, and the public check of an attestation.
     *
     * @param horloge the day pages print (export file names, "today" on a PDF); the use cases have their own,
     *                the same in production (Europe/Paris)
     */
    public record Consultation(
            ConsulterAccueil consulterAccueil,
            ConsulterEntreprises consulterEntreprises,
            ConsulterSalaries consulterSalaries,
            DelivrerAttestation delivrerAttestation,
            VerifierAttestation verifierAttestation,
            ConsulterContrats consulterContrats,
            ConsulterCotisations consulterCotisations,
            Clock horloge) {

        public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

        public Consultation {
            Objects.requireNonNull(consulterAccueil, "consulterAccueil");
            Objects.requireNonNull(consulterEntreprises, "consulterEntreprises");
            Objects.requireNonNull(consulterSalaries, "consulterSalaries");
            Objects.requireNonNull(delivrerAttestation, "delivrerAttestation");
            Objects.requireNonNull(verifierAttestation, "verifierAttestation");
            Objects.requireNonNull(consulterContrats, "consulterContrats");
            Objects.requireNonNull(consulterCotisations, "consulterCotisations");
            Objects.requireNonNull(horloge, "horloge");
        }

        /** On the system clock at Paris time. */
        public Consultation(ConsulterAccueil consulterAccueil, ConsulterEntreprises consulterEntreprises,
                ConsulterSalaries consulterSalaries, DelivrerAttestation delivrerAttestation,
                VerifierAttestation verifierAttestation, ConsulterContrats consulterContrats,
                ConsulterCotisations consulterCotisations) {
            this(consulterAccueil, consulterEntreprises, consulterSalaries, delivrerAttestation,
                    verifierAttestation, consulterContrats, consulterCotisations, Clock.system(FUSEAU));
        }
    }

    /** The demandes (issue 5): submission, tracking and the user's reply; the back office's queue and decision. */
    public record Demandes(
            SoumettreDemande soumettreDemande,
            ConsulterDemandes consulterDemandes,
            RepondreDemande repondreDemande,
            ConsulterFileDemandes consulterFileDemandes,
            DeciderDemande deciderDemande) {

        public Demandes {
            Objects.requireNonNull(soumettreDemande, "soumettreDemande");
            Objects.requireNonNull(consulterDemandes, "consulterDemandes");
            Objects.requireNonNull(repondreDemande, "repondreDemande");
            Objects.requireNonNull(consulterFileDemandes, "consulterFileDemandes");
            Objects.requireNonNull(deciderDemande, "deciderDemande");
        }
    }

    /** Operations (issue 6): publishing a new version of the CGU, reading and setting the maintenance. */
    public record Exploitation(
            PublierCgu publierCgu,
            ConsulterMaintenance consulterMaintenance,
            ModifierMaintenance modifierMaintenance) {

        public Exploitation {
            Objects.requireNonNull(publierCgu, "publierCgu");
            Objects.requireNonNull(consulterMaintenance, "consulterMaintenance");
            Objects.requireNonNull(modifierMaintenance, "modifierMaintenance");
        }
    }

    /**
     * The rubriques Service d'urgence, Informations de sécurité, Contact, FAQ and Aide (issue 6), and the back
     * office of their contents.
     *
     * @param alertesSecurite the external travel-security alerts site the rubrique Informations de sécurité opens
     */
    public record Informations(
            ConsulterUrgence consulterUrgence,
            ConsulterContacts consulterContacts,
            ConsulterFaq consulterFaq,
            ConsulterAide consulterAide,
            ModifierNumeroZone modifierNumeroZone,
            ModifierCentreDeGestion modifierCentreDeGestion,
            EnregistrerContact enregistrerContact,
            RetirerContact retirerContact,
            EnregistrerQuestionFaq enregistrerQuestionFaq,
            RetirerQuestionFaq retirerQuestionFaq,
            URI alertesSecurite) {

        public static final URI ALERTES_SECURITE_PAR_DEFAUT =
                URI.create("https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/");

        public Informations {
            Objects.requireNonNull(consulterUrgence, "consulterUrgence");
            Objects.requireNonNull(consulterContacts, "consulterContacts");
            Objects.requireNonNull(consulterFaq, "consulterFaq");
            Objects.requireNonNull(consulterAide, "consulterAide");
            Objects.requireNonNull(modifierNumeroZone, "modifierNumeroZone");
            Objects.requireNonNull(modifierCentreDeGestion, "modifierCentreDeGestion");
            Objects.requireNonNull(enregistrerContact, "enregistrerContact");
            Objects.requireNonNull(retirerContact, "retirerContact");
            Objects.requireNonNull(enregistrerQuestionFaq, "enregistrerQuestionFaq");
            Objects.requireNonNull(retirerQuestionFaq, "retirerQuestionFaq");
            Objects.requireNonNull(alertesSecurite, "alertesSecurite");
        }
    }

    /** The rubrique Téléchargement (issue 6): every user's list and downloads; the back office's uploads. */
    public record Documents(ConsulterDocuments consulterDocuments, GererDocuments gererDocuments) {

        public Documents {
            Objects.requireNonNull(consulterDocuments, "consulterDocuments");
            Objects.requireNonNull(gererDocuments, "gererDocuments");
        }
    }

    /** Accounts suspended, reactivated, deleted by the back office (issue 6); personal data and consent. */
    public record Donnees(
            ConsulterComptes consulterComptes,
            SuspendreCompte suspendreCompte,
            ReactiverCompte reactiverCompte,
            SupprimerCompte supprimerCompte,
            ConsulterDonneesPersonnelles consulterDonneesPersonnelles,
            ExporterDonneesPersonnelles exporterDonneesPersonnelles,
            ChangerConsentementProspection changerConsentementProspection) {

        public Donnees {
            Objects.requireNonNull(consulterComptes, "consulterComptes");
            Objects.requireNonNull(suspendreCompte, "suspendreCompte");
            Objects.requireNonNull(reactiverCompte, "reactiverCompte");
            Objects.requireNonNull(supprimerCompte, "supprimerCompte");
            Objects.requireNonNull(consulterDonneesPersonnelles, "consulterDonneesPersonnelles");
            Objects.requireNonNull(exporterDonneesPersonnelles, "exporterDonneesPersonnelles");
            Objects.requireNonNull(changerConsentementProspection, "changerConsentementProspection");
        }
    }
}
