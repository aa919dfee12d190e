package fr.espaceentreprise.domain.commun;

import java.util.Locale;

/**
 * E-mail address as typed by a user: trimmed, domain lower-cased, local part kept as is (it may be
 * case-sensitive). Deliberately stricter than RFC 5321 on what a form accepts: no quoted local part,
 * no characters that could break a mail header.
 */
public record Email(String valeur) {

    public static final String CHAMP = "email";
    private static final String INVALIDE = "email.invalide";
    private static final int MAX = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final String INTERDITS_LOCAL = "()<>[]\\,;:\"@";

    public Email {
        String texte = Verifications.obligatoire(valeur, CHAMP).strip();
        int arobase = texte.indexOf('@');
        if (texte.length() > MAX || arobase < 0 || arobase != texte.lastIndexOf('@')) {
            throw invalide();
        }
        String local = texte.substring(0, arobase);
        String domaine = texte.substring(arobase + 1).toLowerCase(Locale.ROOT);
        verifierLocal(local);
        verifierDomaine(domaine);
        valeur = local + "@" + domaine;
    }

    public String domaine() {
        return valeur.substring(valeur.indexOf('@') + 1);
    }

    /**
     * The address as a screen may show it to someone who must recognise it, not read it: the first character of
     * the local part, then "•••", then the domain ("j•••@example.com"). The length of the local part is hidden.
     */
    public String masque() {
        return valeur.substring(0, valeur.offsetByCodePoints(0, 1)) + "•••@" + domaine();
    }

    private static void verifierLocal(String local) {
        if (local.isEmpty() || local.length() > MAX_LOCAL || !pointsBienPlaces(local)) {
            throw invalide();
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (Verifications.estEspace(c) || Character.isISOControl(c) || INTERDITS_LOCAL.indexOf(c) >= 0) {
                throw invalide();
            }
        }
    }

    private static void verifierDomaine(String domaine) {
        if (domaine.indexOf('.') < 0 || !pointsBienPlaces(domaine)) {
            throw invalide();
        }
        for (String label : domaine.split("\\.")) {
            if (label.length() > MAX_LABEL || label.startsWith("-") || label.endsWith("-")) {
                throw invalide();
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-')) {
                    throw invalide();
                }
            }
        }
    }

    /** No leading, trailing or consecutive dots. */
    private static boolean pointsBienPlaces(String partie) {
        return !partie.startsWith(".") && !partie.endsWith(".") && !partie.contains("..");
    }

    private static ValeurInvalideException invalide() {
        return new ValeurInvalideException(INVALIDE, CHAMP);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
