package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link SecondsFacteursRepository}: one factor per user with its recovery codes, replaced whole, and one enrolment
 * under way per user; what comes back is what was stored, the secret included (however the adapter keeps it).
 */
public abstract class SecondsFacteursRepositoryContract extends PortContract {

    private static final SecretTotp AUTRE_SECRET = SecretTotp.depuisBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    private final UtilisateurId compte = unCompte().id();

    private SecondsFacteursRepository secondsFacteurs() {
        return stockage().secondsFacteurs();
    }

    private static List<CodeDeSecours> codes(String prefixe) {
        return IntStream.rangeClosed(1, SecondFacteur.CODES_DE_SECOURS)
                .mapToObj(i -> CodeDeSecours.nouveau(prefixe + "-" + i)).toList();
    }

    private static SecondFacteur facteur(UtilisateurId utilisateurId, SecretTotp secret, List<CodeDeSecours> codes) {
        return SecondFacteur.rehydrater(utilisateurId, secret, T0, Totp.pas(T0), codes);
    }

    private void enregistrer(SecondFacteur facteur) {
        enTransaction(() -> secondsFacteurs().enregistrer(facteur));
    }

    private Optional<SecondFacteur> trouver(UtilisateurId utilisateurId) {
        return enTransaction(() -> secondsFacteurs().trouver(utilisateurId));
    }

    private Optional<EnrolementSecondFacteur> enrolement(UtilisateurId utilisateurId) {
        return enTransaction(() -> secondsFacteurs().trouverEnrolement(utilisateurId));
    }

    @Test
    void a_factor_comes_back_with_its_secret_its_last_step_and_its_codes_used_or_not() {
        List<CodeDeSecours> codes = List.of(CodeDeSecours.nouveau("AAAA-BBBB-CCCC-DDDD"),
                new CodeDeSecours(CodeDeSecours.empreinteDe("EEEE-FFFF-GGGG-HHHH"), Optional.of(T0.plusSeconds(90))));
        SecondFacteur stocke = SecondFacteur.rehydrater(compte, GenerateurFactice.SECRET_TOTP, T0.minusSeconds(3600),
                Totp.pas(T0) + 1, codes);

        enregistrer(stocke);

        assertMemeFacteur(stocke, trouver(compte).orElseThrow());
    }

    @Test
    void a_user_without_a_factor_has_none_even_when_another_has_one() {
        enregistrer(facteur(unCompte().id(), GenerateurFactice.SECRET_TOTP, codes("autre")));

        assertEquals(Optional.empty(), trouver(compte));
    }

    @Test
    void a_code_accepted_and_saved_is_refused_afterwards_and_a_spent_recovery_code_stays_spent() {
        enregistrer(SecondFacteur.rehydrater(compte, GenerateurFactice.SECRET_TOTP, T0, Long.MIN_VALUE,
                codes("secours")));
        String code = Totp.code(GenerateurFactice.SECRET_TOTP, Totp.pas(T0));
        SecondFacteur lu = trouver(compte).orElseThrow();
        assertEquals(SecondFacteur.Verification.CODE, lu.verifier(code, T0));
        assertEquals(SecondFacteur.Verification.CODE_DE_SECOURS, lu.verifier("secours-3", T0));
        enregistrer(lu);

        SecondFacteur relu = trouver(compte).orElseThrow();

        assertEquals(SecondFacteur.Verification.REFUSEE, relu.verifier(code, T0));
        assertEquals(SecondFacteur.Verification.REFUSEE, relu.verifier("secours-3", T0));
        assertEquals(SecondFacteur.CODES_DE_SECOURS - 1, relu.codesDeSecoursDisponibles());
    }

    @Test
    void a_new_factor_replaces_the_previous_one_and_its_codes() {
        enregistrer(facteur(compte, GenerateurFactice.SECRET_TOTP, codes("ancien")));
        SecondFacteur nouveau = SecondFacteur.rehydrater(compte, AUTRE_SECRET, T0.plusSeconds(600),
                Totp.pas(T0.plusSeconds(600)), codes("nouveau"));

        enregistrer(nouveau);

        SecondFacteur lu = trouver(compte).orElseThrow();
        assertMemeFacteur(nouveau, lu);
        assertEquals(SecondFacteur.Verification.REFUSEE, lu.verifier("ancien-1", T0.plusSeconds(600)));
    }

