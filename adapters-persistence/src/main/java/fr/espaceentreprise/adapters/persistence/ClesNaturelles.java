package fr.espaceentreprise.adapters.persistence;

import fr.espaceentreprise.domain.commun.RegleMetierException;
import java.sql.SQLException;
import java.util.Map;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a violated unique constraint on a natural key (numéro d'adhérent, SIRET, numéro de contrat, numéro de
 * quittance) into a {@link RegleMetierException} "&lt;champ&gt;.deja_utilise" naming the field, so that a
 * conflict lost to a concurrent request reaches the user as a conflict and not as a server error.
 * Any other database error is left as it is.
 */
final class ClesNaturelles implements ExecuteListener {

    private static final String VIOLATION_UNICITE = "23505";

    private static final Map<String, String> CHAMP_PAR_CONTRAINTE = Map.of(
            "entreprise_numero_adherent_unique", "numeroAdherent",
            "entreprise_siret_unique", "siret",
            "mandataire_numero_adherent_unique", "numeroAdherent",
            "contrat_numero_unique", "numeroContrat",
            "appel_de_cotisation_numero_quittance_unique", "numeroQuittance",
            "utilisateur_numero_adherent_unique", "numeroAdherent");

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException sqlException = ctx.sqlException();
        if (sqlException == null || !VIOLATION_UNICITE.equals(sqlException.getSQLState())) {
            return;
        }
        String champ = CHAMP_PAR_CONTRAINTE.get(contrainte(sqlException));
        if (champ != null) {
            RegleMetierException conflit = new RegleMetierException(champ + ".deja_utilise", champ);
            conflit.initCause(ctx.exception());
            ctx.exception(conflit);
        }
    }

    private static String contrainte(SQLException e) {
        if (e instanceof PSQLException) {
            ServerErrorMessage message = ((PSQLException) e).getServerErrorMessage();
            return message == null ? null : message.getConstraint();
        }
        return null;
    }
}
