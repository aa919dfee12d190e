package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Temporisation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link TemporisationSansCompteRepository}: the failures on numéros no account holds, one state per numéro. */
public abstract class TemporisationSansCompteRepositoryContract extends PortContract {

    private final NumeroAdherent numero = nouveauNumero();

    private void enregistrer(NumeroAdherent numeroAdherent, Temporisation temporisation) {
        enTransaction(() -> stockage().temporisationsSansCompte().enregistrer(numeroAdherent, temporisation));
    }

    private Optional<Temporisation> trouver(NumeroAdherent numeroAdherent) {
        return enTransaction(() -> stockage().temporisationsSansCompte().trouverParNumeroAdherent(numeroAdherent));
    }

    @Test
    void the_consecutive_failures_and_their_instants_survive_a_round_trip() {
        Temporisation temporisation = new Temporisation(9, List.of(T0.minusSeconds(3600), T0, T0.minusSeconds(60)));

        enregistrer(numero, temporisation);

        assertEquals(Optional.of(temporisation), trouver(numero));
    }

    @Test
    void saving_again_replaces_the_state_of_that_numero_only() {
        NumeroAdherent autre = nouveauNumero();
        Temporisation deLAutre = Temporisation.AUCUNE.apresEchec(T0);
        enregistrer(autre, deLAutre);
        enregistrer(numero, Temporisation.AUCUNE.apresEchec(T0));

        Temporisation apres = Temporisation.AUCUNE.apresEchec(T0).apresEchec(T0.plusSeconds(10));
        enregistrer(numero, apres);

        assertEquals(Optional.of(apres), trouver(numero));
        assertEquals(Optional.of(deLAutre), trouver(autre));
    }

    @Test
    void a_state_without_any_failure_is_the_same_as_none() {
        enregistrer(numero, Temporisation.AUCUNE.apresEchec(T0));

        enregistrer(numero, Temporisation.AUCUNE);

        assertEquals(Optional.empty(), trouver(numero));
    }

    @Test
    void a_numero_nobody_failed_with_has_no_state() {
        enregistrer(nouveauNumero(), Temporisation.AUCUNE.apresEchec(T0));

        assertEquals(Optional.empty(), trouver(numero));
    }
}
