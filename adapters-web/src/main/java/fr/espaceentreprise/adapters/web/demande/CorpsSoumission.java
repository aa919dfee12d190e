package fr.espaceentreprise.adapters.web.demande;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

/**
 * The body of {@code POST /api/v1/demandes}: {@code type}, {@code entrepriseId} and the type's fields at the top
 * level, named as the glossary names them. Every field is read before answering, so that a client sees all its
 * mistakes at once, each on the JSON name it sent (the domain's own field names differ for identifiers and the
 * address); the domain's checks that span fields run once every field is readable.
 */
final class CorpsSoumission extends LectureContenu {

    static final String TYPE = "type";
    static final String ENTREPRISE = "entrepriseId";

    private final JsonNode corps;

    private CorpsSoumission(JsonNode corps, Saisie saisie) {
        super(saisie);
        this.corps = corps;
    }

    record Lecture(EntrepriseId entrepriseId, ContenuDemande contenu) {
    }

    /**
     * Reads the body, its errors added to those {@code saisie} already holds (e.g. the idempotency key's), all
     * thrown together. An unknown type is answered alone: the fields to read depend on it.
     */
    static Lecture lire(JsonNode corps, Saisie saisie) {
        if (corps == null || !corps.isObject()) {
            throw new ValeurInvalideException(Verifications.OBLIGATOIRE, TYPE);
        }
        CorpsSoumission lecture = new CorpsSoumission(corps, saisie);
        TypeDemande type = type(lecture.texte(TYPE));
        EntrepriseId entrepriseId = lecture.champ(ENTREPRISE, EntrepriseId::de);
        ContenuDemande contenu = lecture.contenu(type);
        lecture.saisie.verifier();
        return new Lecture(entrepriseId, contenu);
    }

    private static TypeDemande type(String texte) {
        String valeur = Verifications.obligatoire(texte, TYPE).strip();
        try {
            return TypeDemande.valueOf(valeur);
        } catch (IllegalArgumentException inconnu) {
            throw new ValeurInvalideException("demande.type.invalide", TYPE);
        }
    }

    /** The types the API accepts and the forms do not (they have their own pages). */
    @Override
    ContenuDemande autreContenu(TypeDemande type) {
        switch (type) {
            case RECTIFICATION_DONNEES:
                return rectificationDonnees();
            case SUPPRESSION_ACCES:
                return suppressionAcces();
            default:
                throw new IllegalStateException("type sans lecture: " + type);
        }
    }

    private ContenuDemande rectificationDonnees() {
        String message = obligatoire("message");
        return construire(() -> new RectificationDonnees(message));
    }

    private ContenuDemande suppressionAcces() {
        ActionAcces action = enumeration("action", ActionAcces.class, "demande.action.invalide");
        String message = texte("message");
        return construire(() -> new SuppressionAcces(action, message));
    }

    @Override
    String texte(String nom) {
        return texte(corps, nom);
    }

    /** Null for a field absent or null, "" for an object or an array. */
    private static String texte(JsonNode noeud, String nom) {
        JsonNode valeur = noeud.get(nom);
        if (valeur == null || valeur.isNull()) {
            return null;
        }
        return valeur.isValueNode() ? valeur.asText() : "";
    }

    /** An amount in cents, as every amount of the API: a whole number, not a string. */
    @Override
    Montant montant(String nom) {
        JsonNode valeur = corps.get(nom);
        if (valeur == null || valeur.isNull()) {
            saisie.erreur(nom, Verifications.OBLIGATOIRE);
            return null;
        }
        if (!valeur.isIntegralNumber() || !valeur.canConvertToLong()) {
            saisie.erreur(nom, "montant.invalide");
            return null;
        }
        return lireSous(nom, () -> Montant.centimes(valeur.asLong()));
    }

    /** The address is the JSON object {@code adresse}, its fields named {@code ligne1}… */
    @Override
    Adresse adresse() {
        JsonNode noeud = corps.get("adresse");
        if (noeud == null || !noeud.isObject()) {
            saisie.erreur("adresse", Verifications.OBLIGATOIRE);
            return null;
        }
        return adresse(nom -> texte(noeud, nom));
    }
}
