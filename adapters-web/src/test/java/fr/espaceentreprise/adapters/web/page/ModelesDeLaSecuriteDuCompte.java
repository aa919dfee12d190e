package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.GererSecondFacteur;
import fr.espaceentreprise.application.compte.GererSessions.SessionOuverte;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models of the templates of "Mon compte": security, open sessions, API access, for {@link GabaritsTest}. */
final class ModelesDeLaSecuriteDuCompte {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final UtilisateurId TITULAIRE = UtilisateurId.nouveau();
    private static final JetonApi ACTIF = JetonApi.rehydrater(JetonApiId.nouveau(), TITULAIRE, "SIRH",
            DroitsJeton.LECTURE, T0, T0.plus(Duration.ofDays(300)), T0.plus(Duration.ofHours(2)), null);
    private static final JetonApi REVOQUE = JetonApi.rehydrater(JetonApiId.nouveau(), TITULAIRE, "Paie",
            DroitsJeton.ECRITURE, T0.minus(Duration.ofDays(30)), T0.plus(Duration.ofDays(30)), null,
            T0.minus(Duration.ofDays(1)));
    private static final JetonApi EXPIRE = JetonApi.rehydrater(JetonApiId.nouveau(), TITULAIRE, "Ancien",
            DroitsJeton.ECRITURE, T0.minus(Duration.ofDays(400)), T0.minus(Duration.ofDays(35)), null, null);

    private ModelesDeLaSecuriteDuCompte() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        Formulaire codeErrone = Formulaire.vide().avecErreurs(List.of(ErreurChamp.sur("codeSecondFacteur",
                "secondFacteur.code_incorrect")));
        Formulaire jetonErrone = Formulaire.avecValeurs(Map.of("nomJeton", "", "droits", "ECRITURE",
                "expireLe", "2028-01-01")).avecErreurs(List.of(ErreurChamp.sur("nomJeton", "champ.obligatoire"),
                ErreurChamp.sur("droits", "jetonApi.droits.invalide"),
                ErreurChamp.sur("expireLe", "jetonApi.expiration.invalide")));
        Map<String, Object> sessionsSansMessage = new HashMap<>();
        sessionsSansMessage.put("sessions", List.of(session(true)));
        sessionsSansMessage.put("fermees", null);
        sessionsSansMessage.put("gestionnaire", true);
        return Map.of(
                "compte/monCompte.jte", List.of(Map.of()),
                "compte/securite.jte", List.of(
                        Map.of("etat", new GererSecondFacteur.Etat(Optional.of(T0), 2, false, false),
                                "gestionnaire", false),
                        Map.of("etat", new GererSecondFacteur.Etat(Optional.of(T0), 10, true, true),
                                "gestionnaire", true),
                        Map.of("etat", new GererSecondFacteur.Etat(Optional.empty(), 0, false, false),
                                "gestionnaire", false),
                        Map.of("etat", new GererSecondFacteur.Etat(Optional.empty(), 0, true, false),
                                "gestionnaire", false)),
                "compte/reauthentification.jte", List.of(
                        Map.of("formulaire", Formulaire.vide(), "action", "/mon-compte/acces-api",
                                "champs", Map.of("nomJeton", "SIRH", "droits", "LECTURE"), "gestionnaire", false),
                        Map.of("formulaire", codeErrone, "action", "/mon-compte/securite/codes-de-secours",
                                "champs", Map.of(), "gestionnaire", true)),
                "compte/nouveauxCodesDeSecours.jte", List.of(Map.of("codes",
                        List.of("7KQ2-M9XD-4TAB-PQRS", "ABCD-EFGH-JKMN-PQRS"), "gestionnaire", false)),
                "compte/sessions.jte", List.of(
                        Map.of("sessions", List.of(session(true), session(false)), "fermees", 2,
                                "gestionnaire", false),
                        sessionsSansMessage),
                "compte/jetonsApi.jte", List.of(
                        Map.of("jetons", List.of(ACTIF, REVOQUE, EXPIRE), "maintenant", T0, "formulaire", jetonErrone,
                                "expirationMax", LocalDate.of(2027, 3, 2), "revoque", true, "gestionnaire", false),
                        Map.of("jetons", List.of(), "maintenant", T0, "formulaire", Formulaire.vide(),
                                "expirationMax", LocalDate.of(2027, 3, 2), "revoque", false, "gestionnaire", true)),
                "compte/jetonApiCree.jte", List.of(Map.of("cree", new GererJetonsApi.JetonCree(ACTIF, "jeton-secret"),
                        "exemple", "curl -H \"Authorization: Bearer jeton-secret\" https://espace.example/api/v1/moi",
                        "gestionnaire", false)));
    }

    private static SessionOuverte session(boolean courante) {
        return new SessionOuverte(SessionId.nouveau(), T0, T0.plus(Duration.ofMinutes(courante ? 20 : 5)),
                new AdresseIp(courante ? "203.0.113.7" : "2001:db8::1"),
                courante ? FamilleNavigateur.FIREFOX : FamilleNavigateur.CLIENT_API, courante);
    }
}
