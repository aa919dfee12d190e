package fr.espaceentreprise.adapters.persistence.commun;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The smallest JSON this adapter needs: one flat object whose values are strings or null. Enough for a
 * demande's contenu, whose fields are all value objects with a text form, and for a notification's parameters;
 * anything else is refused rather than guessed. Reads what PostgreSQL's jsonb gives back (any whitespace, any
 * JSON string escape).
 */
public final class JsonPlat {

    private JsonPlat() {
    }

    public static String ecrire(Map<String, String> champs) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> champ : champs.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            chaine(json, champ.getKey());
            json.append(':');
            if (champ.getValue() == null) {
                json.append("null");
            } else {
                chaine(json, champ.getValue());
            }
        }
        return json.append('}').toString();
    }

    private static void chaine(StringBuilder json, String valeur) {
        json.append('"');
        for (int i = 0; i < valeur.length(); i++) {
            char c = valeur.charAt(i);
            switch (c) {
                case '"': json.append("\\\""); break;
                case '\\': json.append("\\\\"); break;
                case '\n': json.append("\\n"); break;
                case '\r': json.append("\\r"); break;
                case '\t': json.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
            }
        }
        json.append('"');
    }

    /** Keys in document order; a null JSON value gives a null entry. */
    public static Map<String, String> lire(String json) {
        return new Lecteur(json).objet();
    }

    private static final class Lecteur {

        private final String json;
        private int position;

        Lecteur(String json) {
            this.json = json;
        }

        Map<String, String> objet() {
            Map<String, String> champs = new LinkedHashMap<>();
            attendre('{');
            if (!suivantEst('}')) {
                do {
                    String cle = chaine();
                    attendre(':');
                    champs.put(cle, suivantEst('n') ? nul() : chaine());
                } while (accepter(','));
            }
            attendre('}');
            espaces();
            if (position != json.length()) {
                throw illisible();
            }
            return champs;
        }

        private String nul() {
            espaces();
            if (!json.startsWith("null", position)) {
                throw illisible();
            }
            position += 4;
            return null;
        }

        private String chaine() {
            attendre('"');
            StringBuilder valeur = new StringBuilder();
            while (true) {
                char c = caractere();
                if (c == '"') {
                    return valeur.toString();
                }
                if (c != '\\') {
                    valeur.append(c);
                    continue;
                }
                char echappe = caractere();
                switch (echappe) {
                    case '"': case '\\': case '/': valeur.append(echappe); break;
                    case 'b': valeur.append('\b'); break;
                    case 'f': valeur.append('\f'); break;
                    case 'n': valeur.append('\n'); break;
                    case 'r': valeur.append('\r'); break;
                    case 't': valeur.append('\t'); break;
                    case 'u': valeur.append(unicode()); break;
                    default: throw illisible();
                }
            }
        }

        private char unicode() {
            if (position + 4 > json.length()) {
                throw illisible();
            }
            try {
                char c = (char) Integer.parseInt(json.substring(position, position + 4), 16);
                position += 4;
                return c;
            } catch (NumberFormatException e) {
                throw illisible();
            }
        }

        private char caractere() {
            if (position >= json.length()) {
                throw illisible();
            }
            return json.charAt(position++);
        }

        private void attendre(char attendu) {
            if (!accepter(attendu)) {
                throw illisible();
            }
        }

        private boolean accepter(char attendu) {
            if (suivantEst(attendu)) {
                position++;
                return true;
            }
            return false;
        }

        private boolean suivantEst(char attendu) {
            espaces();
            return position < json.length() && json.charAt(position) == attendu;
        }

        private void espaces() {
            while (position < json.length() && " \t\r\n".indexOf(json.charAt(position)) >= 0) {
                position++;
            }
        }

        private IllegalStateException illisible() {
            return new IllegalStateException("JSON plat illisible à la position " + position);
        }
    }
}
