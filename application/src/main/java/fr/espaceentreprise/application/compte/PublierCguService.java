package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class PublierCguService implements PublierCgu {

    private final CguRepository cgu;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public PublierCguService(CguRepository cgu, JournalAudit journal, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.cgu = cgu;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public VersionCgu publier(Commande commande) {
        acces.exigerGestionnaire(commande.acteur());
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            VersionCgu nouvelle = new VersionCgu(commande.version(), commande.publieeLe().orElse(maintenant));
            List<VersionCgu> versions = cgu.versions();
            if (cgu.texte(nouvelle.version(), Langue.FR).isPresent()) {
                throw new RegleMetierException(PublicationCgu.EXISTANTE, "version");
            }
            PublicationCgu publication = PublicationCgu.apres(versions.stream().findFirst(), nouvelle,
                    commande.texteFr(), commande.texteEn());
            cgu.publier(publication);
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.CGU_PUBLIEES, maintenant,
                    commande.acteur().utilisateurId(), null, commande.ip(), "version=" + nouvelle.version()));
            return nouvelle;
        });
    }
}
