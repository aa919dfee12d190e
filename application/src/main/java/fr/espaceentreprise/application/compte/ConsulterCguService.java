package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ConsulterCguService implements ConsulterCgu {

    private final CguRepository cgu;
    private final Transactions transactions;
    private final Clock horloge;

    public ConsulterCguService(CguRepository cgu, Transactions transactions, Clock horloge) {
        this.cgu = cgu;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Optional<VersionCgu> versionCourante() {
        return transactions.enTransaction(() -> cgu.versionCourante(horloge.instant()));
    }

    @Override
    public List<VersionCgu> versions() {
        return transactions.enTransaction(cgu::versions);
    }

    @Override
    public Optional<String> texte(String version, Langue langue) {
        return transactions.enTransaction(() -> cgu.texte(version, langue));
    }
}
