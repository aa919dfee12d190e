package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;

/** Change how the company pays its contributions. */
public record MajModalitesPaiement(ModalitesPaiement modalites) implements ContenuDemande {

    public MajModalitesPaiement {
        Verifications.nonNul(modalites, "modalites");
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.MAJ_MODALITES_PAIEMENT;
    }
}
