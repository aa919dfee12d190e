package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.UTILISATEUR;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.UtilisateurRecord;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqUtilisateurRepository implements UtilisateurRepository {

    private final DSLContext dsl;

    public JooqUtilisateurRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Utilisateur> trouver(UtilisateurId id) {
        return dsl.selectFrom(UTILISATEUR)
                .where(UTILISATEUR.ID.eq(id.valeur()))
                .fetchOptional()
                .map(UtilisateurMapper::versDomaine);
    }

    @Override
    public Optional<Utilisateur> trouverParNumeroAdherent(NumeroAdherent numeroAdherent) {
        return dsl.selectFrom(UTILISATEUR)
                .where(UTILISATEUR.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                .and(UTILISATEUR.STATUT.ne(StatutCompte.SUPPRIME.name()))
                .fetchOptional()
                .map(UtilisateurMapper::versDomaine);
    }

    @Override
    public List<Utilisateur> trouverParEmail(Email email) {
        return dsl.selectFrom(UTILISATEUR)
                .where(DSL.lower(UTILISATEUR.EMAIL).eq(email.valeur().toLowerCase(Locale.ROOT)))
                .and(UTILISATEUR.STATUT.ne(StatutCompte.SUPPRIME.name()))
                .orderBy(UTILISATEUR.NUMERO_ADHERENT)
                .fetch(UtilisateurMapper::versDomaine);
    }

    @Override
    public void enregistrer(Utilisateur utilisateur) {
        UtilisateurRecord ligne = UtilisateurMapper.versLigne(utilisateur);
        dsl.insertInto(UTILISATEUR).set(ligne)
                .onConflict(UTILISATEUR.ID).doUpdate().set(ligne)
                .execute();
    }
}
