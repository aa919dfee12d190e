package fr.espaceentreprise.application.notification;

import fr.espaceentreprise.application.compte.CourrielsCompte;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes an e-mail that names its type (the subject) and lists its values one per line, {@code cle=valeur}, the
 * secrets with the parameters. Like the real one, refuses to write a mail whose secret is missing.
 */
public final class RedactionFactice implements RedactionCourriels {

    private static final Map<TypeNotification, String> SECRET_EXIGE = Map.of(
            TypeNotification.MOT_DE_PASSE_PROVISOIRE, CourrielsCompte.MOT_DE_PASSE_PROVISOIRE,
            TypeNotification.CODE_CONFIRMATION_EMAIL, CourrielsCompte.CODE);

    @Override
    public Courriel rediger(Notification notification, Map<String, String> secrets, String messageId) {
        String secret = SECRET_EXIGE.get(notification.type());
        if (secret != null && !secrets.containsKey(secret)) {
            throw new IllegalArgumentException("no " + secret + " for a " + notification.type() + " mail");
        }
        Map<String, String> valeurs = new TreeMap<>(notification.parametres());
        valeurs.putAll(secrets);
        String texte = valeurs.entrySet().stream()
                .map(valeur -> valeur.getKey() + "=" + valeur.getValue())
                .collect(Collectors.joining("\n", notification.type().name() + "\n", "\n"));
        return new Courriel(notification.destinataire(), notification.type().name(), texte,
                "<pre>" + texte + "</pre>", messageId);
    }

    /** A value the mail was written with ({@code cle=valeur} on a line of its text). */
    public static Optional<String> valeur(Courriel courriel, String cle) {
        return courriel.texte().lines()
                .filter(ligne -> ligne.startsWith(cle + "="))
                .map(ligne -> ligne.substring(cle.length() + 1))
                .findFirst();
    }
}
