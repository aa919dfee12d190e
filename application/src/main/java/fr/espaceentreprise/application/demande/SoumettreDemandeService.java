package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class SoumettreDemandeService implements SoumettreDemande {

    private final DemandeRepository demandes;
    private final PiecesJointesRepository piecesJointes;
    private final ClesIdempotence cles;
    private final Visibilite visibilite;
    private final SujetsVisibles sujets;
    private final CourrielsDemande courriels;
    private final AuditDemandes audit;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public SoumettreDemandeService(EntrepriseRepository entreprises, ContratRepository contrats,
                                   SalarieRepository salaries, DemandeRepository demandes,
                                   PiecesJointesRepository piecesJointes, ClesIdempotence cles,
                                   UtilisateurRepository utilisateurs, Notifications notifications,
                                   JournalAudit journal, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.demandes = demandes;
        this.piecesJointes = piecesJointes;
        this.cles = cles;
        this.visibilite = new Visibilite(entreprises, contrats);
        this.sujets = new SujetsVisibles(visibilite, salaries);
        this.courriels = new CourrielsDemande(utilisateurs, notifications);
        this.audit = new AuditDemandes(journal);
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Soumission soumettre(Commande commande) {
        if (commande.contenu().type().concerneLAuteur()) {
            acces.exigerEspace(commande.acteur());
        } else {
            acces.exigerRubrique(commande.acteur(), Rubrique.DEMANDES);
        }
        if (commande.acteur().estGestionnaire()) {
            throw new IntrouvableException(Visibilite.ENTREPRISE_INTROUVABLE);
        }
        PieceJointe.verifierNombre(commande.piecesJointes());
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            Entreprise entreprise = visibilite.entreprise(commande.acteur(), commande.entrepriseId());
            sujets.verifier(commande.acteur(), entreprise.id(), commande.contenu());
            verifierRecevable(commande.acteur(), commande.contenu());

            DemandeId id = DemandeId.nouveau();
            Optional<DemandeId> premiere = commande.cle().flatMap(
                    cle -> cles.reserver(commande.acteur().utilisateurId(), cle, id, maintenant));
            if (premiere.isPresent()) {
                return rejouee(premiere.get(), commande);
            }
            Demande demande = Demande.soumettre(id, entreprise.id(), commande.acteur().utilisateurId(),
                    commande.contenu(), maintenant);
            demandes.enregistrer(demande);
            if (!commande.piecesJointes().isEmpty()) {
                piecesJointes.ajouter(id, maintenant, commande.piecesJointes());
            }
            courriels.recue(demande);
            audit.enregistrer(TypeEvenementAudit.DEMANDE_SOUMISE, maintenant, commande.acteur(), entreprise, demande,
                    commande.ip());
            return new Soumission(id, false);
        });
    }

    /** The files are not compared: a retry sends the same ones, and a different content is what matters. */
    private Soumission rejouee(DemandeId premiere, Commande commande) {
        Demande demande = demandes.trouver(premiere)
                .orElseThrow(() -> new IllegalStateException("clé d'idempotence sans demande " + premiere));
        if (!demande.entrepriseId().equals(commande.entrepriseId())
                || !demande.contenu().equals(commande.contenu())) {
            throw new RegleMetierException("idempotence.conflit", CleIdempotence.CHAMP);
        }
        return new Soumission(premiere, true);
    }

    /** A change of garantie the contrat cannot take is refused now, with the rule it breaks on its field. */
    private void verifierRecevable(Acteur acteur, ContenuDemande contenu) {
        if (contenu instanceof ChangementGarantie) {
            ChangementGarantie changement = (ChangementGarantie) contenu;
            visibilite.contrat(acteur, changement.contratId())
                    .verifierChangementDeGarantie(changement.garantie(), changement.dateEffet());
        }
    }
}
