package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;
import java.util.Optional;

/** Correct an employee's identity; every field is sent, the e-mail is optional. */
/** New identity of a salarié; {@code email} null keeps the address he has (a form shows it only masked). */
public record MajSalarie(SalarieId salarieId, String nom, String prenom, LocalDate dateNaissance, Email email)
        implements ContenuDemande {

    public MajSalarie {
        Verifications.nonNul(salarieId, "salarieId");
        nom = Verifications.texte(nom, "nom", AffiliationSalarie.NOM_MAX);
        prenom = Verifications.texte(prenom, "prenom", AffiliationSalarie.NOM_MAX);
        Verifications.nonNul(dateNaissance, "dateNaissance");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.MAJ_SALARIE;
    }

    @Override
    public Optional<SalarieId> salarieConcerne() {
        return Optional.of(salarieId);
    }
}
