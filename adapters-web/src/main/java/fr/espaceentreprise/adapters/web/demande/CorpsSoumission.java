package fr.espaceentreprise.adapters.web.demande;

import com.fasterxml.jackson.databind.JsonNode;
import fr.espaceentreprise.adapters.web.formulaire.ChampDate;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.demande.ActionAcces;
import fr.espaceentreprise.domain.demande.AffiliationSalarie;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.ChangementGarantie;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.MajEntreprise;
import fr.espaceentreprise.domain.demande.MajModalitesPaiement;
import fr.espaceentreprise.domain.demande.MajPaysExpatriation;
import fr.espaceentreprise.domain.demande.MajSalaireReference;
import fr.espaceentreprise.domain.demande.MajSalarie;
import fr.espaceentreprise.domain.demande.RadiationSalarie;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.SuppressionAcces;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The body of {@code POST /api/v1/demandes}: {@code type}, {@code entrepriseId} and the type's fields at the top
 * level, named as the glossary names them. Every field is read before answering, so that a client sees all its
 * mistakes at once, each on the JSON name it sent (the domain's own field names differ for identifiers and the
 * address); the domain's checks that span fields run once every field is readable.
 */
final class CorpsSoumission {

    static final String TYPE = "type";
    static final String ENTREPRISE = "entrepriseId";

    /** The domain's names of the address's fields, and their names in the JSON object {@code adresse}. */
    private static final Map<String, String> CHAMPS_ADRESSE = Map.of("adresseLigne1", "ligne1",
            "adresseLigne2", "ligne2", "codePostal", "codePostal", "ville", "ville", "pays", "pays");

    private final JsonNode corps;
    private final Saisie saisie;

