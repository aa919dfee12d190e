package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.entreprise.Entreprise;

/**
 * Update the company's information. Like the form it comes from, it carries every field, changed or not;
 * the telephone is optional.
 */
public record MajEntreprise(String raisonSociale, Adresse adresse, Siret siret, Email email, Telephone telephone)
        implements ContenuDemande {

    public MajEntreprise {
        raisonSociale = Verifications.texte(raisonSociale, "raisonSociale", Entreprise.RAISON_SOCIALE_MAX);
        Verifications.nonNul(adresse, "adresse");
        Verifications.nonNul(siret, "siret");
        Verifications.nonNul(email, "email");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.MAJ_ENTREPRISE;
    }
}
