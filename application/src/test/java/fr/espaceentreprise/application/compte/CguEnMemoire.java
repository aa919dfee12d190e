package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class CguEnMemoire implements CguRepository, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private final List<VersionCgu> versions = new ArrayList<>();
    private List<AcceptationCgu> acceptations = new ArrayList<>();

    public CguEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    /** Test setup. */
    public void publier(VersionCgu version) {
        versions.add(version);
    }

    /** Test setup. */
    public void ajouter(AcceptationCgu acceptation) {
        acceptations.add(acceptation);
    }

    @Override
    public Optional<VersionCgu> versionCourante(Instant maintenant) {
        return versions.stream()
                .filter(version -> !version.publieeLe().isAfter(maintenant))
                .max(Comparator.comparing(VersionCgu::publieeLe));
    }

    @Override
    public Optional<AcceptationCgu> derniereAcceptation(UtilisateurId utilisateurId) {
        return acceptations.stream()
                .filter(acceptation -> acceptation.utilisateurId().equals(utilisateurId))
                .max(Comparator.comparing(AcceptationCgu::accepteeLe));
    }

    @Override
    public void enregistrer(AcceptationCgu acceptation) {
        transactions.exigerTransaction();
        acceptations.add(acceptation);
    }

    public List<AcceptationCgu> acceptations() {
        return List.copyOf(acceptations);
    }

    @Override
    public Object instantane() {
        return new ArrayList<>(acceptations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        acceptations = (List<AcceptationCgu>) instantane;
    }
}
