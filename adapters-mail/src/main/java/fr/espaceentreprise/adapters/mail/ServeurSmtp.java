package fr.espaceentreprise.adapters.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach the SMTP server.
 *
 * @param utilisateur  the login, when the server asks for one (then with {@code motDePasse})
 * @param starttls     upgrade the connection with STARTTLS before anything else is said, and refuse to go on
 *                     (credentials, content) over a server that does not offer it
 * @param delaiConnexion how long to wait for the connection
 * @param delaiLecture how long to wait for each answer and each write
 */
public record ServeurSmtp(
        String hote,
        int port,
        Optional<String> utilisateur,
        String motDePasse,
        boolean starttls,
        Duration delaiConnexion,
        Duration delaiLecture) {

    public static final Duration DELAI_CONNEXION_PAR_DEFAUT = Duration.ofSeconds(10);
    public static final Duration DELAI_LECTURE_PAR_DEFAUT = Duration.ofSeconds(30);

    public ServeurSmtp {
        Objects.requireNonNull(hote, "hote");
        Objects.requireNonNull(utilisateur, "utilisateur");
        Objects.requireNonNull(motDePasse, "motDePasse");
        Objects.requireNonNull(delaiConnexion, "delaiConnexion");
        Objects.requireNonNull(delaiLecture, "delaiLecture");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** With the default time-outs. */
    public ServeurSmtp(String hote, int port, Optional<String> utilisateur, String motDePasse, boolean starttls) {
        this(hote, port, utilisateur, motDePasse, starttls, DELAI_CONNEXION_PAR_DEFAUT, DELAI_LECTURE_PAR_DEFAUT);
    }

    /** Never shows the password, so the record can be logged. */
    @Override
    public String toString() {
        return "ServeurSmtp[" + hote + ":" + port + utilisateur.map(u -> ", user " + u).orElse("")
                + (starttls ? ", STARTTLS" : ", no STARTTLS") + "]";
    }
}
