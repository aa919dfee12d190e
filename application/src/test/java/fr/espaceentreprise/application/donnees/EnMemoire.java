package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.compte.DecisionsCompteRepository;
import fr.espaceentreprise.application.compte.EffacementDonnees;
import fr.espaceentreprise.application.compte.DemandesInscriptionEnMemoire;
import fr.espaceentreprise.application.compte.AppareilsEnMemoire;
import fr.espaceentreprise.application.compte.IdentifiantsEnMemoire;
import fr.espaceentreprise.application.compte.JetonsApiEnMemoire;
import fr.espaceentreprise.application.compte.SecondsFacteursEnMemoire;
import fr.espaceentreprise.application.compte.SessionsEnMemoire;
import fr.espaceentreprise.application.notification.BoiteDEnvoiEnMemoire;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.StatutInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The in-memory fakes of the ports of personal data and of the back office's acts on accounts. */
public final class EnMemoire {

    private EnMemoire() {
    }

    public static final class Decisions extends DepotEnMemoire<UUID, DecisionCompte>
            implements DecisionsCompteRepository {

        public Decisions(TransactionsEnMemoire transactions) {
            super(transactions, decision -> decision);
        }

        @Override
        public void enregistrer(DecisionCompte decision) {
            ecrire(decision.id(), decision);
        }

        @Override
        public List<DecisionCompte> lister(UtilisateurId compte) {
            return tous().stream().filter(decision -> decision.compte().equals(compte))
                    .sorted(Comparator.comparing(DecisionCompte::instant).reversed()).toList();
        }
    }

    public static final class Consentements extends DepotEnMemoire<UtilisateurId, ConsentementProspection>
            implements ConsentementsRepository {

        public Consentements(TransactionsEnMemoire transactions) {
            super(transactions, consentement -> consentement);
        }

        @Override
        public Optional<ConsentementProspection> trouverParUtilisateur(UtilisateurId utilisateurId) {
            return lire(utilisateurId);
        }

        @Override
        public void enregistrer(ConsentementProspection consentement) {
            ecrire(consentement.utilisateurId(), consentement);
        }
    }

    /**
     * Erases what the real adapter erases (credentials, sessions, consent, the e-mails queued or sent to him, the
     * identity typed in the decided sign-up requests of his numéro); remembers whom it erased, for assertions.
     */
    public static final class Effacement implements EffacementDonnees {

        /** In place of a birth date nobody needs any more, as on PostgreSQL. */
        private static final LocalDate DATE_EFFACEE = LocalDate.of(1900, 1, 1);

        private final IdentifiantsEnMemoire identifiants;
        private final Consentements consentements;
        private final SessionsEnMemoire sessions;
        private final DemandesInscriptionEnMemoire demandesInscription;
        private final BoiteDEnvoiEnMemoire boiteDEnvoi;
        private final SecondsFacteursEnMemoire secondsFacteurs;
        private final JetonsApiEnMemoire jetonsApi;
        private final AppareilsEnMemoire appareils;
        public final List<UtilisateurId> effaces = new ArrayList<>();

        public Effacement(IdentifiantsEnMemoire identifiants, Consentements consentements, SessionsEnMemoire sessions,
                DemandesInscriptionEnMemoire demandesInscription, BoiteDEnvoiEnMemoire boiteDEnvoi,
                SecondsFacteursEnMemoire secondsFacteurs, JetonsApiEnMemoire jetonsApi, AppareilsEnMemoire appareils) {
            this.secondsFacteurs = secondsFacteurs;
            this.jetonsApi = jetonsApi;
            this.appareils = appareils;
            this.identifiants = identifiants;
            this.consentements = consentements;
            this.sessions = sessions;
            this.demandesInscription = demandesInscription;
            this.boiteDEnvoi = boiteDEnvoi;
        }

        @Override
        public void effacer(Utilisateur supprime) {
            identifiants.retirer(supprime.id());
            consentements.retirer(supprime.id());
            sessions.supprimerCellesDe(supprime.id());
            boiteDEnvoi.effacerCeuxDe(supprime.id());
            secondsFacteurs.supprimer(supprime.id());
            jetonsApi.supprimerCeuxDe(supprime.id());
            appareils.supprimerCeuxDe(supprime.id());
            demandesInscription.tous().stream()
                    .filter(demande -> demande.numeroAdherent().equals(supprime.numeroAdherent())
                            && demande.statut() != StatutInscription.EN_ATTENTE)
                    .forEach(demande -> demandesInscription.enregistrer(DemandeInscription.rehydrater(demande.id(),
                            demande.profil(), demande.raisonSociale().orElse(null), demande.siret().orElse(null),
                            supprime.email(), demande.numeroAdherent(), supprime.nom(), supprime.prenom(),
                            DATE_EFFACEE, demande.langue(), demande.recueLe(), demande.statut(),
                            demande.decision().orElse(null))));
            effaces.add(supprime.id());
        }
    }
}
