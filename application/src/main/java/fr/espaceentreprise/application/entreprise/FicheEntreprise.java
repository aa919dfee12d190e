package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;

import java.util.Optional;

/**
 * The rubrique Interlocuteur: what the portal holds about an entreprise. The IBAN leaves the server masked
 * but for its last 4 characters.
 */
public record FicheEntreprise(EntrepriseId id, NumeroAdherent numeroAdherent, String raisonSociale, Siret siret,
                              Adresse adresseCorrespondance, Email email, Optional<Telephone> telephone,
                              ModePaiement modePaiement, Optional<String> ibanMasque, Optional<Bic> bic,
                              Periodicite periodicite) {
}
