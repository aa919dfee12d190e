package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENTREPRISE;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.IDENTIFIANTS;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.MANDATAIRE;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.UTILISATEUR;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.application.compte.LectureComptes;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link LectureComptes}: the accounts of a numéro with their entreprise or mandataire and last login. */
public final class JooqLectureComptes implements LectureComptes {

    private final DSLContext dsl;

    public JooqLectureComptes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FicheCompte> parNumeroAdherent(NumeroAdherent numeroAdherent) {
        return dsl.select(UTILISATEUR.ID, UTILISATEUR.NUMERO_ADHERENT, UTILISATEUR.PROFIL, UTILISATEUR.NOM,
                        UTILISATEUR.PRENOM, UTILISATEUR.EMAIL, UTILISATEUR.LANGUE, UTILISATEUR.STATUT,
                        coalesce(ENTREPRISE.RAISON_SOCIALE, MANDATAIRE.RAISON_SOCIALE),
                        IDENTIFIANTS.DERNIERE_CONNEXION)
                .from(UTILISATEUR)
                .leftJoin(ENTREPRISE).on(ENTREPRISE.ID.eq(UTILISATEUR.ENTREPRISE_ID))
                .leftJoin(MANDATAIRE).on(MANDATAIRE.ID.eq(UTILISATEUR.MANDATAIRE_ID))
                .leftJoin(IDENTIFIANTS).on(IDENTIFIANTS.UTILISATEUR_ID.eq(UTILISATEUR.ID))
                .where(UTILISATEUR.NUMERO_ADHERENT.eq(numeroAdherent.valeur()))
                .orderBy(when(UTILISATEUR.STATUT.eq(inline(StatutCompte.SUPPRIME.name())), inline(1))
                        .otherwise(inline(0)), UTILISATEUR.ID)
                .fetch(ligne -> new FicheCompte(new UtilisateurId(ligne.value1()),
                        new NumeroAdherent(ligne.value2()), Profil.valueOf(ligne.value3()), ligne.value4(),
                        ligne.value5(), new Email(ligne.value6()), Langue.valueOf(ligne.value7()),
                        StatutCompte.valueOf(ligne.value8()), Optional.ofNullable(ligne.value9()),
                        Optional.ofNullable(ligne.value10()).map(Horodatages::versInstant), List.of()));
    }
}
