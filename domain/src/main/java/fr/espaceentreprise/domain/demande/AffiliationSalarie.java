package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.time.LocalDate;
import java.util.Optional;

/** Enrol a new employee on a contract from a date. The e-mail is optional, as it is for a Salarie. */
public record AffiliationSalarie(String nom, String prenom, LocalDate dateNaissance, Email email,
                                 CodePays paysExpatriation, ContratId contratId, LocalDate dateEffet,
                                 Montant salaireReference) implements ContenuDemande {

    static final int NOM_MAX = 80;

    public AffiliationSalarie {
        nom = Verifications.texte(nom, "nom", NOM_MAX);
        prenom = Verifications.texte(prenom, "prenom", NOM_MAX);
        Verifications.nonNul(dateNaissance, "dateNaissance");
        Verifications.nonNul(paysExpatriation, "paysExpatriation");
        Verifications.nonNul(contratId, "contratId");
        Verifications.nonNul(dateEffet, "dateEffet");
        if (!dateNaissance.isBefore(dateEffet)) {
            throw new ValeurInvalideException("salarie.dateNaissance.invalide", "dateNaissance");
        }
        verifierSalaireReference(salaireReference);
    }

    /** Contributions are computed on the reference salary, so a demande may not propose zero. */
    static void verifierSalaireReference(Montant salaireReference) {
        Verifications.nonNul(salaireReference, "salaireReference");
        if (salaireReference.estNul()) {
            throw new ValeurInvalideException("salarie.salaireReference.invalide", "salaireReference");
        }
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.AFFILIATION_SALARIE;
    }

    @Override
    public Optional<ContratId> contratConcerne() {
        return Optional.of(contratId);
    }
}
