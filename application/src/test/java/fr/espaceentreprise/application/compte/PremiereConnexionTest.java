package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.CGU;
import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.AccesRefuseException;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole path of a newcomer, from the sign-up form to a session with nothing pending. */
class PremiereConnexionTest {

    private final EspaceComptes espace = new EspaceComptes();

    @Test
    void a_newcomer_signs_up_is_validated_logs_in_with_the_mailed_password_and_completes_the_three_steps() {
        Entreprise entreprise = espace.entreprises.ajouter(UneEntreprise.nommee("Expat Conseil SAS")
                .numeroAdherent("10000004").build());
        espace.ports().contrats.ajouter(UnContrat.de(entreprise.id()).build());
        Acteur gestionnaire = espace.acteur(espace.gestionnaire());

        espace.demanderInscription().demander(new DemanderInscription.Commande(Profil.ENTREPRISE,
                "Expat Conseil SAS", entreprise.siret(), new Email("camille@perso.fr"),
                new NumeroAdherent("10000004"), "Durand", "Camille", LocalDate.of(1984, 6, 15), Langue.FR, IP));
        var aControler = espace.consulterInscriptions().consulter(
                new ConsulterInscriptions.Requete(gestionnaire, java.util.Optional.empty(), 20)).elements().get(0);
        UtilisateurId id = espace.validerInscription().valider(
                new ValiderInscription.Commande(gestionnaire, aControler.demande().id(), IP));

        espace.horloge.avancer(Duration.ofMinutes(2));
        Utilisateur nouveau = espace.utilisateurs.trouver(id).orElseThrow();
        String provisoire = espace.secretEnvoye(nouveau, CourrielsCompte.MOT_DE_PASSE_PROVISOIRE);
        String numero = espace.notifications.deType(TypeNotification.RAPPEL_NUMERO_ADHERENT).get(0).parametres()
                .get("numeroAdherent");

        SeConnecter.Resultat.Reussie connexion = (SeConnecter.Resultat.Reussie) espace.seConnecter().seConnecter(
                new SeConnecter.Commande(new NumeroAdherent(numero), provisoire.toCharArray(), IP));
        SessionAuthentifiee session = espace.authentifierSession().authentifier(connexion.jeton()).orElseThrow();
        assertEquals(id, session.utilisateurId());
        assertEquals(List.of(EtapeObligatoire.CHANGER_MOT_DE_PASSE, EtapeObligatoire.CONFIRMER_EMAIL,
                EtapeObligatoire.ACCEPTER_CGU), List.copyOf(session.etapesEnAttente()));
        assertEquals(EtapeObligatoire.CHANGER_MOT_DE_PASSE, refus(session));

        espace.definirMotDePasse().definir(new DefinirMotDePasse.Commande(session,
                "Citron-Piano-Nuage-77".toCharArray(), IP));
        session = espace.authentifierSession().authentifier(connexion.jeton()).orElseThrow();
        assertEquals(EtapeObligatoire.CONFIRMER_EMAIL, refus(session));

        espace.demanderCodeEmail().demander(new DemanderCodeEmail.Commande(session, IP));
        String code = espace.secretEnvoye(nouveau, CourrielsCompte.CODE);
        espace.confirmerEmail().confirmer(new ConfirmerEmail.Commande(session, code, IP));
        session = espace.authentifierSession().authentifier(connexion.jeton()).orElseThrow();

        assertEquals(Set.of(), espace.accepterCgu().accepter(new AccepterCgu.Commande(session, CGU.version(), IP)));
        session = espace.authentifierSession().authentifier(connexion.jeton()).orElseThrow();
        assertEquals(id, espace.consulterMonCompte().consulter(session).id(), "the space is open to him now");

        assertEquals(Set.of(), espace.connecter(espace.utilisateurs.trouver(id).orElseThrow(),
                "Citron-Piano-Nuage-77").etapesEnAttente(), "nothing is asked at the next login");
        assertEquals(List.of(TypeEvenementAudit.INSCRIPTION_DEMANDEE, TypeEvenementAudit.INSCRIPTION_VALIDEE,
                        TypeEvenementAudit.CONNEXION_REUSSIE, TypeEvenementAudit.MOT_DE_PASSE_CHANGE,
                        TypeEvenementAudit.EMAIL_CONFIRME, TypeEvenementAudit.CGU_ACCEPTEES,
                        TypeEvenementAudit.CONNEXION_REUSSIE),
                espace.journal.evenements().stream().map(e -> e.type()).toList());
    }

    /** The step a use case of the space names when it refuses the session. */
    private EtapeObligatoire refus(SessionAuthentifiee session) {
        return assertThrows(AccesRefuseException.class, () -> espace.consulterMonCompte().consulter(session)).etape();
    }
}
