package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONNEXION_EN_ATTENTE;

import fr.espaceentreprise.application.compte.ConnexionsEnAttenteRepository;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.domain.compte.ConnexionEnAttente;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link ConnexionsEnAttenteRepository} over {@code connexion_en_attente}, keyed by the SHA-256 of its token. */
public final class JooqConnexionsEnAttenteRepository implements ConnexionsEnAttenteRepository {

    private final DSLContext dsl;

    public JooqConnexionsEnAttenteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void ajouter(EmpreinteJeton empreinte, ConnexionEnAttente connexion) {
        dsl.insertInto(CONNEXION_EN_ATTENTE)
                .set(CONNEXION_EN_ATTENTE.EMPREINTE_JETON, empreinte.valeur())
                .set(CONNEXION_EN_ATTENTE.UTILISATEUR_ID, connexion.utilisateurId().valeur())
                .set(CONNEXION_EN_ATTENTE.PAR_MOT_DE_PASSE_PROVISOIRE, connexion.parMotDePasseProvisoire())
                .set(CONNEXION_EN_ATTENTE.EXPIRE_LE, versColonne(connexion.expireLe()))
                .execute();
    }

    @Override
    public Optional<ConnexionEnAttente> trouver(EmpreinteJeton empreinte) {
        return dsl.selectFrom(CONNEXION_EN_ATTENTE)
                .where(CONNEXION_EN_ATTENTE.EMPREINTE_JETON.eq(empreinte.valeur()))
                .fetchOptional(ligne -> new ConnexionEnAttente(new UtilisateurId(ligne.getUtilisateurId()),
                        ligne.getParMotDePasseProvisoire(), versInstant(ligne.getExpireLe())));
    }

    @Override
    public void supprimer(EmpreinteJeton empreinte) {
        dsl.deleteFrom(CONNEXION_EN_ATTENTE).where(CONNEXION_EN_ATTENTE.EMPREINTE_JETON.eq(empreinte.valeur()))
                .execute();
    }

    /** Expired as {@link ConnexionEnAttente#estValideLe} says: at its expiry, no longer valid. */
    @Override
    public int purgerAvant(Instant instant) {
        return dsl.deleteFrom(CONNEXION_EN_ATTENTE).where(CONNEXION_EN_ATTENTE.EXPIRE_LE.le(versColonne(instant)))
                .execute();
    }
}