    private CorpsSoumission(JsonNode corps, Saisie saisie) {
        this.corps = corps;
        this.saisie = saisie;
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

    private ContenuDemande contenu(TypeDemande type) {
        switch (type) {
            case CHANGEMENT_GARANTIE:
                return changementGarantie();
            case AFFILIATION_SALARIE:
                return affiliationSalarie();
            case MAJ_ENTREPRISE:
                return majEntreprise();
            case MAJ_SALARIE:
                return majSalarie();
            case MAJ_MODALITES_PAIEMENT:
                return majModalitesPaiement();
            case MAJ_SALAIRE_REFERENCE:
                return majSalaireReference();
            case MAJ_PAYS_EXPATRIATION:
                return majPaysExpatriation();
            case RADIATION_SALARIE:
                return radiationSalarie();
            case AUTRE:
                return autre();
            case RECTIFICATION_DONNEES:
                return rectificationDonnees();
            case SUPPRESSION_ACCES:
                return suppressionAcces();
            default:
                throw new IllegalStateException("type sans lecture: " + type);
        }
    }

    private ContenuDemande changementGarantie() {
        ContratId contratId = champ("contratId", ContratId::de);
        Garantie garantie = enumeration("garantie", Garantie.class, "demande.garantie.invalide");
        LocalDate dateEffet = date("dateEffet");
        return construire(() -> new ChangementGarantie(contratId, garantie, dateEffet));
    }

    private ContenuDemande affiliationSalarie() {
        String nom = obligatoire("nom");
        String prenom = obligatoire("prenom");
        LocalDate dateNaissance = date("dateNaissance");
        Email email = optionnel(Email.CHAMP, Email::new);
        CodePays pays = champ("paysExpatriation", CodePays::new);
        ContratId contratId = champ("contratId", ContratId::de);
        LocalDate dateEffet = date("dateEffet");
        Montant salaire = centimes("salaireReference");
        return construire(() -> new AffiliationSalarie(nom, prenom, dateNaissance, email, pays, contratId,
                dateEffet, salaire));
    }

    private ContenuDemande majEntreprise() {
        String raisonSociale = obligatoire("raisonSociale");
        Adresse adresse = adresse();
        Siret siret = champ("siret", Siret::new);
        Email email = champ(Email.CHAMP, Email::new);
        Telephone telephone = optionnel("telephone", Telephone::new);
        return construire(() -> new MajEntreprise(raisonSociale, adresse, siret, email, telephone));
    }

    private Adresse adresse() {
        JsonNode noeud = corps.get("adresse");
        if (noeud == null || !noeud.isObject()) {
            saisie.erreur("adresse", Verifications.OBLIGATOIRE);
            return null;
        }
        CorpsSoumission adresse = new CorpsSoumission(noeud, saisie);
        String ligne1 = lireSous("adresse.ligne1", () -> Verifications.obligatoire(adresse.texte("ligne1"), "ligne1"));
        String ligne2 = adresse.texte("ligne2");
        String codePostal = lireSous("adresse.codePostal",
                () -> Verifications.obligatoire(adresse.texte("codePostal"), "codePostal"));
        String ville = lireSous("adresse.ville", () -> Verifications.obligatoire(adresse.texte("ville"), "ville"));
        CodePays pays = lireSous("adresse.pays", () -> new CodePays(Verifications.obligatoire(
                adresse.texte("pays"), "pays")));
        if (saisie.aDesErreurs()) {
            return null;
        }
        return saisie.lire(() -> {
            try {
                return new Adresse(ligne1, ligne2, codePostal, ville, pays);
            } catch (ValeurInvalideException e) {
                String code = e.code();
                throw new ValeurInvalideException(code, "adresse." + CHAMPS_ADRESSE.getOrDefault(
                        e.champ().orElse(""), e.champ().orElse("")), e.parametres());
            }
        });
    }

    private ContenuDemande majSalarie() {
        SalarieId salarieId = champ("salarieId", SalarieId::de);
        String nom = obligatoire("nom");
        String prenom = obligatoire("prenom");
        LocalDate dateNaissance = date("dateNaissance");
        Email email = optionnel(Email.CHAMP, Email::new);
        return construire(() -> new MajSalarie(salarieId, nom, prenom, dateNaissance, email));
    }

    private ContenuDemande majModalitesPaiement() {
        ModePaiement mode = enumeration("modePaiement", ModePaiement.class, "demande.modePaiement.invalide");
        Iban iban = optionnel(Iban.CHAMP, Iban::new);
        Bic bic = optionnel("bic", Bic::new);
        Periodicite periodicite = enumeration("periodicite", Periodicite.class, "demande.periodicite.invalide");
        return construire(() -> new MajModalitesPaiement(new ModalitesPaiement(mode, iban, bic, periodicite)));
    }

    private ContenuDemande majSalaireReference() {
        SalarieId salarieId = champ("salarieId", SalarieId::de);
        Montant salaire = centimes("salaireReference");
        LocalDate dateEffet = date("dateEffet");
        return construire(() -> new MajSalaireReference(salarieId, salaire, dateEffet));
    }

    private ContenuDemande majPaysExpatriation() {
        SalarieId salarieId = champ("salarieId", SalarieId::de);
        CodePays pays = champ("paysExpatriation", CodePays::new);
        LocalDate dateEffet = date("dateEffet");
        return construire(() -> new MajPaysExpatriation(salarieId, pays, dateEffet));
    }

    private ContenuDemande radiationSalarie() {
        SalarieId salarieId = champ("salarieId", SalarieId::de);
        ContratId contratId = champ("contratId", ContratId::de);
        LocalDate dateFin = date("dateFin");
        return construire(() -> new RadiationSalarie(salarieId, contratId, dateFin));
    }

    private ContenuDemande autre() {
        String objet = obligatoire("objet");
        String message = obligatoire("message");
        return construire(() -> new Autre(objet, message));
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

    // --- fields

    /** The record, once every field could be read: its constructor checks lengths and the rules across fields. */
    private <T> T construire(Supplier<T> contenu) {
        return saisie.aDesErreurs() ? null : saisie.lire(contenu);
    }

    private String texte(String nom) {
        JsonNode valeur = corps.get(nom);
        if (valeur == null || valeur.isNull()) {
            return null;
        }
        return valeur.isValueNode() ? valeur.asText() : "";
    }

    private String obligatoire(String nom) {
        return lireSous(nom, () -> Verifications.obligatoire(texte(nom), nom));
    }

    /** A required field converted by the domain; its error is reported on the JSON name. */
    private <T> T champ(String nom, Function<String, T> conversion) {
        return lireSous(nom, () -> conversion.apply(Verifications.obligatoire(texte(nom), nom)));
    }

    /** An optional field: absent or blank is none. */
    private <T> T optionnel(String nom, Function<String, T> conversion) {
        String valeur = texte(nom);
        return valeur == null || valeur.isBlank() ? null : lireSous(nom, () -> conversion.apply(valeur));
    }

    private LocalDate date(String nom) {
        return lireSous(nom, () -> ChampDate.lire(texte(nom), nom));
    }

    /** {@code code}: the error of a value outside the enumeration, translated under erreur.<code>. */
    private <E extends Enum<E>> E enumeration(String nom, Class<E> valeurs, String code) {
        return lireSous(nom, () -> {
            String valeur = Verifications.obligatoire(texte(nom), nom).strip().toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(valeurs, valeur);
            } catch (IllegalArgumentException inconnue) {
                throw new ValeurInvalideException(code, nom);
            }
        });
    }

    /** An amount in cents, as every amount of the API: a whole number, not a string. */
    private Montant centimes(String nom) {
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

    /** Reads with the saisie, the error moved onto {@code nom} when one is given. */
    private <T> T lireSous(String nom, Supplier<T> lecture) {
        return saisie.lire(() -> {
            try {
                return lecture.get();
            } catch (ValeurInvalideException e) {
                if (nom == null || e.champ().map(nom::equals).orElse(false)) {
                    throw e;
                }
                String code = e.code();
                throw new ValeurInvalideException(code, nom, e.parametres());
            }
        });
    }
}
