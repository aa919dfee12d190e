package fr.espaceentreprise.application.compte;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ConsulterJournal and ChangerLangue. */
class JournalEtLangueServiceTest {

    private final EspaceComptes espace = new EspaceComptes();
    private final Acteur gestionnaire = espace.acteur(espace.gestionnaire());
    private final Utilisateur compte = espace.compteActif();

    private EvenementAudit evenement(int seconde, String numero) {
        EvenementAudit evenement = EvenementAudit.de(TypeEvenementAudit.CONNEXION_ECHOUEE, T0.plusSeconds(seconde),
                null, new NumeroAdherent(numero), IP, "s" + seconde);
        espace.journal.ajouter(evenement);
        return evenement;
    }

    private Page<EvenementAudit, CurseurChronologique> consulter(Acteur acteur, Optional<NumeroAdherent> numero, Page<EvenementAudit, CurseurChronologique> apres,
                                           int taille) {
        return espace.consulterJournal().consulter(new ConsulterJournal.Requete(acteur, numero,
                apres == null ? Optional.empty() : apres.suivant(), taille));
    }

    @Test
    void a_gestionnaire_reads_the_trail_newest_first_page_by_page() {
        for (int i = 1; i <= 5; i++) {
            evenement(i, "10000001");
        }

        Page<EvenementAudit, CurseurChronologique> premiere = consulter(gestionnaire, Optional.empty(), null, 2);
        Page<EvenementAudit, CurseurChronologique> seconde = consulter(gestionnaire, Optional.empty(), premiere, 2);
        Page<EvenementAudit, CurseurChronologique> derniere = consulter(gestionnaire, Optional.empty(), seconde, 2);

        assertEquals(List.of("s5", "s4"), details(premiere));
        assertEquals(List.of("s3", "s2"), details(seconde));
        assertEquals(List.of("s1"), details(derniere));
        assertEquals(Optional.empty(), derniere.suivant());
    }

    @Test
    void lines_at_the_same_instant_are_neither_lost_nor_repeated_across_pages() {
        for (int i = 0; i < 5; i++) {
            evenement(0, "10000001");
        }

        Page<EvenementAudit, CurseurChronologique> premiere = consulter(gestionnaire, Optional.empty(), null, 3);
        Page<EvenementAudit, CurseurChronologique> seconde = consulter(gestionnaire, Optional.empty(), premiere, 3);

        assertEquals(5, java.util.stream.Stream.concat(premiere.elements().stream(), seconde.elements().stream())
                .map(EvenementAudit::id).distinct().count());
    }

    @Test
    void the_trail_can_be_narrowed_to_one_numero() {
        evenement(1, "10000001");
        evenement(2, "20000001");
        evenement(3, "10000001");

        Page<EvenementAudit, CurseurChronologique> page = consulter(gestionnaire, Optional.of(new NumeroAdherent("10000001")), null, 20);

        assertEquals(List.of("s3", "s1"), details(page));
    }

    @Test
    void anyone_but_a_gestionnaire_is_told_the_trail_does_not_exist() {
        assertThrows(IntrouvableException.class,
                () -> consulter(espace.acteur(compte), Optional.empty(), null, 20));
    }

    @Test
    void the_language_chosen_is_kept_for_the_user() {
        espace.changerLangue().changer(new ChangerLangue.Commande(espace.acteur(compte), Langue.EN));

        assertEquals(Langue.EN, espace.utilisateurs.trouver(compte.id()).orElseThrow().langue());
    }

    private static List<String> details(Page<EvenementAudit, CurseurChronologique> page) {
        return page.elements().stream().map(e -> e.detail().orElseThrow()).toList();
    }
}
