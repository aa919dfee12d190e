package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class DemanderInscriptionService implements DemanderInscription {

    public static final Limite LIMITE_PAR_IP = new Limite(10, Duration.ofHours(1));

    private final DemandeInscriptionRepository demandes;
    private final LimiteurDeDebit limiteur;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public DemanderInscriptionService(DemandeInscriptionRepository demandes, LimiteurDeDebit limiteur,
                                      JournalAudit journal, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.demandes = demandes;
        this.limiteur = limiteur;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public void demander(Commande commande) {
        acces.exigerOuvertAuPublic(Optional.empty(), Optional.empty());
        Instant maintenant = horloge.instant();
        LIMITE_PAR_IP.consommer(limiteur, "inscription:ip:" + commande.ip(), maintenant).ifPresent(attente -> {
            throw new TropDeTentativesException(attente);
        });
        transactions.enTransaction(() -> {
            DemandeInscription demande = DemandeInscription.recevoir(DemandeInscriptionId.nouveau(), commande.profil(),
                    commande.raisonSociale(), commande.siret(), commande.email(), commande.numeroAdherent(),
                    commande.nom(), commande.prenom(), commande.dateNaissance(), commande.langue(), maintenant);
            demandes.enregistrer(demande);
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.INSCRIPTION_DEMANDEE, maintenant, null,
                    demande.numeroAdherent(), commande.ip(),
                    "demandeInscription=" + demande.id() + " profil=" + demande.profil()));
        });
    }
}
