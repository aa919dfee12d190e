package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.time.Instant;

/** The audit line of a move of a demande: who, the entreprise's numéro d'adhérent, {@code demande=… type=…}. */
final class AuditDemandes {

    private final JournalAudit journal;

    AuditDemandes(JournalAudit journal) {
        this.journal = journal;
    }

    void enregistrer(TypeEvenementAudit type, Instant instant, Acteur acteur, Entreprise entreprise,
                     Demande demande, AdresseIp ip) {
        journal.enregistrer(EvenementAudit.de(type, instant, acteur.utilisateurId(), entreprise.numeroAdherent(), ip,
                "demande=" + demande.id() + " type=" + demande.type()));
    }
}
