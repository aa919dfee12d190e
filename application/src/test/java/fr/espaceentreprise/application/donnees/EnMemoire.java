package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.commun.DepotEnMemoire;
import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.application.compte.DecisionsCompteRepository;
import fr.espaceentreprise.application.compte.EffacementDonnees;
import fr.espaceentreprise.application.compte.IdentifiantsEnMemoire;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
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

    /** Removes the credentials and the consent; remembers whom it erased, for assertions. */
    public static final class Effacement implements EffacementDonnees {

        private final IdentifiantsEnMemoire identifiants;
        private final Consentements consentements;
        public final List<UtilisateurId> effaces = new ArrayList<>();

        public Effacement(IdentifiantsEnMemoire identifiants, Consentements consentements) {
            this.identifiants = identifiants;
            this.consentements = consentements;
        }

        @Override
        public void effacer(Utilisateur supprime) {
            identifiants.retirer(supprime.id());
            consentements.retirer(supprime.id());
            effaces.add(supprime.id());
        }
    }
}
