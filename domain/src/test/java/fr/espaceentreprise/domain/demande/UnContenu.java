package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;

/** A valid content of each type of demande, for tests that need one and do not care which. */
public final class UnContenu {

    public static final LocalDate DATE_EFFET = LocalDate.of(2024, 4, 1);

    private UnContenu() {
    }

    public static ContenuDemande de(TypeDemande type) {
        return switch (type) {
            case CHANGEMENT_GARANTIE -> changementGarantie();
            case AFFILIATION_SALARIE -> affiliationSalarie();
            case MAJ_ENTREPRISE -> majEntreprise();
            case MAJ_SALARIE -> majSalarie();
            case MAJ_MODALITES_PAIEMENT -> majModalitesPaiement();
            case MAJ_SALAIRE_REFERENCE -> majSalaireReference();
            case MAJ_PAYS_EXPATRIATION -> majPaysExpatriation();
            case RADIATION_SALARIE -> radiationSalarie();
            case AUTRE -> autre();
            case RECTIFICATION_DONNEES -> rectificationDonnees();
            case SUPPRESSION_ACCES -> suppressionAcces();
        };
    }

    public static RectificationDonnees rectificationDonnees() {
        return new RectificationDonnees("Mon prénom s'écrit Hélène, avec deux accents.");
    }

    public static SuppressionAcces suppressionAcces() {
        return new SuppressionAcces(ActionAcces.SUPPRESSION, "Je quitte l'entreprise.");
    }

    public static ChangementGarantie changementGarantie() {
        return new ChangementGarantie(ContratId.nouveau(), Garantie.SANTE_EXPAT_CFE_CONFORT, DATE_EFFET);
    }

    public static AffiliationSalarie affiliationSalarie() {
        return new AffiliationSalarie("Durand", "Élise", LocalDate.of(1985, 6, 15), new Email("elise.durand@exemple.fr"),
                new CodePays("SN"), ContratId.nouveau(), DATE_EFFET, Montant.euros("4500"));
    }

    public static MajEntreprise majEntreprise() {
        return new MajEntreprise("Exportations Durand SAS",
                new Adresse("12 rue des Lilas", null, "75011", "Paris", new CodePays("FR")),
                new Siret("73282932000074"), new Email("contact@durand-export.fr"), new Telephone("01 42 00 00 00"));
    }

    public static MajSalarie majSalarie() {
        return new MajSalarie(SalarieId.nouveau(), "Durand", "Élise", LocalDate.of(1985, 6, 15), null);
    }

    public static MajModalitesPaiement majModalitesPaiement() {
        return new MajModalitesPaiement(ModalitesPaiement.prelevement(new Iban("FR76 3000 6000 0112 3456 7890 189"),
                new Bic("BNPAFRPPXXX"), Periodicite.TRIMESTRIELLE));
    }

    public static MajSalaireReference majSalaireReference() {
        return new MajSalaireReference(SalarieId.nouveau(), Montant.euros("5200"), DATE_EFFET);
    }

    public static MajPaysExpatriation majPaysExpatriation() {
        return new MajPaysExpatriation(SalarieId.nouveau(), new CodePays("CA"), DATE_EFFET);
    }

    public static RadiationSalarie radiationSalarie() {
        return new RadiationSalarie(SalarieId.nouveau(), ContratId.nouveau(), LocalDate.of(2024, 6, 30));
    }

    public static Autre autre() {
        return new Autre("Question sur l'attestation", "Pouvez-vous m'envoyer l'attestation de 2023 ?");
    }
}
