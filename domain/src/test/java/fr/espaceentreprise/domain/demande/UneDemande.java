package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.Duration;
import java.time.Instant;

/**
 * Builds a Demande through its own behaviour: a status other than EN_COURS is reached by the moves that lead
 * to it, so the history is the one production would write.
 * {@code UneDemande.autre().pour(entrepriseId).par(auteur).soumiseLe(instant).enAttenteDeRetour().build()}
 */
public final class UneDemande {

    public static final Instant SOUMISE_LE = Instant.parse("2024-03-04T09:15:30Z");
    /** Time between the submission and the back office's move that puts the demande in the status asked for. */
    public static final Duration DELAI_DE_TRAITEMENT = Duration.ofHours(2);

    private DemandeId id = DemandeId.nouveau();
    private EntrepriseId entrepriseId = EntrepriseId.nouveau();
    private UtilisateurId auteur = UtilisateurId.nouveau();
    private UtilisateurId gestionnaire = UtilisateurId.nouveau();
    private final ContenuDemande contenu;
    private Instant soumiseLe = SOUMISE_LE;
    private StatutDemande statut = StatutDemande.EN_COURS;

    private UneDemande(ContenuDemande contenu) {
        this.contenu = contenu;
    }

    public static UneDemande avec(ContenuDemande contenu) {
        return new UneDemande(contenu);
    }

    public static UneDemande deType(TypeDemande type) {
        return avec(UnContenu.de(type));
    }

    public static UneDemande autre() {
        return avec(UnContenu.autre());
    }

    public static UneDemande changementGarantie() {
        return avec(UnContenu.changementGarantie());
    }

    public static UneDemande affiliationSalarie() {
        return avec(UnContenu.affiliationSalarie());
    }

    public UneDemande identifiee(DemandeId id) {
        this.id = id;
        return this;
    }

    public UneDemande pour(EntrepriseId entrepriseId) {
        this.entrepriseId = entrepriseId;
        return this;
    }

    public UneDemande par(UtilisateurId auteur) {
        this.auteur = auteur;
        return this;
    }

    public UneDemande traiteePar(UtilisateurId gestionnaire) {
        this.gestionnaire = gestionnaire;
        return this;
    }

    public UneDemande soumiseLe(Instant instant) {
        this.soumiseLe = instant;
        return this;
    }

    public UneDemande dansLeStatut(StatutDemande statut) {
        this.statut = statut;
        return this;
    }

    public UneDemande validee() {
        return dansLeStatut(StatutDemande.VALIDEE);
    }

    public UneDemande rejetee() {
        return dansLeStatut(StatutDemande.REJETEE);
    }

    public UneDemande enAttenteDeRetour() {
        return dansLeStatut(StatutDemande.EN_ATTENTE_DE_RETOUR);
    }

    public Demande build() {
        Demande demande = Demande.soumettre(id, entrepriseId, auteur, contenu, soumiseLe);
        Instant traiteeLe = soumiseLe.plus(DELAI_DE_TRAITEMENT);
        switch (statut) {
            case EN_COURS -> { }
            case VALIDEE -> demande.valider(gestionnaire, "Demande prise en compte.", traiteeLe);
            case REJETEE -> demande.rejeter(gestionnaire, "Contrat résilié.", traiteeLe);
            case EN_ATTENTE_DE_RETOUR ->
                    demande.demanderComplement(gestionnaire, "Merci de joindre un justificatif.", traiteeLe);
        }
        return demande;
    }
}
