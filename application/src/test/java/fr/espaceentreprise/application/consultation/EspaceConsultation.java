package fr.espaceentreprise.application.consultation;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.accueil.ConsulterAccueil;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.compte.EntreprisesEnMemoire;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.GenerateurFactice;
import fr.espaceentreprise.application.compte.HorlogeReglable;
import fr.espaceentreprise.application.compte.MandatairesEnMemoire;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratsEnMemoire;
import fr.espaceentreprise.application.cotisation.AppelsEnMemoire;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.LectureCotisationsEnMemoire;
import fr.espaceentreprise.application.demande.DemandesEnMemoire;
import fr.espaceentreprise.application.demande.LectureDemandesEnMemoire;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.entreprise.LectureEntreprisesEnMemoire;
import fr.espaceentreprise.application.mandataire.MandatsEnMemoire;
import fr.espaceentreprise.application.salarie.AttestationsEnMemoire;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.DelivrerAttestation;
import fr.espaceentreprise.application.salarie.LectureSalariesEnMemoire;
import fr.espaceentreprise.application.salarie.SalariesEnMemoire;
import fr.espaceentreprise.application.salarie.VerifierAttestation;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.mandataire.UnMandat;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.UnSalarie;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consultation capability (entreprises, salariés and attestations, contrats, cotisations, home page) of the
 * world's {@link EspaceEntreprise}, on fakes that compute their lists with the domain's rules, and helpers to seed a
 * world and to act in it.
 * One per test:
 *
 * <pre>
 * EspaceConsultation espace = new EspaceConsultation();
 * Entreprise entreprise = espace.entreprise("Durand SA");
 * Contrat contrat = espace.contrat(entreprise);
 * Salarie salarie = espace.salarie(UnSalarie.nomme("Wróbel").prenomme("Łukasz").affilieA(contrat));
 * espace.appel(UnAppelDeCotisation.sur(contrat.id()).echeance(EspaceConsultation.AUJOURDHUI.plusDays(10)));
 * Mandataire courtier = espace.mandataire("Courtage Expat");
 * espace.mandat(courtier, contrat);
 * Page&lt;SalarieResume, CurseurSalaries&gt; page = espace.consulterSalaries().lister(new ConsulterSalaries.Requete(
 *         espace.acteurMandataire(courtier), entreprise.id(), FiltreSalaries.AUCUN, Optional.empty(), 20));
 * </pre>
 *
 * It lives in the world of an {@link EspaceComptes} ({@link #comptes}): same {@link PortsEnMemoire}, same
 * {@link EspaceEntreprise}, so its accounts are identified with their real périmètre over the contrats and mandats
 * seeded here: a test logs in with {@link #compteEntreprise} / {@link #compteMandataire} and sees what the fixture
 * holds.
 */
public final class EspaceConsultation {

    public static final Instant T0 = EspaceComptes.T0;
    /** The day of {@link #T0} on the fixture's clock (UTC). */
    public static final LocalDate AUJOURDHUI = LocalDate.ofInstant(T0, ZoneOffset.UTC);

    public final EspaceComptes comptes;
    public final HorlogeReglable horloge;
    public final TransactionsEnMemoire transactions;
    public final EntreprisesEnMemoire entreprises;
    public final MandatairesEnMemoire mandataires;
    public final GenerateurFactice generateur;
    public final ContratsEnMemoire contrats;
    public final SalariesEnMemoire salaries;
    public final AppelsEnMemoire appels;
    public final MandatsEnMemoire mandats;
    public final DemandesEnMemoire demandes;
    public final AttestationsEnMemoire attestations;
    public final LectureEntreprisesEnMemoire lectureEntreprises;
    public final LectureSalariesEnMemoire lectureSalaries;
    public final LectureCotisationsEnMemoire lectureCotisations;
    public final LectureDemandesEnMemoire lectureDemandes;

    public EspaceConsultation() {
        this(new EspaceComptes());
    }

    public EspaceConsultation(EspaceComptes comptes) {
        PortsEnMemoire ports = comptes.ports();
        this.comptes = comptes;
        this.horloge = ports.horloge;
        this.transactions = ports.transactions;
        this.entreprises = ports.entreprises;
        this.mandataires = ports.mandataires;
        this.generateur = ports.generateur;
        this.contrats = ports.contrats;
        this.salaries = ports.salaries;
        this.appels = ports.appels;
        this.mandats = ports.mandats;
        this.demandes = ports.demandes;
        this.attestations = ports.attestations;
        this.lectureEntreprises = ports.lectureEntreprises;
        this.lectureSalaries = ports.lectureSalaries;
        this.lectureCotisations = ports.lectureCotisations;
        this.lectureDemandes = ports.lectureDemandes;
    }

    public PortsEnMemoire ports() {
        return comptes.ports();
    }

    public EspaceEntreprise espace() {
        return comptes.espace();
    }

    // --- use cases

    public ConsulterEntreprises consulterEntreprises() {
        return espace().consultation().entreprises();
    }

    public ConsulterSalaries consulterSalaries() {
        return espace().consultation().salaries();
    }

    public DelivrerAttestation delivrerAttestation() {
        return espace().consultation().attestations();
    }

    public VerifierAttestation verifierAttestation() {
        return espace().consultation().verificationAttestations();
    }

    public ConsulterContrats consulterContrats() {
        return espace().consultation().contrats();
    }

    public ConsulterCotisations consulterCotisations() {
        return espace().consultation().cotisations();
    }

    public ConsulterAccueil consulterAccueil() {
        return espace().consultation().accueil();
    }

    // --- the world

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    public Entreprise entreprise(UneEntreprise entreprise) {
        return entreprises.ajouter(entreprise.build());
    }

    public Entreprise entreprise(String raisonSociale) {
        return entreprise(UneEntreprise.nommee(raisonSociale));
    }

    public Contrat contrat(UnContrat contrat) {
        return contrats.ajouter(contrat.build());
    }

    /** A contrat of the entreprise, in force since {@link UnContrat#EFFET}. */
    public Contrat contrat(Entreprise entreprise) {
        return contrat(UnContrat.de(entreprise.id()));
    }

    /** The salarié as stored; affiliations come from the builder ({@code affilieA}, {@code radieDe}). */
    public Salarie salarie(UnSalarie salarie) {
        return salaries.ajouter(salarie.build());
    }

    /** A salarié affiliated to each contrat from its date d'effet. */
    public Salarie salarie(String nom, String prenom, Contrat... affilieA) {
        UnSalarie salarie = UnSalarie.nomme(nom).prenomme(prenom);
        for (Contrat contrat : affilieA) {
            salarie.affilieA(contrat);
        }
        return salarie(salarie);
    }

    /** The appel as stored; paiements come from the builder ({@code payeLe}, {@code soldeLe}). */
    public AppelDeCotisation appel(UnAppelDeCotisation appel) {
        return appels.ajouter(appel.build());
    }

    public Mandataire mandataire(UnMandataire mandataire) {
        return mandataires.ajouter(mandataire.build());
    }

    public Mandataire mandataire(String raisonSociale) {
        return mandataire(UnMandataire.nomme(raisonSociale));
    }

    public Mandat mandat(UnMandat mandat) {
        return mandats.ajouter(mandat.build());
    }

    /** A mandat of the mandataire on these contrats (of one entreprise), in force since {@link UnMandat#DEBUT}. */
    public Mandat mandat(Mandataire mandataire, Contrat... contrats) {
        return mandat(UnMandat.de(mandataire.id()).sur(contrats));
    }

    public Demande demande(UneDemande demande) {
        return demandes.ajouter(demande.build());
    }

    /** A demande of the entreprise that the back office sent back for more information. */
    public Demande demandeEnAttenteDeRetour(Entreprise entreprise, Instant soumiseLe) {
        return demande(UneDemande.autre().pour(entreprise.id()).soumiseLe(soumiseLe).enAttenteDeRetour());
    }

    // --- who acts

    /** A user of the entreprise: it sees the entreprise and every contrat it holds now. */
    public Acteur acteurEntreprise(EntrepriseId entrepriseId) {
        return new Acteur(UtilisateurId.nouveau(), Profil.ENTREPRISE,
                Perimetre.entreprise(entrepriseId, contrats.trouverParEntreprise(entrepriseId)), Langue.FR);
    }

    public Acteur acteurEntreprise(Entreprise entreprise) {
        return acteurEntreprise(entreprise.id());
    }

    /** A user of the mandataire: it sees the contrats under his mandats today, as the real identification does. */
    public Acteur acteurMandataire(MandataireId mandataireId) {
        var sesMandats = mandats.trouverParMandataire(mandataireId);
        Set<ContratId> sousMandat = sesMandats.stream()
                .flatMap(mandat -> mandat.contrats().stream())
                .collect(Collectors.toSet());
        return new Acteur(UtilisateurId.nouveau(), Profil.MANDATAIRE,
                Perimetre.mandataire(sesMandats, contrats.trouverTous(sousMandat), aujourdhui()), Langue.FR);
    }

    public Acteur acteurMandataire(Mandataire mandataire) {
        return acteurMandataire(mandataire.id());
    }

    public Acteur acteurGestionnaire() {
        return new Acteur(UtilisateurId.nouveau(), Profil.GESTIONNAIRE, Perimetre.complet(), Langue.FR);
    }

    // --- accounts, for tests that log in through EspaceComptes

    /**
     * An account of the entreprise, with the entreprise's numéro d'adhérent, that logs in with
     * {@link EspaceComptes#MOT_DE_PASSE} and nothing pending.
     */
    public Utilisateur compteEntreprise(Entreprise entreprise) {
        return comptes.compteActif(UnUtilisateur.entreprise(entreprise.id())
                .numeroAdherent(entreprise.numeroAdherent().valeur()));
    }

    /** An account of the mandataire, with the mandataire's numéro d'adhérent. */
    public Utilisateur compteMandataire(Mandataire mandataire) {
        return comptes.compteActif(UnUtilisateur.mandataire(mandataire.id())
                .numeroAdherent(mandataire.numeroAdherent().valeur()));
    }
}
