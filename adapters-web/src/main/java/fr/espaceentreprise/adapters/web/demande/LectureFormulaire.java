package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a demande's form, read as {@link CorpsSoumission} reads the API's body and under the same names
 * (the address's as {@code adresse.ligne1}…), but as a browser sends them: every value a string, amounts typed
 * in euros ("1 234,56"). Every field is read before answering, each error on its field.
 */
final class LectureFormulaire extends LectureContenu {

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

    private LectureFormulaire(Formulaire champs, Saisie saisie) {
        super(saisie);
        this.champs = champs;
    }

    /** The fields the form of {@code type} shows, and the files. */
    static Set<String> champs(TypeDemande type) {
        Set<String> champs = new HashSet<>(CHAMPS.get(type));
        champs.add(PiecesJointesRecues.CHAMP);
        return champs;
    }

    /** The demande's content, or null with its errors added to {@code saisie}. */
    static ContenuDemande lire(TypeDemande type, Formulaire champs, Saisie saisie) {
        return new LectureFormulaire(champs, saisie).contenu(type);
    }

    @Override
    ContenuDemande autreContenu(TypeDemande type) {
        throw new IllegalStateException("type sans formulaire: " + type);
    }

    /** What was typed; "" for a field not sent. */
    @Override
    String texte(String nom) {
        return champs.valeur(nom);
    }

    /** An amount typed in euros, the French or the English way. */
    @Override
    Montant montant(String nom) {
        return lireSous(nom, () -> Montant.euros(Verifications.obligatoire(texte(nom), nom)));
    }

    /** The address's fields are flat in the form, named {@code adresse.ligne1}… */
    @Override
    Adresse adresse() {
        return adresse(nom -> texte(ADRESSE + nom));
    }
}
