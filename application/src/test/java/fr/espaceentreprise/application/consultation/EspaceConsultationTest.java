package fr.espaceentreprise.application.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EspaceConsultationTest {

    private final EspaceConsultation espace = new EspaceConsultation();

    @Test
    void an_account_logged_in_through_the_accounts_fixture_acts_with_its_real_perimetre() {
        Entreprise entreprise = espace.entreprise("Durand SA");
        Contrat sousMandat = espace.contrat(entreprise);
        Contrat horsMandat = espace.contrat(entreprise);
        espace.salarie("Wróbel", "Łukasz", sousMandat);
        espace.salarie("Çelik", "Şükrü", horsMandat);
        Mandataire courtier = espace.mandataire("Courtage Expat");
        espace.mandat(courtier, sousMandat);

        SessionAuthentifiee session = espace.comptes.connecter(espace.compteMandataire(courtier));
        Acteur acteur = session.acteur();

        assertTrue(acteur.perimetre().voitContrat(sousMandat.id()));
        assertEquals(List.of("Wróbel"), noms(acteur, entreprise));
        Acteur utilisateurEntreprise = espace.comptes.connecter(espace.compteEntreprise(entreprise)).acteur();
        assertEquals(List.of("Çelik", "Wróbel"), noms(utilisateurEntreprise, entreprise));
    }

    private List<String> noms(Acteur acteur, Entreprise entreprise) {
        return espace.consulterSalaries().lister(new ConsulterSalaries.Requete(acteur, entreprise.id(),
                        FiltreSalaries.AUCUN, Optional.empty(), 20))
                .elements().stream().map(SalarieResume::nom).toList();
    }
}
