package fr.espaceentreprise.adapters.web.erreur;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.SaisieInvalideException;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.adapters.web.page.Pages;
import fr.espaceentreprise.adapters.web.securite.Requetes;
import fr.espaceentreprise.adapters.web.page.Redirection;
import fr.espaceentreprise.adapters.web.refus.ProblemeException;
import fr.espaceentreprise.application.commun.InterditException;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.domain.commun.DomaineException;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become answers. Under {@code /api} (and {@code /health}): an RFC 9457
 * {@code application/problem+json} body with translated title, detail and field errors. Elsewhere: the
 * translated error page. Statuses: invalid input 400, broken business rule 409, not found 404, a credential that
 * may not do this (an API token, a second factor not proved lately) 403, refusals of the web adapter their own
 * ({@link ProblemeException}), anything unexpected 500 with an incident reference that is logged with the stack
 * trace and never with the exception's text in the answer.
 */
public final class Problemes {

    public static final String TYPE_PROBLEME_JSON = "application/problem+json";
    public static final String TYPE_SAISIE_INVALIDE = "urn:espace-entreprise:probleme:saisie-invalide";
    public static final String TYPE_REGLE_METIER = "urn:espace-entreprise:probleme:regle-metier";
    static final String TYPE_GENERIQUE = "about:blank";

    private static final Logger LOG = LoggerFactory.getLogger(Problemes.class);
    private static final char[] ALPHABET_INCIDENT = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Traductions traductions;
    private final ChoixLangue choixLangue;
    private final Pages pages;
    private final ObjectMapper json;
    private final long tailleMaxKo;
    private final SecureRandom hasard = new SecureRandom();

    public Problemes(Traductions traductions, ChoixLangue choixLangue, Pages pages, ObjectMapper json,
            long tailleMaxRequete) {
        this.traductions = traductions;
        this.choixLangue = choixLangue;
        this.pages = pages;
        this.json = json;
        this.tailleMaxKo = tailleMaxRequete / 1000;
    }

    public void declarer(RoutesConfig routes) {
        routes.exception(SaisieInvalideException.class, (e, ctx) -> repondre(ctx, new Reponse(400,
                TYPE_SAISIE_INVALIDE, "saisie.invalide", Map.of("nombre", e.erreurs().size()), e.erreurs())));
        routes.exception(ValeurInvalideException.class, (e, ctx) -> domaine(ctx, 400, TYPE_SAISIE_INVALIDE, e));
        routes.exception(RegleMetierException.class, (e, ctx) -> domaine(ctx, 409, TYPE_REGLE_METIER, e));
        routes.exception(IntrouvableException.class, (e, ctx) -> repondre(ctx,
                new Reponse(404, TYPE_GENERIQUE, e.code(), Map.of(), List.of())));
        routes.exception(InterditException.class, (e, ctx) -> repondre(ctx,
                new Reponse(403, TYPE_GENERIQUE, e.code(), Map.of(), List.of())));
        routes.exception(TropDeTentativesException.class, (e, ctx) -> repondre(ctx,
                tropDeTentatives(e.code(), e.reessayerApres())));
        routes.exception(ProblemeException.class, (e, ctx) -> repondre(ctx, e));
        routes.exception(Redirection.class, (e, ctx) -> ctx.redirect(e.adresse(), HttpStatus.SEE_OTHER));
        routes.exception(JacksonException.class, this::jsonIllisible);
        routes.exception(HttpResponseException.class, this::http);
        routes.exception(Exception.class, (e, ctx) -> incident(ctx, e));
    }

    /** Answers a refusal of the web adapter: problem+json under {@code /api}, the error page elsewhere. */
    public void repondre(Context ctx, ProblemeException e) {
        e.entetes().forEach(ctx::header);
        repondre(ctx, new Reponse(e.statut(), TYPE_GENERIQUE, e.code(), e.parametres(), List.of())
                .avecMembres(e.membres()));
    }

    /**
     * A 429 refusal: {@code Retry-After} in whole seconds (rounded up, at least 1) and the wait in minutes for
     * the message ({@code {minutes}}, read under {@code erreur.<code>.attente} when the bundles have that variant).
     */
    public static ProblemeException tropDeTentatives(String code, Duration attente) {
        long secondes = Math.max(1, (attente.toMillis() + 999) / 1000);
        return new ProblemeException(429, code)
                .avecParametre("minutes", (secondes + 59) / 60)
                .avecEntete("Retry-After", Long.toString(secondes));
    }

    private void domaine(Context ctx, int statut, String type, DomaineException e) {
        repondre(ctx, new Reponse(statut, type, e.code(), e.parametres(), List.of(ErreurChamp.de(e))));
    }

