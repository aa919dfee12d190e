package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Siret;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What every template receives as {@code page}: the language and its texts, the CSRF token for its forms, the
 * current address (for the language switch) and the logged-in user's display name, if any.
 */
public final class Page {

    private final Messages messages;
    private final String csrf;
    private final String chemin;
    private final Map<String, List<String>> parametres;
    private final String utilisateur;
    private final String avisMaintenance;

    /** A page without maintenance (template tests). */
    public Page(Messages messages, String csrf, String chemin, Map<String, List<String>> parametres,
            Optional<String> utilisateur) {
        this(messages, csrf, chemin, parametres, utilisateur, Optional.empty());
    }

    /**
     * @param chemin          the path asked for; anything that a browser could read as another site
     *                        ({@code //host}, a backslash) is replaced by {@code /}
     * @param parametres      the query parameters to keep in the language switch links
     * @param avisMaintenance the message of a maintenance in progress, in the page's language, shown on top
     */
    public Page(Messages messages, String csrf, String chemin, Map<String, List<String>> parametres,
            Optional<String> utilisateur, Optional<String> avisMaintenance) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
        this.chemin = cheminSur(chemin);
        this.parametres = Map.copyOf(parametres);
        this.utilisateur = utilisateur.orElse(null);
        this.avisMaintenance = avisMaintenance.orElse(null);
    }

    private static String cheminSur(String chemin) {
        if (chemin == null || !chemin.startsWith("/") || chemin.startsWith("//") || chemin.indexOf('\\') >= 0
                || chemin.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return chemin;
    }

    public Messages messages() {
        return messages;
    }

    public Langue langue() {
        return messages.langue();
    }

    /** The {@code lang} attribute of the page: "fr" or "en". */
    public String lang() {
        return messages.langue().code();
    }

    public String t(String cle) {
        return messages.t(cle);
    }

    public String t(String cle, String nom, Object valeur) {
        return messages.t(cle, nom, valeur);
    }

    public String t(String cle, Map<String, ?> parametres) {
        return messages.t(cle, parametres);
    }

    /** See {@link Messages#date(LocalDate)}. */
    public String date(LocalDate date) {
        return messages.date(date);
    }

    /** See {@link Messages#dateCourte(LocalDate)}. */
    public String dateCourte(LocalDate date) {
        return messages.dateCourte(date);
    }

    /** See {@link Messages#jour(Instant)}. */
    public String jour(Instant instant) {
        return messages.jour(instant);
    }

    /** See {@link Messages#heure(Instant)}. */
    public String heure(Instant instant) {
        return messages.heure(instant);
    }

    /** See {@link Messages#horodatage(Instant)}. */
    public String horodatage(Instant instant) {
        return messages.horodatage(instant);
    }

    /** See {@link Messages#montant(Montant)}. */
    public String montant(Montant montant) {
        return messages.montant(montant);
    }

    /** See {@link Messages#pays(CodePays)}. */
    public String pays(CodePays pays) {
        return messages.pays(pays);
    }

    /** A SIRET as it is printed: "732 829 320 00074". */
    public String siret(Siret siret) {
        String chiffres = siret.valeur();
        return chiffres.substring(0, 3) + " " + chiffres.substring(3, 6) + " " + chiffres.substring(6, 9) + " "
                + chiffres.substring(9);
    }

    /** The translated name of an enum value, under {@code enum.<Type>.<VALEUR>}. */
    public String valeur(Enum<?> constante) {
        return messages.t("enum." + constante.getDeclaringClass().getSimpleName() + "." + constante.name());
    }

    /** The translated message of an error. */
    public String erreur(ErreurChamp erreur) {
        return messages.erreur(erreur.code(), erreur.parametres());
    }

    /** The label of a field ({@code libelle.<champ>}), when the bundles have one. */
    public Optional<String> libelle(String champ) {
        return messages.siExiste("libelle." + champ);
    }

    public String csrf() {
        return csrf;
    }

    public String chemin() {
        return chemin;
    }

    /** {@code "page"} when {@code lien} is this page, for {@code aria-current}; null (no attribute) otherwise. */
    public String actuelle(String lien) {
        return chemin.equals(lien) ? "page" : null;
    }

    /**
     * For {@code aria-current} on a rubrique's link: {@code "page"} on the rubrique's own page, {@code "true"} on
     * one of its pages ({@code /salaries/…} for {@code /salaries}), null elsewhere.
     */
    public String rubriqueActuelle(String lien) {
        if (chemin.equals(lien)) {
            return "page";
        }
        return chemin.startsWith(lien + "/") ? "true" : null;
    }

    /** The message of a maintenance in progress (whole space or some rubriques), if any. */
    public Optional<String> avisMaintenance() {
        return Optional.ofNullable(avisMaintenance);
    }

    public Langue autreLangue() {
        return langue() == Langue.FR ? Langue.EN : Langue.FR;
    }

    /** This page in another language: same path and parameters, with {@code lang=}. */
    public String lienLangue(Langue langue) {
        StringJoiner requete = new StringJoiner("&", "?", "");
        parametres.forEach((nom, valeurs) -> {
            if (!nom.equals(ChoixLangue.PARAMETRE)) {
                valeurs.forEach(valeur -> requete.add(encoder(nom) + "=" + encoder(valeur)));
            }
        });
        requete.add(ChoixLangue.PARAMETRE + "=" + langue.code());
        return chemin + requete;
    }

    public Optional<String> utilisateur() {
        return Optional.ofNullable(utilisateur);
    }

    public boolean connecte() {
        return utilisateur != null;
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
