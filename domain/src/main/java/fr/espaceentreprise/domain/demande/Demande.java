package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A change an Entreprise's user asks for, processed by the back office. Every move of its status is written in
 * its history with who made it, when, and the message exchanged; the current status is the last one written.
 */
public final class Demande {

    public static final int MESSAGE_MAX = 4000;

    private final DemandeId id;
    private final EntrepriseId entrepriseId;
    private final UtilisateurId auteur;
    private final ContenuDemande contenu;
    private StatutDemande statut;
    private final List<EvenementDemande> historique;

    private Demande(DemandeId id, EntrepriseId entrepriseId, UtilisateurId auteur, ContenuDemande contenu,
                    StatutDemande statut, List<EvenementDemande> historique) {
        this.id = id;
        this.entrepriseId = entrepriseId;
        this.auteur = auteur;
        this.contenu = contenu;
        this.statut = statut;
        this.historique = new ArrayList<>(historique);
    }

    public static Demande soumettre(DemandeId id, EntrepriseId entrepriseId, UtilisateurId auteur,
                                    ContenuDemande contenu, Instant instant) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(entrepriseId, "entrepriseId");
        Verifications.nonNul(auteur, "auteur");
        Verifications.nonNul(contenu, "contenu");
        Verifications.nonNul(instant, "instant");
        EvenementDemande soumission =
                new EvenementDemande(instant, auteur, TypeEvenement.SOUMISSION, StatutDemande.EN_COURS, null);
        return new Demande(id, entrepriseId, auteur, contenu, StatutDemande.EN_COURS, List.of(soumission));
    }

    /** The history starts with the submission, in the order the events happened. */
    public static Demande rehydrater(DemandeId id, EntrepriseId entrepriseId, UtilisateurId auteur,
                                     ContenuDemande contenu, StatutDemande statut,
                                     List<EvenementDemande> historique) {
        return new Demande(id, entrepriseId, auteur, contenu, statut, historique);
    }

    /** The back office accepts the demande; a message to the user is optional. */
    public void valider(UtilisateurId gestionnaire, String message, Instant instant) {
        exigerPassageA(StatutDemande.VALIDEE);
        String texte = message == null || message.isBlank() ? null : messageValide(message, "message");
        enregistrer(gestionnaire, TypeEvenement.VALIDATION, StatutDemande.VALIDEE, texte, instant);
    }

    /** The back office refuses the demande and must tell the user why. */
    public void rejeter(UtilisateurId gestionnaire, String motif, Instant instant) {
        exigerPassageA(StatutDemande.REJETEE);
        if (motif == null || motif.isBlank()) {
            throw new ValeurInvalideException("demande.motif.obligatoire", "motif");
        }
        enregistrer(gestionnaire, TypeEvenement.REJET, StatutDemande.REJETEE, messageValide(motif, "motif"),
                instant);
    }

    /** The back office needs more from the user, and says what. */
    public void demanderComplement(UtilisateurId gestionnaire, String message, Instant instant) {
        exigerPassageA(StatutDemande.EN_ATTENTE_DE_RETOUR);
        enregistrer(gestionnaire, TypeEvenement.DEMANDE_DE_COMPLEMENT, StatutDemande.EN_ATTENTE_DE_RETOUR,
                messageValide(message, "message"), instant);
    }

    /** The user answers a demande de complément, which puts the demande back in the back office's hands. */
    public void repondre(UtilisateurId auteur, String message, Instant instant) {
        exigerPassageA(StatutDemande.EN_COURS);
        enregistrer(auteur, TypeEvenement.REPONSE, StatutDemande.EN_COURS, messageValide(message, "message"),
                instant);
    }

    private void exigerPassageA(StatutDemande vers) {
        if (!statut.peutPasserA(vers)) {
            throw new RegleMetierException("demande.transition.interdite", null, Map.of("de", statut, "vers", vers));
        }
    }

    private static String messageValide(String message, String champ) {
        return Verifications.texte(message, champ, MESSAGE_MAX);
    }

    private void enregistrer(UtilisateurId qui, TypeEvenement type, StatutDemande nouveauStatut, String message,
                             Instant instant) {
        Verifications.nonNul(qui, "auteur");
        Verifications.nonNul(instant, "instant");
        historique.add(new EvenementDemande(instant, qui, type, nouveauStatut, message));
        statut = nouveauStatut;
    }

    public DemandeId id() {
        return id;
    }

    public EntrepriseId entrepriseId() {
        return entrepriseId;
    }

    public UtilisateurId auteur() {
        return auteur;
    }

    public ContenuDemande contenu() {
        return contenu;
    }

    public TypeDemande type() {
        return contenu.type();
    }

    public StatutDemande statut() {
        return statut;
    }

    public Instant soumiseLe() {
        return historique.get(0).instant();
    }

    public List<EvenementDemande> historique() {
        return List.copyOf(historique);
    }

    @Override
    public String toString() {
        // The content may hold personal data (names, salaries, IBAN): keep it out of logs.
        return "Demande[id=" + id + ", type=" + type() + ", statut=" + statut + "]";
    }
}
