package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.Profil;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The sign-up form ("créer mon compte"): the request is stored for the back office. The answer is the same
 * ("request received", nothing returned) whether or not the data matches a member, so the form tells nobody who
 * is one. Refusals are about the form only: ValeurInvalideException on a field ("champ.obligatoire",
 * "champ.trop_long", "inscription.profil.invalide", "inscription.dateNaissance.invalide" {min, max}), and
 * TropDeTentativesException when one address sends too many.
 */
public interface DemanderInscription {

    void demander(Commande commande);

    /**
     * @param raisonSociale ENTREPRISE only (ignored for a MANDATAIRE)
     * @param siret         ENTREPRISE only (ignored for a MANDATAIRE)
     */
    record Commande(Profil profil, String raisonSociale, Siret siret, Email email, NumeroAdherent numeroAdherent,
                    String nom, String prenom, LocalDate dateNaissance, Langue langue, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(ip, "ip");
        }
    }
}
