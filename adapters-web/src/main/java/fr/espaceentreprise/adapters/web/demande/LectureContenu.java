package fr.espaceentreprise.adapters.web.demande;

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
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A demande's content read field by field, the same way and under the same names whether it comes from a form
 * ({@link LectureFormulaire}) or from the API's JSON body ({@link CorpsSoumission}); they differ only in where a
 * field's text comes from, how an amount is written and where the address's fields are. Every field is read
 * before answering, each error on its field; the domain's checks that span fields run once every field is
 * readable.
 */
abstract class LectureContenu {

    static final String ADRESSE = "adresse.";
    /** The domain's names of the address's fields, and their names inside the address. */
    private static final Map<String, String> CHAMPS_ADRESSE = Map.of("adresseLigne1", "ligne1",
            "adresseLigne2", "ligne2", "codePostal", "codePostal", "ville", "ville", "pays", "pays");

    final Saisie saisie;

    LectureContenu(Saisie saisie) {
        this.saisie = saisie;
    }

    /** The field's text as sent; null or blank when it was not. */
    abstract String texte(String nom);

    /** A required amount, as this source writes amounts. */
    abstract Montant montant(String nom);

    /** The address of {@link MajEntreprise}, its errors on {@code adresse.ligne1}… */
    abstract Adresse adresse();

    /** The content of a type the common readers do not know. */
    abstract ContenuDemande autreContenu(TypeDemande type);

    /** The content of {@code type}, or null with its errors added to the saisie. */
    final ContenuDemande contenu(TypeDemande type) {
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
            default:
                return autreContenu(type);
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
        Montant salaire = montant("salaireReference");
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

    /**
     * The address, {@code texte} giving each of its fields by its name inside the address ("ligne1"…); every
     * error, the domain's included, is reported on {@code adresse.<that name>}.
     */
    final Adresse adresse(Function<String, String> texte) {
        String ligne1 = lireSous(ADRESSE + "ligne1", () -> Verifications.obligatoire(texte.apply("ligne1"), "ligne1"));
        String ligne2 = texte.apply("ligne2");
        String codePostal = lireSous(ADRESSE + "codePostal",
                () -> Verifications.obligatoire(texte.apply("codePostal"), "codePostal"));
        String ville = lireSous(ADRESSE + "ville", () -> Verifications.obligatoire(texte.apply("ville"), "ville"));
        CodePays pays = lireSous(ADRESSE + "pays",
                () -> new CodePays(Verifications.obligatoire(texte.apply("pays"), "pays")));
        if (saisie.aDesErreurs()) {
            return null;
        }
        return saisie.lire(() -> {
            try {
                // A blank second line is none (the domain drops it).
                return new Adresse(ligne1, ligne2, codePostal, ville, pays);
            } catch (ValeurInvalideException e) {
                String code = e.code();
                String champ = e.champ().orElse("");
                throw new ValeurInvalideException(code, ADRESSE + CHAMPS_ADRESSE.getOrDefault(champ, champ),
                        e.parametres());
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
        Montant salaire = montant("salaireReference");
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
    final <T> T construire(Supplier<T> contenu) {
        return saisie.aDesErreurs() ? null : saisie.lire(contenu);
    }

    final String obligatoire(String nom) {
        return lireSous(nom, () -> Verifications.obligatoire(texte(nom), nom));
    }

    /** A required field converted by the domain; its error is reported on the name it was sent under. */
    final <T> T champ(String nom, Function<String, T> conversion) {
        return lireSous(nom, () -> conversion.apply(Verifications.obligatoire(texte(nom), nom)));
    }

    /** An optional field: absent or blank is none. */
    final <T> T optionnel(String nom, Function<String, T> conversion) {
        String valeur = texte(nom);
        return valeur == null || valeur.isBlank() ? null : lireSous(nom, () -> conversion.apply(valeur));
    }

    final LocalDate date(String nom) {
        return lireSous(nom, () -> ChampDate.lire(texte(nom), nom));
    }

    /** {@code code}: the error of a value outside the enumeration, translated under erreur.<code>. */
    final <E extends Enum<E>> E enumeration(String nom, Class<E> valeurs, String code) {
        return lireSous(nom, () -> {
            String valeur = Verifications.obligatoire(texte(nom), nom).strip().toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(valeurs, valeur);
            } catch (IllegalArgumentException inconnue) {
                throw new ValeurInvalideException(code, nom);
            }
        });
    }

    /** Reads with the saisie, the error moved onto {@code nom}. */
    final <T> T lireSous(String nom, Supplier<T> lecture) {
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
