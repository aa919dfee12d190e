package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertRegleMetier;
import static fr.espaceentreprise.domain.compte.MotDePasseProvisoire.VALIDITE_INSCRIPTION;
import static fr.espaceentreprise.domain.compte.MotDePasseProvisoire.VALIDITE_OUBLI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentifiantsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Email EMAIL = new Email("camille.durand@example.fr");

    private final Identifiants identifiants = Identifiants.nouveaux(UtilisateurId.nouveau());

    @Test
    void new_credentials_have_no_password_nothing_confirmed_and_no_previous_login() {
        assertEquals(Optional.empty(), identifiants.empreinteMotDePasse());
        assertEquals(Optional.empty(), identifiants.motDePasseProvisoire());
        assertEquals(Optional.empty(), identifiants.emailConfirme());
        assertEquals(Optional.empty(), identifiants.derniereConnexion());
        assertEquals(Temporisation.AUCUNE, identifiants.temporisation());
    }

    @Test
    void rehydration_restores_every_field() {
        UtilisateurId id = UtilisateurId.nouveau();
        MotDePasseProvisoire provisoire = MotDePasseProvisoire.emis("prov", T0, VALIDITE_INSCRIPTION);
        Temporisation temporisation = new Temporisation(3, List.of(T0, T0.plusSeconds(1), T0.plusSeconds(2)));
        CodeConfirmationEmail code = new CodeConfirmationEmail("code", EMAIL, T0.plusSeconds(600), 2);

        Identifiants relus = Identifiants.rehydrater(id, "actuel", provisoire, temporisation, EMAIL, code,
                T0.minusSeconds(3600));

        assertEquals(id, relus.utilisateurId());
        assertEquals(Optional.of("actuel"), relus.empreinteMotDePasse());
        assertEquals(Optional.of(provisoire), relus.motDePasseProvisoire());
        assertEquals(temporisation, relus.temporisation());
        assertEquals(Optional.of(EMAIL), relus.emailConfirme());
        assertEquals(Optional.of(code), relus.codeEmail());
        assertEquals(Optional.of(T0.minusSeconds(3600)), relus.derniereConnexion());
    }

    @Nested
    class MotsDePasseProvisoires {

        private void assertValideJusqua(Duration validite, Instant expiration) {
            identifiants.emettreMotDePasseProvisoire("prov", T0, validite);

            assertEquals(expiration, identifiants.motDePasseProvisoire().orElseThrow().expireLe());
            assertEquals(Optional.of("prov"), identifiants.empreinteProvisoireValideLe(T0));
            assertEquals(Optional.of("prov"), identifiants.empreinteProvisoireValideLe(expiration.minusMillis(1)));
            assertEquals(Optional.empty(), identifiants.empreinteProvisoireValideLe(expiration));
        }

        @Test
        void the_temporary_password_sent_after_sign_up_works_for_72_hours_exactly() {
            assertValideJusqua(VALIDITE_INSCRIPTION, T0.plus(Duration.ofHours(72)));
        }

        @Test
        void a_temporary_password_asked_for_a_forgotten_one_works_for_one_hour_exactly() {
            assertValideJusqua(VALIDITE_OUBLI, T0.plus(Duration.ofHours(1)));
        }

        @Test
        void the_current_password_keeps_working_while_a_temporary_one_is_pending() {
            identifiants.definirMotDePasse("actuel");
            identifiants.emettreMotDePasseProvisoire("prov", T0, VALIDITE_INSCRIPTION);

            assertEquals(Optional.of("actuel"), identifiants.empreinteMotDePasse());
        }

        @Test
        void using_the_temporary_password_consumes_it_and_retires_the_former_one() {
            identifiants.definirMotDePasse("actuel");
            identifiants.emettreMotDePasseProvisoire("prov", T0, VALIDITE_INSCRIPTION);

            identifiants.utiliserMotDePasseProvisoire(T0.plusSeconds(10));

            assertEquals(Optional.empty(), identifiants.empreinteProvisoireValideLe(T0.plusSeconds(11)));
            assertEquals(Optional.empty(), identifiants.motDePasseProvisoire());
            assertEquals(Optional.empty(), identifiants.empreinteMotDePasse());
        }

        @Test
        void a_temporary_password_cannot_be_used_twice() {
            identifiants.emettreMotDePasseProvisoire("prov", T0, VALIDITE_INSCRIPTION);
            identifiants.utiliserMotDePasseProvisoire(T0.plusSeconds(10));

            assertRegleMetier("motDePasse.provisoire.expire",
                    () -> identifiants.utiliserMotDePasseProvisoire(T0.plusSeconds(20)));
        }

        @Test
        void an_expired_temporary_password_cannot_be_used() {
            identifiants.definirMotDePasse("actuel");
            identifiants.emettreMotDePasseProvisoire("prov", T0, VALIDITE_OUBLI);

            assertRegleMetier("motDePasse.provisoire.expire",
                    () -> identifiants.utiliserMotDePasseProvisoire(T0.plus(Duration.ofHours(1))));
            assertEquals(Optional.of("actuel"), identifiants.empreinteMotDePasse(), "nothing changed");
        }

        @Test
        void a_new_temporary_password_replaces_the_previous_one_and_restarts_the_72_hours() {
            identifiants.emettreMotDePasseProvisoire("premier", T0, VALIDITE_INSCRIPTION);
            identifiants.emettreMotDePasseProvisoire("second", T0.plus(Duration.ofHours(48)), VALIDITE_INSCRIPTION);

            assertEquals(Optional.of("second"),
                    identifiants.empreinteProvisoireValideLe(T0.plus(Duration.ofHours(100))));
        }

        @Test
        void a_forgotten_password_asked_during_the_72_hours_replaces_the_first_one_and_its_lifetime() {
            identifiants.emettreMotDePasseProvisoire("premier", T0, VALIDITE_INSCRIPTION);
            Instant oubli = T0.plus(Duration.ofHours(48));
            identifiants.emettreMotDePasseProvisoire("second", oubli, VALIDITE_OUBLI);

            assertEquals(Optional.of("second"), identifiants.empreinteProvisoireValideLe(oubli.plusSeconds(3599)));
            assertEquals(Optional.empty(), identifiants.empreinteProvisoireValideLe(oubli.plusSeconds(3600)),
                    "the first one, which would have lasted till 72 h, is gone");
        }

        @Test
        void choosing_a_password_voids_the_pending_temporary_one() {
            identifiants.emettreMotDePasseProvisoire("prov", T0, VALIDITE_INSCRIPTION);

            identifiants.definirMotDePasse("nouveau");

            assertEquals(Optional.of("nouveau"), identifiants.empreinteMotDePasse());
            assertEquals(Optional.empty(), identifiants.empreinteProvisoireValideLe(T0));
        }

        @Test
        void rehashing_keeps_the_pending_temporary_password() {
            identifiants.definirMotDePasse("ancienne-empreinte");
            identifiants.emettreMotDePasseProvisoire("prov", T0, VALIDITE_INSCRIPTION);

            identifiants.rehacherMotDePasse("nouvelle-empreinte");

            assertEquals(Optional.of("nouvelle-empreinte"), identifiants.empreinteMotDePasse());
            assertEquals(Optional.of("prov"), identifiants.empreinteProvisoireValideLe(T0));
        }

        @Test
        void there_is_nothing_to_rehash_without_a_password() {
            assertThrows(IllegalStateException.class, () -> identifiants.rehacherMotDePasse("x"));
        }
    }

    @Nested
    class Connexions {

        @Test
        void a_login_answers_the_previous_one() {
            assertEquals(Optional.empty(), identifiants.enregistrerConnexion(T0));
            assertEquals(Optional.of(T0), identifiants.enregistrerConnexion(T0.plusSeconds(3600)));
            assertEquals(Optional.of(T0.plusSeconds(3600)), identifiants.derniereConnexion());
        }

        @Test
        void a_login_resets_the_consecutive_failures() {
            for (int i = 0; i < 5; i++) {
                identifiants.enregistrerEchec(T0.plusSeconds(i));
            }
            assertTrue(identifiants.prochainEssaiAutorise(T0.plusSeconds(5)).isPresent());

            identifiants.enregistrerConnexion(T0.plusSeconds(70));

            assertEquals(0, identifiants.temporisation().echecsConsecutifs());
            assertEquals(5, identifiants.temporisation().echecsRecents().size(), "the daily window remembers");
            assertEquals(Optional.empty(), identifiants.prochainEssaiAutorise(T0.plusSeconds(71)));
        }

        @Test
        void failures_are_throttled_as_the_temporisation_says() {
            for (int i = 0; i < 5; i++) {
                identifiants.enregistrerEchec(T0);
            }
            assertEquals(Optional.of(T0.plusSeconds(60)), identifiants.prochainEssaiAutorise(T0.plusSeconds(1)));
        }
    }

    @Nested
    class ConfirmationEmail {

        private final Predicate<String> bonCode = "code-hache"::equals;
        private final Predicate<String> mauvaisCode = empreinte -> false;

        @Test
        void the_right_code_confirms_the_address_it_was_sent_to_and_is_used_up() {
            identifiants.emettreCodeEmail("code-hache", EMAIL, T0);

            assertEquals(ResultatConfirmationEmail.CONFIRME, identifiants.confirmerEmail(bonCode, T0.plusSeconds(30)));

            assertTrue(identifiants.aConfirme(EMAIL));
            assertFalse(identifiants.aConfirme(new Email("autre@example.fr")));
            assertEquals(ResultatConfirmationEmail.AUCUN_CODE, identifiants.confirmerEmail(bonCode, T0.plusSeconds(31)));
        }

        @Test
        void without_a_code_nothing_can_be_confirmed() {
            assertEquals(ResultatConfirmationEmail.AUCUN_CODE, identifiants.confirmerEmail(bonCode, T0));
            assertFalse(identifiants.aConfirme(EMAIL));
        }

        @Test
        void a_code_works_until_ten_minutes_exactly() {
            identifiants.emettreCodeEmail("code-hache", EMAIL, T0);
            assertEquals(ResultatConfirmationEmail.CONFIRME,
                    identifiants.confirmerEmail(bonCode, T0.plus(Duration.ofMinutes(10)).minusMillis(1)));

            identifiants.emettreCodeEmail("code-hache", EMAIL, T0);
            assertEquals(ResultatConfirmationEmail.CODE_EXPIRE,
                    identifiants.confirmerEmail(bonCode, T0.plus(Duration.ofMinutes(10))));
            assertEquals(Optional.empty(), identifiants.codeEmail(), "an expired code is forgotten");
        }

        @Test
        void four_wrong_codes_leave_a_last_chance_and_the_fifth_voids_the_code() {
            identifiants.emettreCodeEmail("code-hache", EMAIL, T0);
            for (int essai = 1; essai <= 4; essai++) {
                assertEquals(ResultatConfirmationEmail.CODE_INCORRECT,
                        identifiants.confirmerEmail(mauvaisCode, T0.plusSeconds(essai)));
                assertEquals(5 - essai, identifiants.codeEmail().orElseThrow().essaisRestants());
            }

            assertEquals(ResultatConfirmationEmail.ESSAIS_EPUISES,
                    identifiants.confirmerEmail(mauvaisCode, T0.plusSeconds(5)));

            assertEquals(Optional.empty(), identifiants.codeEmail());
            assertEquals(ResultatConfirmationEmail.AUCUN_CODE, identifiants.confirmerEmail(bonCode, T0.plusSeconds(6)),
                    "even the right code no longer works");
            assertFalse(identifiants.aConfirme(EMAIL));
        }

        @Test
        void the_fifth_attempt_may_still_be_the_right_one() {
            identifiants.emettreCodeEmail("code-hache", EMAIL, T0);
            for (int essai = 1; essai <= 4; essai++) {
                identifiants.confirmerEmail(mauvaisCode, T0.plusSeconds(essai));
            }
            assertEquals(ResultatConfirmationEmail.CONFIRME, identifiants.confirmerEmail(bonCode, T0.plusSeconds(5)));
        }

        @Test
        void a_new_code_replaces_the_previous_one_with_five_fresh_attempts() {
            identifiants.emettreCodeEmail("ancien", EMAIL, T0);
            identifiants.confirmerEmail(mauvaisCode, T0.plusSeconds(1));

            identifiants.emettreCodeEmail("code-hache", EMAIL, T0.plusSeconds(2));

            assertEquals(5, identifiants.codeEmail().orElseThrow().essaisRestants());
            assertEquals(ResultatConfirmationEmail.CODE_INCORRECT,
                    identifiants.confirmerEmail("ancien"::equals, T0.plusSeconds(3)));
        }
    }

    @Test
    void secrets_hashes_stay_out_of_logs() {
        identifiants.definirMotDePasse("$argon2id$secret");
        identifiants.emettreMotDePasseProvisoire("$argon2id$provisoire", T0, VALIDITE_OUBLI);
        identifiants.emettreCodeEmail("$argon2id$code", EMAIL, T0);

        assertFalse(identifiants.toString().contains("argon2"));
        assertFalse(identifiants.motDePasseProvisoire().orElseThrow().toString().contains("argon2"));
        assertFalse(identifiants.codeEmail().orElseThrow().toString().contains("argon2"));
    }
}
