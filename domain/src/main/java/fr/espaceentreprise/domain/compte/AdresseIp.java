package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;

/**
 * The network address a request came from, as the web adapter determined it: IPv4 or IPv6 text (hex digits,
 * dots, colons), at most 45 characters. Used for per-address rate limits and the audit trail; never parsed.
 */
public record AdresseIp(String valeur) {

    public static final String CHAMP = "ip";
    private static final int MAX = 45;

    public AdresseIp {
        valeur = Verifications.obligatoire(valeur, CHAMP).strip();
        if (valeur.length() > MAX || !caracteresPermis(valeur)) {
            throw new ValeurInvalideException("adresseIp.invalide", CHAMP);
        }
    }

    private static boolean caracteresPermis(String texte) {
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            boolean hexa = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hexa && c != '.' && c != ':') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return valeur;
    }
}
