package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.pdf.CodeQr;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models of the templates of the login's second factor, its enrolment and its reset, for {@link GabaritsTest}. */
final class ModelesDuSecondFacteur {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final GererSecondFacteur.Enrolement ENROLEMENT = new GererSecondFacteur.Enrolement(SECRET,
            "otpauth://totp/Espace%20Entreprise:10000001?secret=" + SECRET + "&issuer=Espace%20Entreprise");
    private static final List<String> CODES = List.of("7KQ2-M9XD-4TAB-PQRS", "ABCD-EFGH-JKMN-PQRS");

    private ModelesDuSecondFacteur() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        Formulaire codeErrone = Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur("codeSecondFacteur",
                "connexion.second_facteur_invalide")));
        Formulaire secoursErrone = Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur("codeDeSecours",
                "connexion.second_facteur_invalide")));
        Formulaire enrolementErrone = Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur("codeSecondFacteur",
                "secondFacteur.code_incorrect")));
        FicheCompte fiche = new FicheCompte(UtilisateurId.nouveau(), new NumeroAdherent("10000001"),
                Profil.ENTREPRISE, "Durand", "Camille", new Email("camille@durand.fr"), Langue.FR, StatutCompte.ACTIF,
                Optional.of("Durand SA"), Optional.empty(), List.of());
        return Map.of(
                "compte/connexionSecondFacteur.jte", List.of(Map.of("formulaire", Formulaire.vide()),
                        Map.of("formulaire", codeErrone), Map.of("formulaire", secoursErrone)),
                "compte/enrolerSecondFacteur.jte", List.of(
                        Map.of("formulaire", Formulaire.vide(), "enrolement", ENROLEMENT,
                                "qr", CodeQr.svg(ENROLEMENT.uri()), "cle", "JBSW Y3DP EHPK 3PXP",
                                "etapes", List.of(EtapeObligatoire.ENROLER_SECOND_FACTEUR,
                                        EtapeObligatoire.ACCEPTER_CGU)),
                        Map.of("formulaire", enrolementErrone, "enrolement", ENROLEMENT,
                                "qr", CodeQr.svg(ENROLEMENT.uri()), "cle", "JBSW Y3DP EHPK 3PXP",
                                "etapes", List.of())),
                "compte/secondFacteurActive.jte", List.of(Map.of("codes", CODES, "suite", "/accueil")),
                "compte/listeCodesDeSecours.jte", List.of(Map.of("codes", CODES)),
                "gestion/confirmerReinitialisation.jte", List.of(Map.of("fiche", fiche)));
    }
}
