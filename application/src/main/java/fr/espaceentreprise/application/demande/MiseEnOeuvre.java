package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.compte.FermetureCompte;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.AffiliationSalarie;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.EvenementDemande;
import fr.espaceentreprise.domain.demande.MajEntreprise;
import fr.espaceentreprise.domain.demande.MajModalitesPaiement;
import fr.espaceentreprise.domain.demande.MajPaysExpatriation;
import fr.espaceentreprise.domain.demande.MajSalaireReference;
import fr.espaceentreprise.domain.demande.MajSalarie;
import fr.espaceentreprise.domain.demande.RadiationSalarie;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * What validating a demande changes in the data the portal shows, through each aggregate's own behaviour (so
 * its rules hold: a contract in force at the date d'effet, no overlapping affiliation…):
 * <ul>
 *   <li>CHANGEMENT_GARANTIE: {@link Contrat#changerGarantie}, at once when the date d'effet has come, else on
 *       that day (see {@link fr.espaceentreprise.application.contrat.AppliquerGarantiesProgrammees}).</li>
 *   <li>AFFILIATION_SALARIE: a new {@link Salarie} of the entreprise, affiliated to the contrat from the date
 *       d'effet; he then appears in the list of salariés and gets his attestation.</li>
 *   <li>MAJ_ENTREPRISE: {@link Entreprise#modifierInformations}; MAJ_MODALITES_PAIEMENT:
 *       {@link Entreprise#changerModalitesPaiement}.</li>
 *   <li>MAJ_SALARIE: {@link Salarie#modifierIdentite}, his e-mail kept when the demande gives none; MAJ_SALAIRE_REFERENCE:
 *       {@link Salarie#changerSalaireReference}; MAJ_PAYS_EXPATRIATION: {@link Salarie#changerPaysExpatriation}
 *       (the salarié keeps no history of either: the value changes on validation, the date d'effet stays on the
 *       demande for the back office's systems); RADIATION_SALARIE: {@link Salarie#radier}.</li>
 *   <li>AUTRE, RECTIFICATION_DONNEES: nothing; the demande is only closed (the back office corrects the data in
 *       its own systems and says so in its message).</li>
 *   <li>SUPPRESSION_ACCES: the author's account is suspended or deleted as he asked, through
 *       {@link FermetureCompte} (motif DEMANDE_UTILISATEUR); an account already in that state is left as it is.</li>
 * </ul>
 * A contrat or salarié gone, or moved to another entreprise, since the submission →
 * RegleMetierException "demande.contrat.introuvable" / "demande.salarie.introuvable".
 */
final class MiseEnOeuvre {

    private final EntrepriseRepository entreprises;
    private final ContratRepository contrats;
    private final SalarieRepository salaries;
    private final UtilisateurRepository utilisateurs;
    private final FermetureCompte fermeture;

    MiseEnOeuvre(EntrepriseRepository entreprises, ContratRepository contrats, SalarieRepository salaries,
                 UtilisateurRepository utilisateurs, FermetureCompte fermeture) {
        this.entreprises = entreprises;
        this.contrats = contrats;
        this.salaries = salaries;
        this.utilisateurs = utilisateurs;
        this.fermeture = fermeture;
    }

    void appliquer(Demande demande, LocalDate aujourdhui, UtilisateurId gestionnaire, AdresseIp ip,
                   Instant instant) {
        ContenuDemande contenu = demande.contenu();
        // A switch expression: a new TypeDemande without its effect here does not compile.
        Runnable effet = switch (contenu.type()) {
            case CHANGEMENT_GARANTIE -> () -> changerGarantie(demande, (ChangementGarantie) contenu, aujourdhui);
            case AFFILIATION_SALARIE -> () -> affilier(demande, (AffiliationSalarie) contenu, aujourdhui);
            case MAJ_ENTREPRISE -> () -> {
                MajEntreprise maj = (MajEntreprise) contenu;
                Entreprise entreprise = entreprise(demande);
                entreprise.modifierInformations(maj.raisonSociale(), maj.adresse(), maj.siret(), maj.email(),
                        maj.telephone());
                entreprises.enregistrer(entreprise);
            };
            case MAJ_MODALITES_PAIEMENT -> () -> {
                Entreprise entreprise = entreprise(demande);
                entreprise.changerModalitesPaiement(((MajModalitesPaiement) contenu).modalites());
                entreprises.enregistrer(entreprise);
            };
            case MAJ_SALARIE -> () -> {
                MajSalarie maj = (MajSalarie) contenu;
                changerSalarie(demande, maj.salarieId(), salarie -> salarie.modifierIdentite(maj.nom(), maj.prenom(),
                        maj.dateNaissance(), maj.email() != null ? maj.email() : salarie.email().orElse(null)));
            };
            case MAJ_SALAIRE_REFERENCE -> () -> {
                MajSalaireReference maj = (MajSalaireReference) contenu;
                changerSalarie(demande, maj.salarieId(),
                        salarie -> salarie.changerSalaireReference(maj.salaireReference()));
            };
            case MAJ_PAYS_EXPATRIATION -> () -> {
                MajPaysExpatriation maj = (MajPaysExpatriation) contenu;
                changerSalarie(demande, maj.salarieId(),
                        salarie -> salarie.changerPaysExpatriation(maj.paysExpatriation()));
            };
            case RADIATION_SALARIE -> () -> {
                RadiationSalarie radiation = (RadiationSalarie) contenu;
                changerSalarie(demande, radiation.salarieId(),
                        salarie -> salarie.radier(radiation.contratId(), radiation.dateFin()));
            };
            case AUTRE, RECTIFICATION_DONNEES -> () -> {
                // Closed, nothing to change.
            };
            case SUPPRESSION_ACCES -> () -> fermerAcces(demande, (SuppressionAcces) contenu, gestionnaire, ip,
                    instant);
        };
        effet.run();
    }

    private void changerGarantie(Demande demande, ChangementGarantie changement, LocalDate aujourdhui) {
        Contrat contrat = contrat(demande, changement.contratId());
        contrat.changerGarantie(changement.garantie(), changement.dateEffet(), aujourdhui);
        contrats.enregistrer(contrat);
    }

    private void affilier(Demande demande, AffiliationSalarie affiliation, LocalDate aujourdhui) {
        Contrat contrat = contrat(demande, affiliation.contratId());
        Salarie salarie = Salarie.enregistrer(SalarieId.nouveau(), demande.entrepriseId(), affiliation.nom(),
                affiliation.prenom(), affiliation.dateNaissance(), affiliation.email(),
                affiliation.paysExpatriation(), affiliation.salaireReference(), aujourdhui);
        salarie.affilier(AffiliationId.nouveau(), contrat, affiliation.dateEffet());
        salaries.enregistrer(salarie);
    }

    private void changerSalarie(Demande demande, SalarieId salarieId, Consumer<Salarie> changement) {
        Salarie salarie = salarie(demande, salarieId);
        changement.accept(salarie);
        salaries.enregistrer(salarie);
    }

    private void fermerAcces(Demande demande, SuppressionAcces suppression, UtilisateurId gestionnaire,
                             AdresseIp ip, Instant instant) {
        Utilisateur auteur = utilisateurs.trouver(demande.auteur())
                .orElseThrow(() -> new IllegalStateException("demande sans auteur " + demande.id()));
        List<EvenementDemande> historique = demande.historique();
        String message = historique.get(historique.size() - 1).message();
        if (auteur.statut() == StatutCompte.SUPPRIME) {
            return;
        }
        if (suppression.action() == ActionAcces.SUPPRESSION) {
            fermeture.supprimer(auteur, gestionnaire, MotifCompte.DEMANDE_UTILISATEUR, message, ip, instant);
        } else if (auteur.statut() != StatutCompte.SUSPENDU) {
            fermeture.suspendre(auteur, gestionnaire, MotifCompte.DEMANDE_UTILISATEUR, message, ip, instant);
        }
    }

    private Entreprise entreprise(Demande demande) {
        return entreprises.trouver(demande.entrepriseId())
                .orElseThrow(() -> new RegleMetierException("demande.entreprise.introuvable"));
    }

    private Contrat contrat(Demande demande, ContratId contratId) {
        return contrats.trouver(contratId)
                .filter(contrat -> contrat.entrepriseId().equals(demande.entrepriseId()))
                .orElseThrow(() -> new RegleMetierException("demande.contrat.introuvable", "contratId"));
    }

    private Salarie salarie(Demande demande, SalarieId salarieId) {
        return salaries.trouver(salarieId)
                .filter(salarie -> salarie.entrepriseId().equals(demande.entrepriseId()))
                .orElseThrow(() -> new RegleMetierException("demande.salarie.introuvable", "salarieId"));
    }
}
