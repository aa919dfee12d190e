package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.compte.ConsulterComptes;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.EspaceDemandes;

/**
 * The back office's acts on accounts and the personal data, in the world of an {@link EspaceDemandes} (same
 * {@link PortsEnMemoire} and {@link EspaceEntreprise}). One per test.
 */
public final class EspaceDonnees {

    public final EspaceDemandes demandes;
    public final EspaceComptes comptes;
    public final EnMemoire.Decisions decisions;
    public final EnMemoire.Consentements consentements;
    public final EnMemoire.Effacement effacement;

    public EspaceDonnees() {
        this(new EspaceDemandes());
    }

    public EspaceDonnees(EspaceDemandes demandes) {
        this.demandes = demandes;
        this.comptes = demandes.comptes;
        this.decisions = comptes.ports().decisionsCompte;
        this.consentements = comptes.ports().consentements;
        this.effacement = comptes.ports().effacementDonnees;
    }

    public PortsEnMemoire ports() {
        return comptes.ports();
    }

    public EspaceEntreprise espace() {
        return comptes.espace();
    }

    /** Suspending, reactivating and deleting accounts. */
    public DeciderCompte deciderCompte() {
        return espace().gestion().deciderCompte();
    }

    public ConsulterComptes consulterComptes() {
        return espace().gestion().comptes();
    }

    public ConsulterDonneesPersonnelles consulterDonnees() {
        return espace().donnees().consulter();
    }

    public ExporterDonneesPersonnelles exporterDonnees() {
        return espace().donnees().exporter();
    }

    public ChangerConsentementProspection changerConsentement() {
        return espace().donnees().consentement();
    }

    /** Deciding demandes; a validated SUPPRESSION_ACCES closes the account. */
    public DeciderDemande deciderDemande() {
        return espace().gestion().deciderDemande();
    }
}
