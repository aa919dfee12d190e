package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.EvenementAuditRecord;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

final class EvenementAuditMapper {

    private EvenementAuditMapper() {
    }

    static EvenementAudit versDomaine(EvenementAuditRecord ligne) {
        return new EvenementAudit(
                ligne.getId(),
                versInstant(ligne.getInstant()),
                TypeEvenementAudit.valueOf(ligne.getType()),
                Optional.ofNullable(ligne.getUtilisateurId()).map(UtilisateurId::new),
                Optional.ofNullable(ligne.getNumeroAdherent()).map(NumeroAdherent::new),
                new AdresseIp(ligne.getIp()),
                Optional.ofNullable(ligne.getDetail()));
    }

    static EvenementAuditRecord versLigne(EvenementAudit evenement) {
        EvenementAuditRecord ligne = new EvenementAuditRecord();
        ligne.setId(evenement.id());
        ligne.setInstant(versColonne(evenement.instant()));
        ligne.setType(evenement.type().name());
        ligne.setUtilisateurId(evenement.utilisateurId().map(UtilisateurId::valeur).orElse(null));
        ligne.setNumeroAdherent(evenement.numeroAdherent().map(NumeroAdherent::valeur).orElse(null));
        ligne.setIp(evenement.ip().valeur());
        ligne.setDetail(evenement.detail().orElse(null));
        ligne.changed(true);
        return ligne;
    }
}
