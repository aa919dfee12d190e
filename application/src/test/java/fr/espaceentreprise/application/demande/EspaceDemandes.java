package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The demandes capability (submit, track, answer, back-office queue and decision) of the world of an
 * {@link EspaceConsultation} (same {@link PortsEnMemoire} and {@link EspaceEntreprise}) and its {@link EspaceComptes}
 * (accounts, outbox, audit journal). One per test:
 *
 * <pre>
 * EspaceDemandes espace = new EspaceDemandes();
 * Entreprise entreprise = espace.consultation.entreprise("Durand SA");
 * Contrat contrat = espace.consultation.contrat(entreprise);
 * Acteur camille = espace.utilisateurEntreprise(entreprise);
 * DemandeId id = espace.soumettre(camille, entreprise.id(),
 *         new ChangementGarantie(contrat.id(), Garantie.SANTE_EXPAT_CFE_INTEGRAL, EspaceConsultation.AUJOURDHUI));
 * espace.decider(espace.gestionnaire(), id, StatutDemande.VALIDEE, null);
 * </pre>
 *
 * A web test logs in with the accounts made by {@link #compteEntreprise} / {@link #compteMandataire} /
 * {@link #compteGestionnaire} (password {@link EspaceComptes#MOT_DE_PASSE}).
 */
public final class EspaceDemandes {

    public static final AdresseIp IP = EspaceComptes.IP;

    public final EspaceConsultation consultation;
    public final EspaceComptes comptes;
    public final PiecesJointesEnMemoire piecesJointes;
    public final ClesIdempotenceEnMemoire cles;

    public EspaceDemandes() {
        this(new EspaceConsultation());
    }

    public EspaceDemandes(EspaceConsultation consultation) {
        this.consultation = consultation;
        this.comptes = consultation.comptes;
        this.piecesJointes = consultation.ports().piecesJointes;
        this.cles = consultation.ports().clesIdempotence;
    }

    public PortsEnMemoire ports() {
        return consultation.ports();
    }

    public EspaceEntreprise espace() {
        return consultation.espace();
    }

    // --- use cases

    public SoumettreDemande soumettreDemande() {
        return espace().demandes().soumettre();
    }

    public ConsulterDemandes consulterDemandes() {
        return espace().demandes().suivi();
    }

    public RepondreDemande repondreDemande() {
        return espace().demandes().repondre();
    }

    public ConsulterFileDemandes consulterFileDemandes() {
        return espace().gestion().fileDemandes();
    }

    public DeciderDemande deciderDemande() {
        return espace().gestion().deciderDemande();
    }

    // --- accounts and who acts

    /** An account of the entreprise (its numéro d'adhérent), that logs in with nothing pending. */
    public Utilisateur compteEntreprise(Entreprise entreprise) {
        return consultation.compteEntreprise(entreprise);
    }

    public Utilisateur compteMandataire(Mandataire mandataire) {
        return consultation.compteMandataire(mandataire);
    }

    public Utilisateur compteGestionnaire() {
        return comptes.gestionnaire();
    }

    /** The actor of a new account of the entreprise: e-mails about his demandes reach that account. */
    public Acteur utilisateurEntreprise(Entreprise entreprise) {
        return acteur(compteEntreprise(entreprise), consultation.acteurEntreprise(entreprise).perimetre());
    }

    /** The actor of a new account of the mandataire, with his périmètre of today. */
    public Acteur utilisateurMandataire(Mandataire mandataire) {
        return acteur(compteMandataire(mandataire), consultation.acteurMandataire(mandataire).perimetre());
    }

    /** The actor of the back office's account (one per fixture). */
    public Acteur gestionnaire() {
        Utilisateur compte = comptes.utilisateurs.trouverParNumeroAdherent(
                UnUtilisateur.gestionnaire().numeroAdherent("90000001").build().numeroAdherent())
                .orElseGet(this::compteGestionnaire);
        return acteur(compte, Perimetre.complet());
    }

    private static Acteur acteur(Utilisateur compte, Perimetre perimetre) {
        return new Acteur(compte.id(), compte.profil(), perimetre, compte.langue());
    }

    /** An actor without account (its e-mails go nowhere), for rules that do not depend on one. */
    public Acteur acteurEntreprise(Entreprise entreprise) {
        return consultation.acteurEntreprise(entreprise);
    }

    // --- acting

    public DemandeId soumettre(Acteur acteur, EntrepriseId entrepriseId, ContenuDemande contenu,
                               PieceJointe... piecesJointes) {
        return soumettreDemande().soumettre(new SoumettreDemande.Commande(acteur, entrepriseId, contenu,
                List.of(piecesJointes), Optional.empty(), IP)).id();
    }

    public void decider(Acteur gestionnaire, DemandeId id, StatutDemande statut, String message) {
        deciderDemande().decider(new DeciderDemande.Commande(gestionnaire, id, statut, message, IP));
    }

    public void repondre(Acteur acteur, DemandeId id, String message, PieceJointe... piecesJointes) {
        repondreDemande().repondre(new RepondreDemande.Commande(acteur, id, message, List.of(piecesJointes), IP));
    }

    /** The demande as stored. */
    public Demande demande(DemandeId id) {
        return consultation.demandes.trouver(id).orElseThrow();
    }

    // --- files

    public static final byte[] OCTETS_PDF = "%PDF-1.4\n% demande\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] OCTETS_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    public static PieceJointe pdf(String nom) {
        return PieceJointe.recevoir(PieceJointeId.nouveau(), nom, OCTETS_PDF);
    }

    public static PieceJointe png(String nom) {
        return PieceJointe.recevoir(PieceJointeId.nouveau(), nom, OCTETS_PNG);
    }
}
