package fr.espaceentreprise.domain.entreprise;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: a valid Entreprise paying by direct debit. Each builder gets its own numéro d'adhérent and SIRET, so
 * that several companies can be stored side by side. {@code UneEntreprise.nommee("Durand SA").payantParVirement().build()}
 */
public final class UneEntreprise {

    public static final String IBAN = "FR1420041010050500013M02606";
    public static final String BIC = "PSSTFRPPPAR";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EntrepriseId id = EntrepriseId.nouveau();
    private NumeroAdherent numeroAdherent;
    private String raisonSociale = "Expat Conseil SAS";
    private Siret siret;
    private Adresse adresse = new Adresse("12 rue de la Paix", null, "75002", "Paris", CodePays.FRANCE);
    private Email email = new Email("rh@expat-conseil.fr");
    private Telephone telephone = new Telephone("01 23 45 67 89");
    private ModalitesPaiement modalitesPaiement =
            ModalitesPaiement.prelevement(new Iban(IBAN), new Bic(BIC), Periodicite.TRIMESTRIELLE);

    private UneEntreprise() {
        int rang = SEQUENCE.incrementAndGet();
        numeroAdherent = new NumeroAdherent(String.format("1%07d", rang % 10_000_000));
        siret = siretValide(rang);
    }

    public static UneEntreprise parDefaut() {
        return new UneEntreprise();
    }

    public static UneEntreprise nommee(String raisonSociale) {
        return new UneEntreprise().raisonSociale(raisonSociale);
    }

    /** A SIRET with a correct Luhn key, different for every rank (0 to 999 999). */
    public static Siret siretValide(int rang) {
        String sansCle = "7328293" + String.format("%06d", rang % 1_000_000);
        for (int cle = 0; cle <= 9; cle++) {
            String candidat = sansCle + cle;
            if (luhnValide(candidat)) {
                return new Siret(candidat);
            }
        }
        throw new IllegalStateException("unreachable: one Luhn key always exists");
    }

    private static boolean luhnValide(String chiffres) {
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

    public UneEntreprise id(EntrepriseId id) {
        this.id = id;
        return this;
    }

    public UneEntreprise numeroAdherent(String numeroAdherent) {
        this.numeroAdherent = new NumeroAdherent(numeroAdherent);
        return this;
    }

    public UneEntreprise raisonSociale(String raisonSociale) {
        this.raisonSociale = raisonSociale;
        return this;
    }

    public UneEntreprise siret(String siret) {
        this.siret = new Siret(siret);
        return this;
    }

    public UneEntreprise adresse(Adresse adresse) {
        this.adresse = adresse;
        return this;
    }

    public UneEntreprise email(String email) {
        this.email = new Email(email);
        return this;
    }

    public UneEntreprise telephone(String telephone) {
        this.telephone = new Telephone(telephone);
        return this;
    }

    public UneEntreprise sansTelephone() {
        this.telephone = null;
        return this;
    }

    public UneEntreprise modalitesPaiement(ModalitesPaiement modalitesPaiement) {
        this.modalitesPaiement = modalitesPaiement;
        return this;
    }

    public UneEntreprise payantParVirement() {
        return modalitesPaiement(ModalitesPaiement.virement(modalitesPaiement.periodicite()));
    }

    public Entreprise build() {
        return Entreprise.enregistrer(id, numeroAdherent, raisonSociale, siret, adresse, email, telephone,
                modalitesPaiement);
    }
}
