package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The list of entreprises computed from the stored entreprises, in the order the SQL gives. */
public final class LectureEntreprisesEnMemoire implements LectureEntreprises {

    private final EntrepriseRepository entreprises;
    private final TransactionsEnMemoire transactions;

    public LectureEntreprisesEnMemoire(EntrepriseRepository entreprises, TransactionsEnMemoire transactions) {
        this.entreprises = entreprises;
        this.transactions = transactions;
    }

    @Override
    public List<EntrepriseResume> resumes(Collection<EntrepriseId> ids) {
        transactions.exigerTransaction();
        return ids.stream()
                .distinct()
                .map(entreprises::trouver)
                .flatMap(Optional::stream)
                .map(e -> new EntrepriseResume(e.id(), e.numeroAdherent(), e.raisonSociale()))
                .sorted(Comparator.comparing((EntrepriseResume resume) -> CleDeTri.de(resume.raisonSociale()))
                        .thenComparing(EntrepriseResume::raisonSociale)
                        .thenComparing(resume -> resume.numeroAdherent().valeur()))
                .toList();
    }
}
