package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.formulaire.ChampDate;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.JetonApi;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A new API token as the form or the JSON body gives it, every wrong field reported at once. The expiry is a date
 * (the token stops working as that day begins, Paris time) or, in the API, an ISO-8601 instant with its offset.
 */
final class SaisieJetonApi {

    static final String CHAMP_NOM = "nom";
    static final String CHAMP_DROITS = "droits";
    static final String CHAMP_EXPIRATION = "expireLe";
    static final String DROITS_INVALIDES = "jetonApi.droits.invalide";

    private SaisieJetonApi() {
    }

    /** @throws fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException listing every wrong field */
    static GererJetonsApi.Creation lire(SessionAuthentifiee session, String nom, String droits, String expireLe,
            AdresseIp ip) {
        Saisie saisie = new Saisie();
        saisie.lire(() -> Verifications.texte(nom, CHAMP_NOM, JetonApi.NOM_MAX));
        DroitsJeton lus = saisie.lire(() -> droits(droits));
        Instant expiration = saisie.lire(() -> expiration(expireLe));
        saisie.verifier();
        return new GererJetonsApi.Creation(session, nom, lus, expiration, ip);
    }

    /** What the form proposes: a year from today, the longest a token may live. */
    static LocalDate expirationParDefaut(Clock horloge) {
        return horloge.instant().atZone(Messages.FUSEAU).toLocalDate().plusYears(1);
    }

    private static DroitsJeton droits(String texte) {
        String lu = Verifications.obligatoire(texte, CHAMP_DROITS).strip().toUpperCase(Locale.ROOT);
        for (DroitsJeton droits : DroitsJeton.values()) {
            if (droits.name().equals(lu)) {
                return droits;
            }
        }
        throw new ValeurInvalideException(DROITS_INVALIDES, CHAMP_DROITS);
    }

    private static Instant expiration(String texte) {
        String lu = Verifications.obligatoire(texte, CHAMP_EXPIRATION).strip();
        if (lu.contains("T")) {
            try {
                return OffsetDateTime.parse(lu).toInstant();
            } catch (DateTimeParseException illisible) {
                throw new ValeurInvalideException(ChampDate.CODE_INVALIDE, CHAMP_EXPIRATION);
            }
        }
        return ChampDate.lire(lu, CHAMP_EXPIRATION).atStartOfDay(Messages.FUSEAU).toInstant();
    }
}
