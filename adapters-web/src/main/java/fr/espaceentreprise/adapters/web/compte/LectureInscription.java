package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.ChampDate;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import java.time.LocalDate;
import java.util.Set;

/**
 * A sign-up request as the form (in two steps) and the API send it, each field read on its own so that every
 * mistake is told at once: step 1 identifies the member (Entreprise: raison sociale, SIRET, e-mail, numéro
 * d'adhérent; Mandataire: numéro d'adhérent, e-mail), step 2 the person (nom, prénom, date de naissance).
 */
final class LectureInscription {

    static final String PROFIL = "profil";
    static final String RAISON_SOCIALE = "raisonSociale";
    static final String SIRET = "siret";
    static final String EMAIL = "email";
    static final String NUMERO_ADHERENT = "numeroAdherent";
    static final String NOM = "nom";
    static final String PRENOM = "prenom";
    static final String DATE_NAISSANCE = "dateNaissance";
    static final Set<String> CHAMPS_ETAPE_1 = Set.of(PROFIL, RAISON_SOCIALE, SIRET, EMAIL, NUMERO_ADHERENT);

    private LectureInscription() {
    }

    /** Step 1's errors in {@code etape1}, step 2's in {@code etape2} (the API reads both into one). */
    static Commande lire(Saisie etape1, Saisie etape2, Formulaire formulaire) {
        Etape1 identification = lireEtape1(etape1, formulaire);
        String nom = etape2.lire(() -> Verifications.texte(formulaire.valeur(NOM), NOM, Utilisateur.LONGUEUR_MAX_NOM));
        String prenom = etape2.lire(() -> Verifications.texte(formulaire.valeur(PRENOM), PRENOM,
                Utilisateur.LONGUEUR_MAX_NOM));
        LocalDate dateNaissance = etape2.lire(() -> ChampDate.lire(formulaire.valeur(DATE_NAISSANCE),
                DATE_NAISSANCE));
        return new Commande(identification, nom, prenom, dateNaissance);
    }

    static Etape1 lireEtape1(Saisie saisie, Formulaire formulaire) {
        Profil profil = saisie.lire(() -> profil(formulaire.valeur(PROFIL)));
        String raisonSociale = null;
        Siret siret = null;
        if (profil == Profil.ENTREPRISE) {
            raisonSociale = saisie.lire(() -> Verifications.texte(formulaire.valeur(RAISON_SOCIALE), RAISON_SOCIALE,
                    Entreprise.RAISON_SOCIALE_MAX));
            siret = saisie.lire(() -> new Siret(formulaire.valeur(SIRET)));
        }
        Email email = saisie.lire(() -> new Email(formulaire.valeur(EMAIL)));
        NumeroAdherent numero = saisie.lire(() -> new NumeroAdherent(formulaire.valeur(NUMERO_ADHERENT)));
        return new Etape1(profil, raisonSociale, siret, email, numero);
    }

    /** Only the two profils that may ask for an account online. */
    static Profil profil(String valeur) {
        if (Profil.ENTREPRISE.name().equals(valeur)) {
            return Profil.ENTREPRISE;
        }
        if (Profil.MANDATAIRE.name().equals(valeur)) {
            return Profil.MANDATAIRE;
        }
        throw new ValeurInvalideException("inscription.profil.invalide", PROFIL);
    }

    record Etape1(Profil profil, String raisonSociale, Siret siret, Email email, NumeroAdherent numeroAdherent) {
    }

    record Commande(Etape1 etape1, String nom, String prenom, LocalDate dateNaissance) {

        DemanderInscription.Commande pour(Langue langue, AdresseIp ip) {
            return new DemanderInscription.Commande(etape1.profil(), etape1.raisonSociale(), etape1.siret(),
                    etape1.email(), etape1.numeroAdherent(), nom, prenom, dateNaissance, langue, ip);
        }
    }
}
