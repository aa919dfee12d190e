package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.cotisation.AppelDeCotisationRepository;
import fr.espaceentreprise.application.demande.DemandeRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.mandataire.MandatRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.application.salarie.SalarieRepository;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The demo data a fresh portal is seeded with: four companies (numéros d'adhérent 10000001 to 10000004), two
 * brokers (20000001 Courtage Horizon, 20000002 Mandat Plus), their contracts and mandates, about two hundred
 * employees in some forty countries, two years of contribution calls, demandes in every statut, and the accounts
 * of 10000001, 10000002, 20000001 and the gestionnaire 90000001.
 *
 * <p>Everything is written through the repository ports, built by the domain's own factories and behaviour, so
 * every row obeys the domain's rules. The content is deterministic (a seeded generator, dates relative to the
 * seeding day): two seedings on the same day write the same data.
 */
public final class DonneesDemo {

    private final Transactions transactions;
    private final EntrepriseRepository entreprises;
    private final MandataireRepository mandataires;
    private final MandatRepository mandats;
    private final ContratRepository contrats;
    private final SalarieRepository salaries;
    private final AppelDeCotisationRepository appels;
    private final DemandeRepository demandes;
    private final UtilisateurRepository utilisateurs;

    public DonneesDemo(Stockage stockage) {
        this.transactions = stockage.transactions();
        this.entreprises = stockage.entreprises();
        this.mandataires = stockage.mandataires();
        this.mandats = stockage.mandats();
        this.contrats = stockage.contrats();
        this.salaries = stockage.salaries();
        this.appels = stockage.appels();
        this.demandes = stockage.demandes();
        this.utilisateurs = stockage.utilisateurs();
    }

    /**
     * Seeds the demo data as of {@code aujourdhui}, in one transaction, unless it is already there.
     *
     * @return true when the data was written; false, having written nothing, when entreprise 10000001 exists
     */
    public boolean semer(LocalDate aujourdhui) {
        Objects.requireNonNull(aujourdhui);
        return transactions.enTransaction(() -> {
            if (entreprises.trouverParNumeroAdherent(Referentiel.ATLAS).isPresent()) {
                return false;
            }
            ecrire(Semis.au(aujourdhui));
            return true;
        });
    }

    private void ecrire(Semis semis) {
        Referentiel referentiel = semis.referentiel;
        referentiel.entreprises().forEach(entreprises::enregistrer);
        referentiel.contrats().forEach(contrats::enregistrer);
        referentiel.mandataires().forEach(mandataires::enregistrer);
        referentiel.mandats.forEach(mandats::enregistrer);
        referentiel.utilisateurs().forEach(utilisateurs::enregistrer);
        semis.salaries.forEach(salaries::enregistrer);
        semis.appels.forEach(appels::enregistrer);
        semis.demandes.forEach(demandes::enregistrer);
    }
}
