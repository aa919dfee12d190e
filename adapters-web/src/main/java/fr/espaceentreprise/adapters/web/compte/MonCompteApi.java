package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.application.compte.ChangerLangue;
import fr.espaceentreprise.application.compte.ChangerMotDePasse;
import fr.espaceentreprise.application.compte.ConsulterMonCompte;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Profil;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code /api/v1/moi}: the logged-in user's account, his password and his language. */
final class MonCompteApi {

    static final String API_MOI = "/api/v1/moi";
    static final String API_MOT_DE_PASSE = "/api/v1/moi/mot-de-passe";
    static final String API_LANGUE = "/api/v1/moi/langue";

    static final String CHAMP_LANGUE = "langue";

    private final ChangerMotDePasse changerMotDePasse;
    private final DefinirMotDePasse definirMotDePasse;
    private final ChangerLangue changerLangue;
    private final ConsulterMonCompte consulterMonCompte;
    private final Acces acces;

    MonCompteApi(ChangerMotDePasse changerMotDePasse, DefinirMotDePasse definirMotDePasse,
            ChangerLangue changerLangue, ConsulterMonCompte consulterMonCompte, Acces acces) {
        this.changerMotDePasse = changerMotDePasse;
        this.definirMotDePasse = definirMotDePasse;
        this.changerLangue = changerLangue;
        this.consulterMonCompte = consulterMonCompte;
        this.acces = acces;
    }

    void declarer(RoutesConfig routes) {
        routes.get(API_MOI, this::moi);
        routes.put(API_MOT_DE_PASSE, this::motDePasse);
        routes.put(API_LANGUE, this::langue);
    }

    private void moi(Context ctx) {
        ConsulterMonCompte.MonCompte compte = consulterMonCompte.consulter(acces.connecte(ctx));
        ctx.json(new MoiJson(compte.id().toString(), compte.numeroAdherent().valeur(), compte.profil(),
                compte.nom(), compte.prenom(), compte.email().valeur(), compte.langue()));
    }

    /**
     * While the session waits for its own password (after a temporary one), the current password is not asked:
     * {@code nouveauMotDePasse} alone sets it. Otherwise both are needed, and every other session ends.
     */
    private void motDePasse(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        MotDePasseJson demande = ctx.bodyAsClass(MotDePasseJson.class);
        char[] actuel = demande.motDePasseActuel() == null ? new char[0] : demande.motDePasseActuel();
        char[] nouveau = demande.nouveauMotDePasse() == null ? new char[0] : demande.nouveauMotDePasse();
        try {
            Set<EtapeObligatoire> restantes;
            if (session.etapesEnAttente().contains(EtapeObligatoire.CHANGER_MOT_DE_PASSE)) {
                restantes = definirMotDePasse.definir(
                        new DefinirMotDePasse.Commande(session, nouveau, AdresseClient.de(ctx)));
            } else {
                changerMotDePasse.changer(
                        new ChangerMotDePasse.Commande(session, actuel, nouveau, AdresseClient.de(ctx)));
                restantes = session.etapesEnAttente();
            }
            ctx.json(EtapesJson.de(restantes));
        } finally {
            Arrays.fill(actuel, '\0');
            Arrays.fill(nouveau, '\0');
        }
    }

    private void langue(Context ctx) {
        SessionAuthentifiee session = acces.connecte(ctx);
        LangueJson demande = ctx.bodyAsClass(LangueJson.class);
        changerLangue.changer(new ChangerLangue.Commande(session.acteur(), langue(demande.langue())));
        ctx.status(204);
    }

    /** "fr" or "en", in any case; anything else is refused rather than read as French. */
    static Langue langue(String code) {
        String texte = Verifications.obligatoire(code, CHAMP_LANGUE).strip().toLowerCase(Locale.ROOT);
        for (Langue langue : Langue.values()) {
            if (langue.code().equals(texte)) {
                return langue;
            }
        }
        throw new ValeurInvalideException("langue.invalide", CHAMP_LANGUE);
    }

    record MoiJson(String id, String numeroAdherent, Profil profil, String nom, String prenom, String email,
            Langue langue) {
    }

    /** The first-login steps still pending, in the order the screens take them. */
    record EtapesJson(List<EtapeObligatoire> etapes) {

        static EtapesJson de(Set<EtapeObligatoire> etapes) {
            return new EtapesJson(EtapesEnAttente.dansLOrdre(etapes));
        }
    }

    record LangueJson(String langue) {
    }

    record MotDePasseJson(char[] motDePasseActuel, char[] nouveauMotDePasse) {

        @Override
        public String toString() {
            return "MotDePasseJson[]";
        }
    }
}
