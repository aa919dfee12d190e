package fr.espaceentreprise.domain.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnexionEnAttenteTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final UtilisateurId UTILISATEUR = UtilisateurId.nouveau();

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void a_right_password_leaves_five_minutes_to_type_the_code(boolean parMotDePasseProvisoire) {
        ConnexionEnAttente connexion = ConnexionEnAttente.apres(UTILISATEUR, parMotDePasseProvisoire, T0);

        assertEquals(UTILISATEUR, connexion.utilisateurId());
        assertEquals(parMotDePasseProvisoire, connexion.parMotDePasseProvisoire());
        assertEquals(T0.plus(Duration.ofMinutes(5)), connexion.expireLe());
    }

    @Test
    void a_pending_login_is_valid_strictly_before_its_expiry() {
        ConnexionEnAttente connexion = ConnexionEnAttente.apres(UTILISATEUR, false, T0);
        Instant limite = T0.plus(ConnexionEnAttente.VALIDITE);

        assertTrue(connexion.estValideLe(T0));
        assertTrue(connexion.estValideLe(limite.minusMillis(1)));
        assertFalse(connexion.estValideLe(limite));
    }

    @Test
    void a_pending_login_needs_a_user_and_an_expiry() {
        assertThrows(NullPointerException.class, () -> new ConnexionEnAttente(null, false, T0));
        assertThrows(NullPointerException.class, () -> new ConnexionEnAttente(UTILISATEUR, false, null));
    }
}
