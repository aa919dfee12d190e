package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link JetonsApiRepository}: tokens found by the hash of the token or by their id, listed per user newest first;
 * a revocation keeps its first instant and a use never moves back, whatever order they arrive in.
 */
public abstract class JetonsApiRepositoryContract extends PortContract {

    private static final Duration TRENTE_JOURS = Duration.ofDays(30);

    private final UtilisateurId compte = unCompte().id();

    private JetonsApiRepository jetons() {
        return stockage().jetonsApi();
    }

    private JetonApi creer(UtilisateurId utilisateurId, String nom, Instant creeLe) {
        return JetonApi.creer(JetonApiId.nouveau(), utilisateurId, nom, DroitsJeton.LECTURE,
                creeLe.plus(TRENTE_JOURS), creeLe);
    }

    private EmpreinteJeton ajouter(JetonApi jeton) {
        EmpreinteJeton empreinte = EmpreinteJeton.de("jeton-" + jeton.id());
        enTransaction(() -> jetons().ajouter(jeton, empreinte));
        return empreinte;
    }

    private JetonApi relu(JetonApi jeton) {
        return enTransaction(() -> jetons().trouver(jeton.id())).orElseThrow();
    }

    @Test
    void every_field_survives_a_round_trip_found_by_the_hash_of_the_token_or_by_id() {
        JetonApi complet = JetonApi.rehydrater(JetonApiId.nouveau(), compte, "Paie — SIRH", DroitsJeton.ECRITURE,
                T0, T0.plus(JetonApi.DUREE_MAX), T0.plusSeconds(30), T0.plusSeconds(60));

        EmpreinteJeton empreinte = ajouter(complet);

        assertMemeJeton(complet, enTransaction(() -> jetons().trouverParEmpreinte(empreinte)).orElseThrow());
        assertMemeJeton(complet, relu(complet));
    }

    @Test
    void a_new_token_comes_back_never_used_nor_revoked_and_another_token_finds_nothing() {
        JetonApi nouveau = creer(compte, "Export", T0);

        ajouter(nouveau);

        assertMemeJeton(nouveau, relu(nouveau));
        assertEquals(Optional.empty(), enTransaction(() -> jetons().trouverParEmpreinte(EmpreinteJeton.de("autre"))));
        assertEquals(Optional.empty(), enTransaction(() -> jetons().trouver(JetonApiId.nouveau())));
    }

    @Test
    void a_user_s_tokens_are_listed_newest_first_revoked_and_expired_ones_included_and_nobody_else_s() {
        JetonApi ancien = creer(compte, "Ancien", T0.minus(Duration.ofDays(60)));
        JetonApi revoque = creer(compte, "Révoqué", T0.minusSeconds(60));
        revoque.revoquer(T0);
        JetonApi recent = creer(compte, "Récent", T0);
        List.of(revoque, recent, ancien, creer(unCompte().id(), "D'un autre", T0.plusSeconds(1)))
                .forEach(this::ajouter);

        List<JetonApi> liste = enTransaction(() -> jetons().listerDe(compte));

        assertEquals(List.of(recent.id(), revoque.id(), ancien.id()), liste.stream().map(JetonApi::id).toList());
        assertEquals(Optional.of(T0), liste.get(1).revoqueLe());
    }

    @Test
    void a_revocation_keeps_its_first_instant_and_the_use_recorded_meanwhile() {
        JetonApi jeton = creer(compte, "Export", T0);
        ajouter(jeton);
        JetonApi lu = relu(jeton);
        JetonApi luPlusTard = relu(jeton);
        enTransaction(() -> jetons().utiliser(jeton.id(), T0.plusSeconds(30)));
        lu.revoquer(T0.plusSeconds(60));
        luPlusTard.revoquer(T0.plusSeconds(90));

        enTransaction(() -> jetons().enregistrer(lu));
        enTransaction(() -> jetons().enregistrer(luPlusTard));

        JetonApi stocke = relu(jeton);
        assertEquals(Optional.of(T0.plusSeconds(60)), stocke.revoqueLe());
        assertEquals(Optional.of(T0.plusSeconds(30)), stocke.dernierUsage());
    }

    @Test
    void the_last_use_moves_forward_and_never_back_and_only_for_that_token() {
        JetonApi jeton = creer(compte, "Export", T0);
        JetonApi autre = creer(compte, "Autre", T0);
        ajouter(jeton);
        ajouter(autre);

        enTransaction(() -> jetons().utiliser(jeton.id(), T0.plusSeconds(120)));
        enTransaction(() -> jetons().utiliser(jeton.id(), T0.plusSeconds(60)));

        assertEquals(Optional.of(T0.plusSeconds(120)), relu(jeton).dernierUsage());
        assertEquals(Optional.empty(), relu(autre).dernierUsage());
    }

    private static void assertMemeJeton(JetonApi attendu, JetonApi lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.utilisateurId(), lu.utilisateurId());
        assertEquals(attendu.nom(), lu.nom());
        assertEquals(attendu.droits(), lu.droits());
        assertEquals(attendu.creeLe(), lu.creeLe());
        assertEquals(attendu.expireLe(), lu.expireLe());
        assertEquals(attendu.dernierUsage(), lu.dernierUsage());
        assertEquals(attendu.revoqueLe(), lu.revoqueLe());
    }
}
