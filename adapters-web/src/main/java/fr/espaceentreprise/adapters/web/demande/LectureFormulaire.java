package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.formulaire.ChampDate;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
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
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of a demande's form, read as {@link CorpsSoumission} reads the API's body and under the same names
 * (the address's as {@code adresse.ligne1}…), but as a browser sends them: every value a string, amounts typed
 * in euros ("1 234,56"). Every field is read before answering, each error on its field.
 */
final class LectureFormulaire {

    static final String ADRESSE = "adresse.";
    /** The domain's names of the address's fields, and the form's. */
    private static final Map<String, String> CHAMPS_ADRESSE = Map.of("adresseLigne1", "adresse.ligne1",
            "adresseLigne2", "adresse.ligne2", "codePostal", "adresse.codePostal", "ville", "adresse.ville",
            "pays", "adresse.pays");

    /** The fields each form shows, beside which its errors are shown (the others above the form). */
    private static final Map<TypeDemande, Set<String>> CHAMPS = new EnumMap<>(Map.of(
            TypeDemande.CHANGEMENT_GARANTIE, Set.of("contratId", "garantie", "dateEffet"),
            TypeDemande.AFFILIATION_SALARIE, Set.of("nom", "prenom", "dateNaissance", "email", "paysExpatriation",
                    "contratId", "dateEffet", "salaireReference"),
            TypeDemande.MAJ_ENTREPRISE, Set.of("raisonSociale", "adresse.ligne1", "adresse.ligne2",
                    "adresse.codePostal", "adresse.ville", "adresse.pays", "siret", "email", "telephone"),
            TypeDemande.MAJ_SALARIE, Set.of("nom", "prenom", "dateNaissance", "email"),
            TypeDemande.MAJ_MODALITES_PAIEMENT, Set.of("modePaiement", "iban", "bic", "periodicite"),
            TypeDemande.MAJ_SALAIRE_REFERENCE, Set.of("salaireReference", "dateEffet"),
            TypeDemande.MAJ_PAYS_EXPATRIATION, Set.of("paysExpatriation", "dateEffet"),
            TypeDemande.RADIATION_SALARIE, Set.of("contratId", "dateFin"),
            TypeDemande.AUTRE, Set.of("objet", "message")));

    private final Formulaire champs;
    private final Saisie saisie;

    private LectureFormulaire(Formulaire champs, Saisie saisie) {
        this.champs = champs;
        this.saisie = saisie;
    }

    /** The fields the form of {@code type} shows, and the files. */
    static Set<String> champs(TypeDemande type) {
        Set<String> champs = new HashSet<>(CHAMPS.get(type));
        champs.add(PiecesJointesRecues.CHAMP);
        return champs;
    }

    /** The demande's content, or null with its errors added to {@code saisie}. */
    static ContenuDemande lire(TypeDemande type, Formulaire champs, Saisie saisie) {
        LectureFormulaire lecture = new LectureFormulaire(champs, saisie);
        switch (type) {
            case CHANGEMENT_GARANTIE:
                return lecture.changementGarantie();
            case AFFILIATION_SALARIE:
                return lecture.affiliationSalarie();
            case MAJ_ENTREPRISE:
                return lecture.majEntreprise();
            case MAJ_SALARIE:
                return lecture.majSalarie();
            case MAJ_MODALITES_PAIEMENT:
                return lecture.majModalitesPaiement();
            case MAJ_SALAIRE_REFERENCE:
                return lecture.majSalaireReference();
            case MAJ_PAYS_EXPATRIATION:
                return lecture.majPaysExpatriation();
            case RADIATION_SALARIE:
                return lecture.radiationSalarie();
            case AUTRE:
                return lecture.autre();
            default:
                throw new IllegalStateException("type sans formulaire: " + type);
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
        Montant salaire = euros("salaireReference");
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
        String ligne1 = obligatoire(ADRESSE + "ligne1");
        String ligne2 = texte(ADRESSE + "ligne2");
        String codePostal = obligatoire(ADRESSE + "codePostal");
        String ville = obligatoire(ADRESSE + "ville");
        CodePays pays = champ(ADRESSE + "pays", CodePays::new);
        if (saisie.aDesErreurs()) {
            return null;
        }
        return saisie.lire(() -> {
            try {
                return new Adresse(ligne1, ligne2.isBlank() ? null : ligne2, codePostal, ville, pays);
            } catch (ValeurInvalideException e) {
                String code = e.code();
                String champ = e.champ().orElse("");
                throw new ValeurInvalideException(code, CHAMPS_ADRESSE.getOrDefault(champ, champ), e.parametres());
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
        Montant salaire = euros("salaireReference");
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

    // --- fields

    /** The record, once every field could be read: its constructor checks lengths and the rules across fields. */
    private <T> T construire(Supplier<T> contenu) {
        return saisie.aDesErreurs() ? null : saisie.lire(contenu);
    }

    /** What was typed; "" for a field not sent. */
    private String texte(String nom) {
        return champs.valeur(nom);
    }

    private String obligatoire(String nom) {
        return lireSous(nom, () -> Verifications.obligatoire(texte(nom), nom));
    }

    private <T> T champ(String nom, Function<String, T> conversion) {
        return lireSous(nom, () -> conversion.apply(Verifications.obligatoire(texte(nom), nom)));
    }

    private <T> T optionnel(String nom, Function<String, T> conversion) {
        String valeur = texte(nom);
        return valeur.isBlank() ? null : lireSous(nom, () -> conversion.apply(valeur));
    }

    private LocalDate date(String nom) {
        return lireSous(nom, () -> ChampDate.lire(texte(nom), nom));
    }

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

    /** An amount typed in euros, the French or the English way. */
    private Montant euros(String nom) {
        return lireSous(nom, () -> Montant.euros(Verifications.obligatoire(texte(nom), nom)));
    }

    /** Reads with the saisie, the error moved onto {@code nom}. */
    private <T> T lireSous(String nom, Supplier<T> lecture) {
        return saisie.lire(() -> {
            try {
                return lecture.get();
            } catch (ValeurInvalideException e) {
                if (e.champ().map(nom::equals).orElse(false)) {
                    throw e;
                }
                String code = e.code();
                throw new ValeurInvalideException(code, nom, e.parametres());
            }
        });
    }
}
