package fr.espaceentreprise.application.notification;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.compte.CourrielsCompte;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.RecupererAcces;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the use cases queue is sent by the assembly's dispatch, its secrets drawn then. */
class CourrielsDistribuesTest {

    private static final String PROVISOIRE = "Provisoire-JKLM-2468";

    private final EspaceComptes espace = new EspaceComptes();
    private final PortsEnMemoire ports = espace.ports();
    private final DistribuerCourriels distribuer = espace.espace().exploitation().distribuerCourriels();
    private final Utilisateur compte = espace.compteActif(UnUtilisateur.entreprise().numeroAdherent("10000001")
            .prenomme("Camille").email("camille@example.fr").langue(Langue.EN));

    private void motDePasseOublie() {
        espace.recupererAcces().motDePasseOublie(new RecupererAcces.MotDePasseOublie(compte.numeroAdherent(), IP));
    }

    @Test
    void a_mail_queued_by_a_use_case_is_sent_once_with_the_secret_drawn_at_dispatch() {
        ports.generateur.prochainMotDePasseProvisoire(PROVISOIRE);
        motDePasseOublie();
        assertEquals(List.of(), ports.mailSender.envoyes(), "nothing leaves before the dispatch");

        assertEquals(1, distribuer.distribuer());
        assertEquals(0, distribuer.distribuer());

        Courriel courriel = ports.mailSender.dernier();
        assertEquals(compte.email(), courriel.destinataire());
        assertEquals(TypeNotification.MOT_DE_PASSE_PROVISOIRE.name(), courriel.sujet());
        assertEquals(BoiteDEnvoiEnMemoire.messageId(1), courriel.messageId());
        assertEquals(Optional.of(PROVISOIRE),
                RedactionFactice.valeur(courriel, CourrielsCompte.MOT_DE_PASSE_PROVISOIRE));
        assertEquals(Optional.of("Camille"), RedactionFactice.valeur(courriel, CourrielsCompte.PRENOM));
        assertEquals(0, ports.boiteDEnvoi.enAttente());
        assertEquals(Set.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE),
                espace.connecter(compte, PROVISOIRE).etapesEnAttente(), "the password mailed is the one kept");
    }

    @Test
    void a_mail_that_cannot_be_handed_over_is_tried_again_later_with_a_new_secret() {
        ports.mailSender.tomberEnPanne(new EnvoiImpossibleException("serveur injoignable", null));
        ports.generateur.prochainMotDePasseProvisoire("Provisoire-AAAA-1111");
        motDePasseOublie();

        assertEquals(0, distribuer.distribuer());
        BoiteDEnvoiEnMemoire.Suivi suivi = ports.boiteDEnvoi.suivi(1);
        assertEquals(1, suivi.tentatives());
        assertTrue(suivi.raison().orElseThrow().contains("serveur injoignable"));
        assertFalse(suivi.raison().orElseThrow().contains("Provisoire-AAAA-1111"));
        assertTrue(ports.identifiants.de(compte.id()).motDePasseProvisoire().isEmpty(), "the failed secret is gone");

        ports.mailSender.retablir();
        ports.generateur.prochainMotDePasseProvisoire(PROVISOIRE);
        assertEquals(0, distribuer.distribuer(), "not before its delay");
        ports.horloge.avancer(Duration.ofMinutes(1));
        assertEquals(1, distribuer.distribuer());

        assertEquals(Optional.of(PROVISOIRE), RedactionFactice.valeur(ports.mailSender.dernier(),
                CourrielsCompte.MOT_DE_PASSE_PROVISOIRE));
    }

    @Test
    void a_mail_whose_secret_is_missing_is_never_written() {
        Notification sansSecret = new Notification(TypeNotification.CODE_CONFIRMATION_EMAIL, compte.email(),
                Langue.FR, Optional.of(compte.id()), Map.of());

        IllegalArgumentException refus = assertThrows(IllegalArgumentException.class,
                () -> ports.redaction.rediger(sansSecret, Map.of(), BoiteDEnvoiEnMemoire.messageId(1)));

        assertTrue(refus.getMessage().contains(CourrielsCompte.CODE), refus.getMessage());
    }
}
