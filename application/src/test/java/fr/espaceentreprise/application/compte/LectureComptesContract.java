package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.UnMandataire;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LectureComptes}: every account of a numéro, the live one first, with whom it acts for and its last login. */
public abstract class LectureComptesContract extends PortContract {

    private List<FicheCompte> parNumero(NumeroAdherent numero) {
        return enTransaction(() -> stockage().lectureComptes().parNumeroAdherent(numero));
    }

    @Test
    void finds_the_live_account_first_then_the_deleted_ones_with_their_entreprise_and_last_login() {
        Entreprise entreprise = stocker(UneEntreprise.parDefaut().raisonSociale("Durand SA").build());
        Utilisateur ancien = stocker(UnUtilisateur.entreprise(entreprise.id())
                .numeroAdherent(entreprise.numeroAdherent().valeur()).nomme("Durand").build());
        enTransaction(() -> stockage().identifiants().enregistrer(Identifiants.rehydrater(ancien.id(), null, null,
                Temporisation.AUCUNE, null, null, T0)));
        ancien.supprimer();
        stocker(ancien);
        Utilisateur successeur = stocker(UnUtilisateur.entreprise(entreprise.id())
                .numeroAdherent(entreprise.numeroAdherent().valeur()).nomme("Martin").build());

        List<FicheCompte> fiches = parNumero(entreprise.numeroAdherent());

        assertEquals(List.of(successeur.id(), ancien.id()), fiches.stream().map(FicheCompte::id).toList());
        FicheCompte vivant = fiches.get(0);
        assertEquals(new FicheCompte(successeur.id(), successeur.numeroAdherent(), successeur.profil(),
                successeur.nom(), successeur.prenom(), successeur.email(), successeur.langue(), StatutCompte.ACTIF,
                Optional.of("Durand SA"), Optional.empty(), List.of()), vivant);
        assertEquals(StatutCompte.SUPPRIME, fiches.get(1).statut());
        assertEquals(Optional.of(T0), fiches.get(1).derniereConnexion());
    }

    @Test
    void an_account_acts_for_its_mandataire_and_a_gestionnaire_for_nobody() {
        Mandataire mandataire = UnMandataire.parDefaut().build();
        enTransaction(() -> stockage().mandataires().enregistrer(mandataire));
        Utilisateur duMandataire = stocker(UnUtilisateur.mandataire(mandataire.id())
                .numeroAdherent(nouveauNumero().valeur()).build());
        Utilisateur gestionnaire = unCompte();

        assertEquals(Optional.of(mandataire.raisonSociale()),
                parNumero(duMandataire.numeroAdherent()).get(0).rattachement());
        assertEquals(Optional.empty(), parNumero(gestionnaire.numeroAdherent()).get(0).rattachement());
    }

    @Test
    void a_numero_nobody_holds_has_no_account() {
        unCompte();

        assertEquals(List.of(), parNumero(nouveauNumero()));
    }
}