    @Test
    void new_recovery_codes_replace_every_previous_one() {
        SecondFacteur stocke = facteur(compte, GenerateurFactice.SECRET_TOTP, codes("ancien"));
        enregistrer(stocke);
        stocke.remplacerCodesDeSecours(codes("regenere"));

        enregistrer(stocke);

        assertEquals(Set.copyOf(codes("regenere")), Set.copyOf(trouver(compte).orElseThrow().codesDeSecours()));
    }

    @Test
    void an_enrolment_comes_back_with_its_secret_and_a_new_one_replaces_it() {
        enTransaction(() -> secondsFacteurs().enregistrerEnrolement(
                new EnrolementSecondFacteur(compte, GenerateurFactice.SECRET_TOTP, T0)));
        EnrolementSecondFacteur recommence = new EnrolementSecondFacteur(compte, AUTRE_SECRET, T0.plusSeconds(60));

        enTransaction(() -> secondsFacteurs().enregistrerEnrolement(recommence));

        assertEquals(Optional.of(recommence), enrolement(compte));
        assertEquals(Optional.empty(), enrolement(unCompte().id()));
    }

    @Test
    void ending_an_enrolment_leaves_the_factor_in_place() {
        SecondFacteur stocke = facteur(compte, GenerateurFactice.SECRET_TOTP, codes("secours"));
        enregistrer(stocke);
        enTransaction(() -> secondsFacteurs().enregistrerEnrolement(
                new EnrolementSecondFacteur(compte, AUTRE_SECRET, T0)));

        enTransaction(() -> secondsFacteurs().supprimerEnrolement(compte));

        assertEquals(Optional.empty(), enrolement(compte));
        assertMemeFacteur(stocke, trouver(compte).orElseThrow());
    }

    @Test
    void deleting_forgets_the_factor_its_codes_and_the_enrolment_of_that_user_only() {
        UtilisateurId autre = unCompte().id();
        enregistrer(facteur(compte, GenerateurFactice.SECRET_TOTP, codes("secours")));
        SecondFacteur sien = facteur(autre, AUTRE_SECRET, codes("sien"));
        enregistrer(sien);
        enTransaction(() -> {
            secondsFacteurs().enregistrerEnrolement(new EnrolementSecondFacteur(compte, AUTRE_SECRET, T0));
            secondsFacteurs().enregistrerEnrolement(new EnrolementSecondFacteur(autre, AUTRE_SECRET, T0));
        });

        enTransaction(() -> secondsFacteurs().supprimer(compte));

        assertEquals(Optional.empty(), trouver(compte));
        assertEquals(Optional.empty(), enrolement(compte));
        assertMemeFacteur(sien, trouver(autre).orElseThrow());
        assertEquals(true, enrolement(autre).isPresent());
    }

    @Test
    void a_factor_deleted_then_enrolled_again_starts_without_the_old_codes() {
        enregistrer(facteur(compte, GenerateurFactice.SECRET_TOTP, codes("ancien")));
        enTransaction(() -> secondsFacteurs().supprimer(compte));
        SecondFacteur nouveau = facteur(compte, AUTRE_SECRET, codes("nouveau"));

        enregistrer(nouveau);

        assertMemeFacteur(nouveau, trouver(compte).orElseThrow());
    }

    /** The codes' order means nothing: they are compared as a set. */
    private static void assertMemeFacteur(SecondFacteur attendu, SecondFacteur lu) {
        assertEquals(attendu.utilisateurId(), lu.utilisateurId());
        assertEquals(attendu.secret(), lu.secret());
        assertEquals(attendu.actifDepuis(), lu.actifDepuis());
        assertEquals(attendu.dernierPas(), lu.dernierPas());
        assertEquals(Set.copyOf(attendu.codesDeSecours()), Set.copyOf(lu.codesDeSecours()));
        assertEquals(attendu.codesDeSecours().size(), lu.codesDeSecours().size());
    }
}
