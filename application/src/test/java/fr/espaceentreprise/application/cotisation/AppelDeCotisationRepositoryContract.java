package fr.espaceentreprise.application.cotisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link AppelDeCotisationRepository}: appels with their paiements in order, the numéro de quittance unique. */
public abstract class AppelDeCotisationRepositoryContract extends PortContract {

    private final Contrat contrat = UnContrat.de(uneEntreprise().id()).effetLe(LocalDate.of(2023, 1, 1)).build();

    protected AppelDeCotisationRepositoryContract() {
        enTransaction(() -> stockage().contrats().enregistrer(contrat));
    }

    private UnAppelDeCotisation appel() {
        return UnAppelDeCotisation.sur(contrat.id()).periode(Periode.trimestre(2024, 1))
                .echeance(LocalDate.of(2024, 1, 31)).montantAppele("1 234,56");
    }

    private void enregistrer(AppelDeCotisation appel) {
        enTransaction(() -> stockage().appels().enregistrer(appel));
    }

    private Optional<AppelDeCotisation> trouver(AppelDeCotisationId id) {
        return enTransaction(() -> stockage().appels().trouver(id));
    }

    @Test
    void finds_a_saved_appel_by_id_and_by_numero_de_quittance_with_its_paiements_in_order() {
        AppelDeCotisation appel = appel().build();
        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 2, 10), Montant.euros("1000"), "VIR-0042"));
        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 1, 20), Montant.centimes(1), null));

        enregistrer(appel);

        assertMemeAppel(appel, trouver(appel.id()).orElseThrow());
        assertMemeAppel(appel, enTransaction(() -> stockage().appels()
                .trouverParNumeroQuittance(appel.numeroQuittance())).orElseThrow());
    }

    @Test
    void saving_again_keeps_a_new_paiement_and_the_amounts_follow() {
        AppelDeCotisation appel = appel().build();
        enregistrer(appel);

        appel.enregistrerPaiement(new Paiement(LocalDate.of(2024, 1, 15), Montant.euros("234,56"), "PRLV SEPA"));
        enregistrer(appel);

        AppelDeCotisation relu = trouver(appel.id()).orElseThrow();
        assertMemeAppel(appel, relu);
        assertEquals(Montant.euros("1000"), relu.montantRestant());
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_numero_de_quittance() {
        enregistrer(appel().build());

        assertEquals(Optional.empty(), trouver(AppelDeCotisationId.nouveau()));
        assertEquals(Optional.empty(), enTransaction(() -> stockage().appels()
                .trouverParNumeroQuittance(new NumeroQuittance("INCONNUE-1"))));
    }

    @Test
    void refuses_a_second_appel_with_the_same_numero_de_quittance_and_stores_nothing_of_it() {
        AppelDeCotisation premier = appel().build();
        enregistrer(premier);
        AppelDeCotisation doublon = appel().quittance(premier.numeroQuittance().valeur()).build();

        RegleMetierException conflit = assertThrows(RegleMetierException.class, () -> enregistrer(doublon));

        assertEquals("numeroQuittance.deja_utilise", conflit.code());
        assertEquals(Optional.of("numeroQuittance"), conflit.champ());
        assertEquals(Optional.empty(), trouver(doublon.id()));
    }

    private static void assertMemeAppel(AppelDeCotisation attendu, AppelDeCotisation lu) {
        assertEquals(attendu.id(), lu.id());
        assertEquals(attendu.contratId(), lu.contratId());
        assertEquals(attendu.numeroQuittance(), lu.numeroQuittance());
        assertEquals(attendu.periode(), lu.periode());
        assertEquals(attendu.echeance(), lu.echeance());
        assertEquals(attendu.montantAppele(), lu.montantAppele());
        assertEquals(attendu.paiements(), lu.paiements());
    }
}
