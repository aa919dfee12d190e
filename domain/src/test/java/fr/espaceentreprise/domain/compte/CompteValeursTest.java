package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.commun.AssertionsDomaine.assertValeurInvalide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values of the compte capability: CGU versions, IP addresses, audit lines, identifiers. */
class CompteValeursTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"2026-01", "v2", "1.3.0", "cgu_2026"})
    void a_cgu_version_is_a_short_label(String version) {
        assertEquals(version, new VersionCgu(" " + version + " ", T0).version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2026", "2026 01", "v2<script>", "123456789012345678901234567890123"})
    void a_cgu_version_with_other_characters_or_too_long_is_refused(String version) {
        assertValeurInvalide("cgu.version.invalide", "version", () -> new VersionCgu(version, T0));
    }

    @Test
    void an_acceptance_is_about_one_version() {
        AcceptationCgu acceptation = new AcceptationCgu(UtilisateurId.nouveau(), "2026-01", T0);

        assertTrue(acceptation.porteSur(new VersionCgu("2026-01", T0.minusSeconds(60))));
        assertFalse(acceptation.porteSur(new VersionCgu("2026-02", T0.minusSeconds(60))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "2001:db8::1", "::ffff:192.0.2.128", "0:0:0:0:0:ffff:192.168.100.228"})
    void an_ip_address_is_kept_as_given(String ip) {
        assertEquals(ip, new AdresseIp(ip).valeur());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "203.0.113.7\r\nX: y", "1.2.3.4; drop", "::::::::::::::::::::::::::::::::::::::::::::::"})
    void anything_else_is_not_an_ip_address(String ip) {
        assertValeurInvalide("adresseIp.invalide", "ip", () -> new AdresseIp(ip));
    }

    @Test
    void an_audit_line_has_a_fresh_id_and_optional_parts() {
        AdresseIp ip = new AdresseIp("203.0.113.7");
        EvenementAudit evenement = EvenementAudit.de(TypeEvenementAudit.CONNEXION_ECHOUEE, T0, null,
                new NumeroAdherent("12345678"), ip, "compte_inconnu");
        EvenementAudit autre = EvenementAudit.de(TypeEvenementAudit.DECONNEXION, T0, UtilisateurId.nouveau(), null,
                ip, null);

        assertFalse(evenement.id().equals(autre.id()));
        assertEquals(Optional.empty(), evenement.utilisateurId());
        assertEquals(Optional.of(new NumeroAdherent("12345678")), evenement.numeroAdherent());
        assertEquals(Optional.of("compte_inconnu"), evenement.detail());
        assertEquals(Optional.empty(), autre.detail());
    }

    @Test
    void an_audit_detail_is_one_short_printable_line() {
        AdresseIp ip = new AdresseIp("203.0.113.7");
        assertThrows(IllegalArgumentException.class,
                () -> EvenementAudit.de(TypeEvenementAudit.DECONNEXION, T0, null, null, ip, "a\nb"));
        assertThrows(IllegalArgumentException.class,
                () -> EvenementAudit.de(TypeEvenementAudit.DECONNEXION, T0, null, null, ip, "x".repeat(201)));
    }

    @Test
    void identifiers_read_back_their_canonical_form_only() {
        DemandeInscriptionId demande = DemandeInscriptionId.nouveau();
        SessionId session = SessionId.nouveau();

        assertEquals(demande, DemandeInscriptionId.de(demande.toString()));
        assertEquals(session, SessionId.de(session.toString()));
        assertValeurInvalide("identifiant.invalide", "id", () -> DemandeInscriptionId.de("pas-un-uuid"));
        assertValeurInvalide("identifiant.invalide", "id", () -> SessionId.de(null));
    }
}
