package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.GenerateurFactice;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.Totp;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The second factor the login tests give an account: the demo secret ({@link GenerateurFactice#SECRET_TOTP}),
 * enrolled the day before {@link EspaceComptes#T0}, with one recovery code.
 */
final class SecondFacteurDeTest {

    static final String CODE_DE_SECOURS = "ABCD-EFGH-JKMN-PQRS";

    private SecondFacteurDeTest() {
    }

    static void enroler(EspaceComptes espace, Utilisateur compte) {
        Instant veille = EspaceComptes.T0.minus(Duration.ofDays(1));
        espace.secondsFacteurs.ajouter(SecondFacteur.rehydrater(compte.id(), GenerateurFactice.SECRET_TOTP, veille,
                Totp.pas(veille), List.of(CodeDeSecours.nouveau(CODE_DE_SECOURS))));
    }
}
