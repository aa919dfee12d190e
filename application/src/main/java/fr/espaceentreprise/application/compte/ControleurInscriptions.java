package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import java.util.Optional;

/** Checks sign-up requests against the reference data as it is now (entreprises, mandataires, accounts). */
public final class ControleurInscriptions {

    private final EntrepriseRepository entreprises;
    private final MandataireRepository mandataires;
    private final UtilisateurRepository utilisateurs;

    public ControleurInscriptions(EntrepriseRepository entreprises, MandataireRepository mandataires,
                                  UtilisateurRepository utilisateurs) {
        this.entreprises = entreprises;
        this.mandataires = mandataires;
        this.utilisateurs = utilisateurs;
    }

    public ControlesInscription controler(DemandeInscription demande) {
        return verifier(demande).controles();
    }

    Verification verifier(DemandeInscription demande) {
        Optional<Entreprise> entreprise = entreprises.trouverParNumeroAdherent(demande.numeroAdherent());
        Optional<Mandataire> mandataire = mandataires.trouverParNumeroAdherent(demande.numeroAdherent());
        boolean compteExistant = utilisateurs.trouverParNumeroAdherent(demande.numeroAdherent()).isPresent();
        return new Verification(ControlesInscription.evaluer(demande, entreprise, mandataire, compteExistant),
                entreprise, mandataire);
    }

    /** The checks, and the reference records they were made against (the account is attached to one). */
    record Verification(ControlesInscription controles, Optional<Entreprise> entreprise,
                        Optional<Mandataire> mandataire) {
    }
}
