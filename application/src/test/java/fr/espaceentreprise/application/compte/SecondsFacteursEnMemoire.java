package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The second factors and enrolments under way, in memory (in clear: nothing here is at rest). */
public final class SecondsFacteursEnMemoire implements SecondsFacteursRepository, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private Map<UtilisateurId, SecondFacteur> facteurs = new HashMap<>();
    private Map<UtilisateurId, EnrolementSecondFacteur> enrolements = new HashMap<>();

    public SecondsFacteursEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    @Override
    public Optional<SecondFacteur> trouver(UtilisateurId utilisateurId) {
        return Optional.ofNullable(facteurs.get(utilisateurId)).map(SecondsFacteursEnMemoire::copie);
    }

    @Override
    public void enregistrer(SecondFacteur secondFacteur) {
        transactions.exigerTransaction();
        facteurs.put(secondFacteur.utilisateurId(), copie(secondFacteur));
    }

    @Override
    public void supprimer(UtilisateurId utilisateurId) {
        transactions.exigerTransaction();
        facteurs.remove(utilisateurId);
        enrolements.remove(utilisateurId);
    }

    @Override
    public Optional<EnrolementSecondFacteur> trouverEnrolement(UtilisateurId utilisateurId) {
        return Optional.ofNullable(enrolements.get(utilisateurId));
    }

    @Override
    public void enregistrerEnrolement(EnrolementSecondFacteur enrolement) {
        transactions.exigerTransaction();
        enrolements.put(enrolement.utilisateurId(), enrolement);
    }

    @Override
    public void supprimerEnrolement(UtilisateurId utilisateurId) {
        transactions.exigerTransaction();
        enrolements.remove(utilisateurId);
    }

    /** Test setup: a factor already enrolled, without a transaction. */
    public void ajouter(SecondFacteur secondFacteur) {
        facteurs.put(secondFacteur.utilisateurId(), copie(secondFacteur));
    }

    private static SecondFacteur copie(SecondFacteur f) {
        return SecondFacteur.rehydrater(f.utilisateurId(), f.secret(), f.actifDepuis(), f.dernierPas(),
                f.codesDeSecours());
    }

    @Override
    public Object instantane() {
        return new Map[] {new HashMap<>(facteurs), new HashMap<>(enrolements)};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        Map<?, ?>[] etat = (Map<?, ?>[]) instantane;
        facteurs = (Map<UtilisateurId, SecondFacteur>) etat[0];
        enrolements = (Map<UtilisateurId, EnrolementSecondFacteur>) etat[1];
    }
}