    /** A body that is not JSON, or whose values a record's constructor refused (then the domain's error). */
    private void jsonIllisible(JacksonException e, Context ctx) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof DomaineException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ValeurInvalideException) {
            domaine(ctx, 400, TYPE_SAISIE_INVALIDE, (DomaineException) cause);
        } else if (cause instanceof RegleMetierException) {
            domaine(ctx, 409, TYPE_REGLE_METIER, (DomaineException) cause);
        } else {
            repondre(ctx, new Reponse(400, TYPE_GENERIQUE, "requete.json_invalide", Map.of(), List.of()));
        }
    }

    /** Javalin's own refusals (no route: 404, body over the limit: 413…), with our words, not its text. */
    private void http(HttpResponseException e, Context ctx) {
        int statut = e.getStatus();
        if (statut >= 500 && statut != 503) {
            incident(ctx, e);
            return;
        }
        Map<String, Object> parametres = statut == 413 ? Map.of("max", tailleMaxKo) : Map.of();
        repondre(ctx, new Reponse(statut, TYPE_GENERIQUE, codeDuStatut(statut), parametres, List.of()));
    }

    private void incident(Context ctx, Exception e) {
        String incident = nouvelIncident();
        LOG.error("Incident {} while answering {} {}", incident, ctx.method(), ctx.path(), e);
        repondre(ctx, new Reponse(500, TYPE_GENERIQUE, "interne.incident", Map.of("incident", incident), List.of())
                .avecIncident(incident));
    }

    private void repondre(Context ctx, Reponse reponse) {
        ctx.status(reponse.statut);
        if (Requetes.estApi(ctx)) {
            repondreEnJson(ctx, reponse);
        } else {
            repondreEnHtml(ctx, reponse);
        }
    }

    private void repondreEnJson(Context ctx, Reponse reponse) {
        Messages messages = traductions.pour(choixLangue.langue(ctx));
        List<Probleme.ErreurJson> erreurs = reponse.erreurs.stream()
                .map(erreur -> new Probleme.ErreurJson(erreur.champ(), erreur.code(),
                        messages.erreur(erreur.code(), erreur.parametres())))
                .toList();
        Probleme probleme = new Probleme(reponse.type, titre(messages, reponse.statut), reponse.statut,
                detail(messages, reponse), ctx.path(), reponse.code, erreurs,
                reponse.incident, reponse.membres);
        try {
            ctx.contentType(TYPE_PROBLEME_JSON).result(json.writeValueAsBytes(probleme));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a problem", impossible);
        }
    }

    private void repondreEnHtml(Context ctx, Reponse reponse) {
        Page page = pages.page(ctx);
        Messages messages = page.messages();
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("titre", messages.siExiste("page.erreur." + reponse.statut)
                .orElseGet(() -> titre(messages, reponse.statut)));
        String code = reponse.incident == null ? reponse.code : "interne";
        parametres.put("message", reponse.incident == null ? detail(messages, reponse)
                : messages.erreur(code, reponse.parametres));
        parametres.put("incident", reponse.incident);
        ctx.contentType("text/html; charset=utf-8").result(pages.rendre(page, "erreur.jte", parametres));
    }

    /** The message of the error; a wait to tell picks the variant that tells it, when there is one. */
    private static String detail(Messages messages, Reponse reponse) {
        String attente = reponse.code + ".attente";
        if (reponse.parametres.containsKey("minutes") && messages.contient("erreur." + attente)) {
            return messages.erreur(attente, reponse.parametres);
        }
        return messages.erreur(reponse.code, reponse.parametres);
    }

    private static String titre(Messages messages, int statut) {
        return messages.siExiste("statut." + statut)
                .orElseGet(() -> messages.t(statut >= 500 ? "statut.500" : "statut.400"));
    }

    static String codeDuStatut(int statut) {
        switch (statut) {
            case 401:
                return "authentification.requise";
            case 403:
                return "acces.refuse";
            case 404:
                return "ressource.introuvable";
            case 405:
                return "methode.non_autorisee";
            case 413:
                return "requete.trop_grande";
            case 415:
                return "requete.type_contenu";
            case 429:
                return "requete.trop_nombreuses";
            case 503:
                return "service.indisponible";
            default:
                return statut >= 500 ? "interne" : "requete.invalide";
        }
    }

    /** Ten characters a user can read over the phone (Crockford's base 32: no I, L, O, U). */
    private String nouvelIncident() {
        char[] incident = new char[10];
        for (int i = 0; i < incident.length; i++) {
            incident[i] = ALPHABET_INCIDENT[hasard.nextInt(ALPHABET_INCIDENT.length)];
        }
        return new String(incident);
    }

    private record Reponse(int statut, String type, String code, Map<String, Object> parametres,
            List<ErreurChamp> erreurs, String incident, Map<String, Object> membres) {

        Reponse(int statut, String type, String code, Map<String, Object> parametres, List<ErreurChamp> erreurs) {
            this(statut, type, code, parametres, erreurs, null, Map.of());
        }

        Reponse avecIncident(String reference) {
            return new Reponse(statut, type, code, parametres, erreurs, reference, membres);
        }

        Reponse avecMembres(Map<String, Object> extensions) {
            return new Reponse(statut, type, code, parametres, erreurs, incident, Map.copyOf(extensions));
        }
    }
}
