package fr.espaceentreprise.application.donnees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnelles.SessionResume;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link LectureDonneesPersonnelles}: what the other tables hold about one user, for the export. */
public abstract class LectureDonneesPersonnellesContract extends PortContract {

    private static final AdresseIp IP = new AdresseIp("203.0.113.9");

    private final Entreprise entreprise = uneEntreprise();
    private final Utilisateur camille = stocker(UnUtilisateur.entreprise(entreprise.id())
            .numeroAdherent(entreprise.numeroAdherent().valeur()).email("camille.durand@example.fr").build());
    private final Utilisateur autre = unCompte();

    private <T> T lire(Function<LectureDonneesPersonnelles, T> lecture) {
        return enTransaction(() -> lecture.apply(stockage().lectureDonneesPersonnelles()));
    }

    private void ouvrirSession(UtilisateurId utilisateurId, String jeton, Instant instant) {
        enTransaction(() -> stockage().sessions().ajouter(SessionUtilisateur.ouvrir(SessionId.nouveau(),
                utilisateurId, Set.of(), instant, IP, FamilleNavigateur.FIREFOX, false),
                EmpreinteJeton.de(jeton)));
    }

    private EvenementAudit auditer(UtilisateurId utilisateurId, TypeEvenementAudit type, Instant instant) {
        EvenementAudit evenement = EvenementAudit.de(type, instant, utilisateurId, camille.numeroAdherent(), IP, null);
        enTransaction(() -> stockage().journal().enregistrer(evenement));
        return evenement;
    }

    private Demande soumettre(UtilisateurId auteur, Instant instant) {
        Demande demande = UneDemande.avec(new RectificationDonnees("Accent sur mon nom")).pour(entreprise.id())
                .par(auteur).soumiseLe(instant).build();
        enTransaction(() -> stockage().demandes().enregistrer(demande));
        return demande;
    }

    @Test
    void the_sessions_are_summed_up_newest_first_with_their_revocation() {
        ouvrirSession(camille.id(), "ancienne", T0.minusSeconds(3600));
        ouvrirSession(camille.id(), "recente", T0);
        ouvrirSession(autre.id(), "d-un-autre", T0.minusSeconds(60));
        enTransaction(() -> stockage().sessions().revoquerToutes(camille.id(), Optional.empty(), T0.plusSeconds(5)));
        ouvrirSession(camille.id(), "derniere", T0.plusSeconds(10));

        assertEquals(List.of(new SessionResume(T0.plusSeconds(10), T0.plusSeconds(10), Optional.empty()),
                        new SessionResume(T0, T0, Optional.of(T0.plusSeconds(5))),
                        new SessionResume(T0.minusSeconds(3600), T0.minusSeconds(3600), Optional.of(T0.plusSeconds(5)))),
                lire(lecture -> lecture.sessions(camille.id())));
    }

    @Test
    void the_audit_lines_and_the_demandes_are_his_only_newest_first() {
        EvenementAudit echec = auditer(camille.id(), TypeEvenementAudit.CONNEXION_ECHOUEE, T0.minusSeconds(10));
        EvenementAudit reussite = auditer(camille.id(), TypeEvenementAudit.CONNEXION_REUSSIE, T0);
        auditer(autre.id(), TypeEvenementAudit.CONNEXION_REUSSIE, T0.plusSeconds(1));
        Demande ancienne = soumettre(camille.id(), T0.minusSeconds(86_400));
        Demande recente = soumettre(camille.id(), T0);
        soumettre(autre.id(), T0.plusSeconds(1));

        assertEquals(List.of(reussite, echec), lire(lecture -> lecture.journal(camille.id())));
        assertEquals(List.of(recente.id(), ancienne.id()), lire(lecture -> lecture.demandesDe(camille.id())));
    }

    @Test
    void the_cgu_acceptances_are_read_oldest_first() {
        VersionCgu premiere = new VersionCgu("2026-01", T0.minusSeconds(86_400 * 60));
        VersionCgu seconde = new VersionCgu("2026-02", T0.minusSeconds(86_400 * 30));
        AcceptationCgu recente = new AcceptationCgu(camille.id(), seconde.version(), T0);
        AcceptationCgu ancienne = new AcceptationCgu(camille.id(), premiere.version(), T0.minusSeconds(86_400 * 59));
        enTransaction(() -> {
            stockage().cgu().publier(new PublicationCgu(premiere, "Conditions", "Terms"));
            stockage().cgu().publier(new PublicationCgu(seconde, "Conditions", "Terms"));
            stockage().cgu().enregistrer(recente);
            stockage().cgu().enregistrer(ancienne);
            stockage().cgu().enregistrer(new AcceptationCgu(autre.id(), seconde.version(), T0));
        });

        assertEquals(List.of(ancienne, recente), lire(lecture -> lecture.acceptationsCgu(camille.id())));
    }

    @Test
    void the_confirmed_address_and_the_last_login_come_from_the_credentials() {
        enTransaction(() -> stockage().identifiants().enregistrer(Identifiants.rehydrater(camille.id(), null, null,
                Temporisation.AUCUNE, new Email("camille.perso@example.fr"), null, T0)));

        assertEquals(Optional.of("camille.perso@example.fr"), lire(lecture -> lecture.emailConfirme(camille.id())));
        assertEquals(Optional.of(T0), lire(lecture -> lecture.derniereConnexion(camille.id())));
    }

    @Test
    void a_user_of_whom_nothing_is_stored_has_nothing_to_export() {
        ouvrirSession(autre.id(), "d-un-autre", T0);
        auditer(autre.id(), TypeEvenementAudit.CONNEXION_REUSSIE, T0);
        soumettre(autre.id(), T0);
        enTransaction(() -> stockage().identifiants().enregistrer(Identifiants.nouveaux(camille.id())));

        assertEquals(List.of(), lire(lecture -> lecture.sessions(camille.id())));
        assertEquals(List.of(), lire(lecture -> lecture.journal(camille.id())));
        assertEquals(List.of(), lire(lecture -> lecture.demandesDe(camille.id())));
        assertEquals(List.of(), lire(lecture -> lecture.acceptationsCgu(camille.id())));
        assertEquals(Optional.empty(), lire(lecture -> lecture.emailConfirme(camille.id())));
        assertEquals(Optional.empty(), lire(lecture -> lecture.derniereConnexion(camille.id())));
    }
}
