package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.compte.ConsulterComptes;
import fr.espaceentreprise.application.compte.ConsulterComptesService;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.FermetureCompte;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.application.compte.LectureComptes;
import fr.espaceentreprise.application.compte.ReactiverCompte;
import fr.espaceentreprise.application.compte.ReactiverCompteService;
import fr.espaceentreprise.application.compte.SupprimerCompte;
import fr.espaceentreprise.application.compte.SupprimerCompteService;
import fr.espaceentreprise.application.compte.SuspendreCompte;
import fr.espaceentreprise.application.compte.SuspendreCompteService;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.DeciderDemandeService;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The back office's acts on accounts and the personal data, on the in-memory fakes of {@link EspaceDemandes}
 * (which it extends with the ports of its own). One per test.
 */
public final class EspaceDonnees {

    public final EspaceDemandes demandes;
    public final EspaceComptes comptes;
    public final EnMemoire.Decisions decisions;
    public final EnMemoire.Consentements consentements;
    public final EnMemoire.Effacement effacement;
    public final FermetureCompte fermeture;

    public EspaceDonnees() {
        this(new EspaceDemandes());
    }

    public EspaceDonnees(EspaceDemandes demandes) {
        this.demandes = demandes;
        this.comptes = demandes.comptes;
        this.decisions = new EnMemoire.Decisions(comptes.transactions);
        this.consentements = new EnMemoire.Consentements(comptes.transactions);
        this.effacement = new EnMemoire.Effacement(comptes.identifiants, consentements);
        this.fermeture = new FermetureCompte(comptes.utilisateurs, comptes.sessions, effacement, decisions,
                comptes.notifications, comptes.journal);
    }

    public SuspendreCompte suspendreCompte() {
        return new SuspendreCompteService(comptes.utilisateurs, fermeture, comptes.transactions, comptes.horloge);
    }

    public ReactiverCompte reactiverCompte() {
        return new ReactiverCompteService(comptes.utilisateurs, fermeture, comptes.transactions, comptes.horloge);
    }

    public SupprimerCompte supprimerCompte() {
        return new SupprimerCompteService(comptes.utilisateurs, fermeture, comptes.transactions, comptes.horloge);
    }

    public ConsulterComptes consulterComptes() {
        return new ConsulterComptesService(lectureComptes(), decisions, comptes.transactions);
    }

    public DonneesPersonnellesService donneesPersonnelles() {
        return new DonneesPersonnellesService(comptes.utilisateurs, comptes.entreprises, comptes.mandataires,
                consentements, lectureDonnees(), demandes.consultation.demandes, comptes.journal,
                comptes.transactions, comptes.horloge);
    }

    public ChangerConsentementProspection changerConsentement() {
        return new ChangerConsentementProspectionService(comptes.utilisateurs, consentements, comptes.journal,
                comptes.transactions, comptes.horloge);
    }

    /** Deciding demandes with the accounts' acts wired in: a validated SUPPRESSION_ACCES is applied. */
    public DeciderDemande deciderDemande() {
        var consultation = demandes.consultation;
        return new DeciderDemandeService(consultation.entreprises, consultation.contrats, consultation.salaries,
                consultation.demandes, comptes.utilisateurs, comptes.notifications, comptes.journal,
                consultation.transactions, consultation.horloge, Optional.of(fermeture));
    }

    /** Every account, deleted ones included, by numéro; rattachement and last login as the real query reads them. */
    public LectureComptes lectureComptes() {
        return numero -> comptes.utilisateurs.tous().stream()
                .filter(utilisateur -> utilisateur.numeroAdherent().equals(numero))
                .map(utilisateur -> new FicheCompte(utilisateur.id(), utilisateur.numeroAdherent(),
                        utilisateur.profil(), utilisateur.nom(), utilisateur.prenom(), utilisateur.email(),
                        utilisateur.langue(), utilisateur.statut(),
                        utilisateur.entrepriseId().flatMap(comptes.entreprises::trouver).map(e -> e.raisonSociale())
                                .or(() -> utilisateur.mandataireId().flatMap(comptes.mandataires::trouver)
                                        .map(m -> m.raisonSociale())),
                        comptes.identifiants.trouverParUtilisateur(utilisateur.id())
                                .flatMap(Identifiants::derniereConnexion), List.of()))
                .toList();
    }

    public LectureDonneesPersonnelles lectureDonnees() {
        return new LectureDonneesPersonnelles() {
            @Override
            public List<fr.espaceentreprise.domain.compte.AcceptationCgu> acceptationsCgu(UtilisateurId id) {
                return comptes.cgu.acceptations().stream().filter(a -> a.utilisateurId().equals(id)).toList();
            }

            @Override
            public List<SessionResume> sessions(UtilisateurId id) {
                return comptes.sessions.tous().stream().filter(s -> s.utilisateurId().equals(id))
                        .map(s -> new SessionResume(s.ouverteLe(), s.derniereActivite(), s.revoqueeLe())).toList();
            }

            @Override
            public List<EvenementAudit> journal(UtilisateurId id) {
                return comptes.journal.evenements().stream()
                        .filter(e -> e.utilisateurId().equals(Optional.of(id)))
                        .sorted(Comparator.comparing(EvenementAudit::instant).reversed()).toList();
            }

            @Override
            public List<DemandeId> demandesDe(UtilisateurId id) {
                return demandes.consultation.demandes.tous().stream().filter(d -> d.auteur().equals(id))
                        .map(d -> d.id()).toList();
            }

            @Override
            public Optional<String> emailConfirme(UtilisateurId id) {
                return comptes.identifiants.trouverParUtilisateur(id).flatMap(Identifiants::emailConfirme)
                        .map(email -> email.valeur());
            }

            @Override
            public Optional<Instant> derniereConnexion(UtilisateurId id) {
                return comptes.identifiants.trouverParUtilisateur(id).flatMap(Identifiants::derniereConnexion);
            }
        };
    }
}
