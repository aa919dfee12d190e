package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Clock;
import java.time.Instant;

public final class ChangerConsentementProspectionService implements ChangerConsentementProspection {

    private final UtilisateurRepository utilisateurs;
    private final ConsentementsRepository consentements;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public ChangerConsentementProspectionService(UtilisateurRepository utilisateurs,
                                                 ConsentementsRepository consentements, JournalAudit journal,
                                                 ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.consentements = consentements;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public ConsentementProspection changer(Commande commande) {
        acces.exigerEspace(commande.acteur());
        return transactions.enTransaction(() -> {
            Instant maintenant = horloge.instant();
            UtilisateurId id = commande.acteur().utilisateurId();
            Utilisateur compte = utilisateurs.trouver(id)
                    .orElseThrow(() -> new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
            ConsentementProspection consentement = consentements.trouverParUtilisateur(id)
                    .orElseGet(() -> ConsentementProspection.parDefaut(id))
                    .changer(commande.accepte(), maintenant);
            consentements.enregistrer(consentement);
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.CONSENTEMENT_PROSPECTION_MODIFIE, maintenant,
                    id, compte.numeroAdherent(), commande.ip(), "accepte=" + commande.accepte()));
            return consentement;
        });
    }
}
