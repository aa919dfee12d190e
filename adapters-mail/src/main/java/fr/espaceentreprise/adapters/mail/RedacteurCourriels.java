package fr.espaceentreprise.adapters.mail;

import fr.espaceentreprise.application.notification.Courriel;
import fr.espaceentreprise.application.notification.Notification;
import fr.espaceentreprise.application.notification.RedactionCourriels;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.Langue;
import java.net.URI;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Writes each notification in its language from the bundles {@code courriels.properties} (French) and
 * {@code courriels_en.properties}: a greeting, the type's paragraphs, a signature, a footer; as plain text and as
 * HTML built from the same paragraphs.
 *
 * <p>Paragraph keys are {@code TYPE.1}, {@code TYPE.2}… Placeholders: {@code {secret}} (the value
 * {@link fr.espaceentreprise.application.notification.SecretsDeNotification} produced: {@code motDePasseProvisoire}
 * or {@code code}), {@code {adresse}} (the portal's address), and any notification parameter
 * ({@code numeroAdherent}, {@code motif}…); {@code prenom} and {@code nom} name the person in the greeting. A
 * paragraph made of one placeholder stands alone on its own line (the secret, the numéro d'adhérent). A paragraph
 * starting with {@code ?} is left out when one of its values is missing; any other missing value is an error. A
 * parameter is written in the reader's words when the texts say how (see {@link #libelle}).
 *
 * <p>Headers get nothing from the parameters: the subject is the bundle's {@code TYPE.sujet} as written. In the
 * HTML every value is escaped.
 */
public final class RedacteurCourriels implements RedactionCourriels {

    static final String BUNDLE = "fr.espaceentreprise.adapters.mail.courriels";
    private static final Pattern MARQUE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern SEULE_MARQUE = Pattern.compile("\\{[A-Za-z]+}");
    private static final String SECRET = "secret";
    private static final String ADRESSE = "adresse";
    private static final String OPTIONNEL = "?";
    private static final String DATE = ".date";
    private static final String NOMBRE = ".nombre";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The name, in {@code secrets}, of the secret each secret-carrying type shows. */
    private static final Map<TypeNotification, String> NOM_DU_SECRET = new EnumMap<>(Map.of(
            TypeNotification.MOT_DE_PASSE_PROVISOIRE, "motDePasseProvisoire",
            TypeNotification.CODE_CONFIRMATION_EMAIL, "code"));

    private final URI adressePortail;
    /** The portal's address as it reads in the HTML, with the path that follows it ({adresse}/contact). */
    private final Pattern lien;

    public RedacteurCourriels(URI adressePortail) {
        this.adressePortail = Objects.requireNonNull(adressePortail, "adressePortail");
        this.lien = Pattern.compile(Pattern.quote(echapper(adressePortail.toString())) + "[A-Za-z0-9/_~-]*");
    }

    @Override
    public Courriel rediger(Notification notification, Map<String, String> secrets, String messageId) {
        ResourceBundle textes = textes(notification.langue());
        TypeNotification type = notification.type();
        Map<String, String> valeurs = valeurs(notification, secrets, new Lecteur(textes, notification.langue()));

        List<Paragraphe> paragraphes = new ArrayList<>();
        paragraphes.add(salutation(textes, notification.parametres()));
        for (int rang = 1; textes.containsKey(type.name() + "." + rang); rang++) {
            Paragraphe.depuis(textes.getString(type.name() + "." + rang), valeurs, type).ifPresent(paragraphes::add);
        }
        paragraphes.add(new Paragraphe(textes.getString("commun.signature"), false));
        String sujet = textes.getString(type.name() + ".sujet");
        String pied = textes.getString("commun.pied");
        return new Courriel(notification.destinataire(), sujet, texte(paragraphes, pied),
                html(notification.langue(), sujet, paragraphes, pied), messageId);
    }

    private Map<String, String> valeurs(Notification notification, Map<String, String> secrets, Lecteur lecteur) {
        Map<String, String> valeurs = new HashMap<>();
        notification.parametres().forEach((nom, valeur) -> valeurs.put(nom, corps(libelle(lecteur, nom, valeur))));
        // Only SecretsDeNotification supplies a secret: a stored parameter of the same name never stands in for it.
        valeurs.remove(SECRET);
        String nomDuSecret = NOM_DU_SECRET.get(notification.type());
        if (nomDuSecret != null) {
            valeurs.put(SECRET, secret(secrets.get(nomDuSecret), nomDuSecret, notification.type()));
        }
        valeurs.put(ADRESSE, adressePortail.toString());
        return valeurs;
    }

    /**
     * A parameter in the reader's words, as the texts say: a code the application sends (a demande's type, a
     * token's rights) under {@code nom.CODE}; an ISO-8601 instant under {@code nom.date}, a java.time pattern for
     * what follows the day of the month, in Paris time (the day itself under {@code jour.N}); a count under
     * {@code nom.nombre}, a {@link MessageFormat} pattern of it. Any other value as sent.
     */
    private static String libelle(Lecteur lecteur, String nom, String valeur) {
        ResourceBundle textes = lecteur.textes();
        String cle = nom + "." + valeur;
        try {
            if (textes.containsKey(cle)) {
                return textes.getString(cle);
            }
            if (textes.containsKey(nom + DATE)) {
                return date(lecteur, textes.getString(nom + DATE), Instant.parse(valeur));
            }
            if (textes.containsKey(nom + NOMBRE)) {
                return new MessageFormat(textes.getString(nom + NOMBRE), lecteur.locale())
                        .format(new Object[] {Long.parseLong(valeur)});
            }
            return valeur;
        } catch (DateTimeException | IllegalArgumentException illisible) {
            throw new IllegalArgumentException("unreadable " + nom + ": '" + valeur + "'", illisible);
        }
    }

    private static String date(Lecteur lecteur, String suite, Instant instant) {
        Map<Long, String> jours = LongStream.rangeClosed(1, 31).boxed()
                .collect(Collectors.toMap(jour -> jour, jour -> libelle(lecteur, "jour", jour.toString())));
        return new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_MONTH, jours).appendLiteral(' ')
                .appendPattern(suite).toFormatter(lecteur.locale()).withZone(PARIS).format(instant);
    }

    private static String secret(String valeur, String nom, TypeNotification type) {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException("no " + nom + " for a " + type + " mail");
        }
        if (valeur.chars().anyMatch(Character::isISOControl) || !valeur.equals(valeur.strip())) {
            throw new IllegalArgumentException("the " + nom + " of a " + type + " mail must stand on one line");
        }
        return valeur;
    }

    private static Paragraphe salutation(ResourceBundle textes, Map<String, String> parametres) {
        String nom = (parametres.getOrDefault("prenom", "") + " " + parametres.getOrDefault("nom", "")).strip();
        if (nom.isEmpty()) {
            return new Paragraphe(textes.getString("commun.salutation"), false);
        }
        return new Paragraphe(textes.getString("commun.salutationNommee").replace("{nom}",
                corps(nom).replace('\n', ' ')), false);
    }

    private static String texte(List<Paragraphe> paragraphes, String pied) {
        StringBuilder texte = new StringBuilder();
        for (Paragraphe paragraphe : paragraphes) {
            texte.append(paragraphe.texte()).append("\n\n");
        }
        return texte.append("-- \n").append(pied).append('\n').toString();
    }

    private String html(Langue langue, String sujet, List<Paragraphe> paragraphes, String pied) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(langue.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(echapper(sujet)).append("</title>\n</head>\n")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;"
                        + "color:#1a1a1a\">\n");
        for (Paragraphe paragraphe : paragraphes) {
            if (paragraphe.seul()) {
                html.append("<p style=\"font-family:Consolas,Menlo,monospace;font-size:20px;letter-spacing:1px\">"
                        + "<strong>").append(echapper(paragraphe.texte())).append("</strong></p>\n");
            } else {
                html.append("<p>").append(lignes(lier(echapper(paragraphe.texte())))).append("</p>\n");
            }
        }
        return html.append("<hr>\n<p style=\"font-size:13px;color:#555\">").append(lignes(echapper(pied)))
                .append("</p>\n</body>\n</html>\n").toString();
    }

    /** The portal's address and the path after it, already escaped like the text around them, become a link. */
    private String lier(String htmlEchappe) {
        return lien.matcher(htmlEchappe).replaceAll(adresse -> Matcher.quoteReplacement(
                "<a href=\"" + adresse.group() + "\">" + adresse.group() + "</a>"));
    }

    private static String lignes(String html) {
        return html.replace("\n", "<br>\n");
    }

    static String echapper(String texte) {
        StringBuilder echappe = new StringBuilder(texte.length());
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            switch (c) {
                case '&': echappe.append("&amp;"); break;
                case '<': echappe.append("&lt;"); break;
                case '>': echappe.append("&gt;"); break;
                case '"': echappe.append("&quot;"); break;
                case '\'': echappe.append("&#39;"); break;
                default: echappe.append(c);
            }
        }
        return echappe.toString();
    }

    /** A value inside the body: line breaks normalised to \n, other control characters dropped. */
    private static String corps(String valeur) {
        return valeur.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    private static ResourceBundle textes(Langue langue) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(langue.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of the reader's language, and that language's conventions for dates and numbers. */
    private record Lecteur(ResourceBundle textes, Locale locale) {

        Lecteur(ResourceBundle textes, Langue langue) {
            this(textes, Locale.forLanguageTag(langue.code()));
        }
    }

    /** One paragraph with its values put in; {@code seul} when it is one value alone on its line. */
    private record Paragraphe(String texte, boolean seul) {

        static Optional<Paragraphe> depuis(String modele, Map<String, String> valeurs, TypeNotification type) {
            boolean optionnel = modele.startsWith(OPTIONNEL);
            String gabarit = optionnel ? modele.substring(OPTIONNEL.length()) : modele;
            Matcher marque = MARQUE.matcher(gabarit);
            StringBuilder texte = new StringBuilder();
            while (marque.find()) {
                String valeur = valeurs.get(marque.group(1));
                if (valeur == null || valeur.isBlank()) {
                    if (optionnel) {
                        return Optional.empty();
                    }
                    throw new IllegalArgumentException("no " + marque.group(1) + " for a " + type + " mail");
                }
                marque.appendReplacement(texte, Matcher.quoteReplacement(valeur));
            }
            marque.appendTail(texte);
            return Optional.of(new Paragraphe(texte.toString(), SEULE_MARQUE.matcher(gabarit).matches()));
        }
    }
}
