package fr.espaceentreprise.adapters.persistence;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid aggregates whose natural keys (numéro d'adhérent, SIRET, numéro de contrat, de quittance) never repeat
 * within a JVM, so that tests sharing a schema do not collide on the unique constraints.
 */
public final class DonneesDeTest {

    private static final AtomicInteger COMPTEUR = new AtomicInteger(10_000);

    public static final Iban IBAN = new Iban("FR76 3000 6000 0112 3456 7890 189");
    public static final Bic BIC = new Bic("AGRIFRPP");
    public static final ModalitesPaiement PRELEVEMENT_MENSUEL =
            new ModalitesPaiement(ModePaiement.PRELEVEMENT, IBAN, BIC, Periodicite.MENSUELLE);
    public static final ModalitesPaiement VIREMENT_TRIMESTRIEL =
            new ModalitesPaiement(ModePaiement.VIREMENT, null, null, Periodicite.TRIMESTRIELLE);

    private DonneesDeTest() {
    }

    public static NumeroAdherent numeroAdherent() {
        return new NumeroAdherent(String.format("%08d", COMPTEUR.incrementAndGet()));
    }

    /** A SIRET whose last digit is the Luhn key of the 13 before it. */
    public static Siret siret() {
        String debut = String.format("4%012d", COMPTEUR.incrementAndGet());
        for (int cle = 0; cle <= 9; cle++) {
            String candidat = debut + cle;
            if (luhn(candidat)) {
                return new Siret(candidat);
            }
        }
        throw new IllegalStateException("unreachable: one Luhn key in 0..9 always fits");
    }

    private static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                chiffre = chiffre * 2 > 9 ? chiffre * 2 - 9 : chiffre * 2;
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }

    public static NumeroContrat numeroContrat() {
        return new NumeroContrat("CT-" + COMPTEUR.incrementAndGet());
    }

    public static NumeroQuittance numeroQuittance() {
        return new NumeroQuittance("Q-2024-" + COMPTEUR.incrementAndGet());
    }

    public static Entreprise entreprise() {
        return Entreprise.enregistrer(EntrepriseId.nouveau(), numeroAdherent(), "Transports Durand & Fils",
                siret(), new Adresse("12 rue de l'Église", "Bâtiment B", "41000", "Blois", CodePays.FRANCE),
                new Email("Contact@Durand.FR"), new Telephone("02 54 45 56 77"), PRELEVEMENT_MENSUEL);
    }

    public static Mandataire mandataire() {
        return Mandataire.enregistrer(MandataireId.nouveau(), numeroAdherent(), "Courtage Expat Conseil",
                new Email("gestion@expat-conseil.fr"), new Telephone("+44 20 7946 0958"));
    }

    public static Contrat contrat(EntrepriseId entreprise, LocalDate dateEffet) {
        return Contrat.souscrire(ContratId.nouveau(), numeroContrat(), entreprise, Organisme.HUMANIS_ASSURANCES,
                Garantie.SANTE_EXPAT_CFE_CONFORT, dateEffet);
    }
}
