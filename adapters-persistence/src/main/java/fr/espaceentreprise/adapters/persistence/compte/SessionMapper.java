package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.SessionUtilisateurRecord;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

final class SessionMapper {

    private SessionMapper() {
    }

    static SessionUtilisateur versDomaine(SessionUtilisateurRecord ligne) {
        Set<EtapeObligatoire> etapes = Arrays.stream(ligne.getEtapesEnAttente())
                .map(EtapeObligatoire::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EtapeObligatoire.class)));
        return SessionUtilisateur.rehydrater(
                new SessionId(ligne.getId()),
                new UtilisateurId(ligne.getUtilisateurId()),
                versInstant(ligne.getOuverteLe()),
                versInstant(ligne.getDerniereActivite()),
                versInstant(ligne.getRevoqueeLe()),
                etapes,
                new AdresseIp(ligne.getIp()),
                FamilleNavigateur.valueOf(ligne.getNavigateur()),
                versInstant(ligne.getSecondFacteurLe()));
    }

    static SessionUtilisateurRecord versLigne(SessionUtilisateur session, EmpreinteJeton empreinteJeton) {
        SessionUtilisateurRecord ligne = new SessionUtilisateurRecord();
        ligne.setId(session.id().valeur());
        ligne.setEmpreinteJeton(empreinteJeton.valeur());
        ligne.setUtilisateurId(session.utilisateurId().valeur());
        ligne.setOuverteLe(versColonne(session.ouverteLe()));
        ligne.setDerniereActivite(versColonne(session.derniereActivite()));
        ligne.setRevoqueeLe(versColonne(session.revoqueeLe().orElse(null)));
        ligne.setIp(session.ip().valeur());
        ligne.setNavigateur(session.navigateur().name());
        ligne.setSecondFacteurLe(versColonne(session.secondFacteurLe().orElse(null)));
        ligne.setEtapesEnAttente(session.etapesEnAttente().stream().map(Enum::name).toArray(String[]::new));
        ligne.changed(true);
        return ligne;
    }
}
