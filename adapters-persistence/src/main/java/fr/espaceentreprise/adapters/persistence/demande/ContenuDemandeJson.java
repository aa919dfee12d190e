package fr.espaceentreprise.adapters.persistence.demande;

import fr.espaceentreprise.adapters.persistence.commun.JsonPlat;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.commun.Telephone;
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
import fr.espaceentreprise.domain.entreprise.ModalitesPaiement;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A demande's typed contenu as a flat jsonb object of strings, keyed by the record's field names. Nested values
 * are flattened (adresseLigne1…, mode/iban/bic/periodicite), amounts are in cents, dates ISO-8601, absent
 * optional values null. The type is not repeated inside: it is the demande's {@code type} column. Reading goes
 * through the records' constructors, so stored contents are checked again.
 */
final class ContenuDemandeJson {

    private ContenuDemandeJson() {
    }

    static String ecrire(ContenuDemande contenu) {
        Map<String, String> champs = new LinkedHashMap<>();
        if (contenu instanceof ChangementGarantie c) {
            champs.put("contratId", c.contratId().valeur().toString());
            champs.put("garantie", c.garantie().name());
            champs.put("dateEffet", texte(c.dateEffet(), LocalDate::toString));
        } else if (contenu instanceof AffiliationSalarie c) {
            champs.put("nom", c.nom());
            champs.put("prenom", c.prenom());
            champs.put("dateNaissance", texte(c.dateNaissance(), LocalDate::toString));
            champs.put("email", texte(c.email(), Email::valeur));
            champs.put("paysExpatriation", texte(c.paysExpatriation(), CodePays::valeur));
            champs.put("contratId", c.contratId().valeur().toString());
            champs.put("dateEffet", texte(c.dateEffet(), LocalDate::toString));
            champs.put("salaireReferenceCentimes", Long.toString(c.salaireReference().centimes()));
        } else if (contenu instanceof MajEntreprise c) {
            champs.put("raisonSociale", c.raisonSociale());
            champs.put("adresseLigne1", c.adresse().ligne1());
            champs.put("adresseLigne2", c.adresse().ligne2());
            champs.put("codePostal", c.adresse().codePostal());
            champs.put("ville", c.adresse().ville());
            champs.put("pays", texte(c.adresse().pays(), CodePays::valeur));
            champs.put("siret", texte(c.siret(), Siret::valeur));
            champs.put("email", texte(c.email(), Email::valeur));
            champs.put("telephone", texte(c.telephone(), Telephone::valeur));
        } else if (contenu instanceof MajSalarie c) {
            champs.put("salarieId", c.salarieId().valeur().toString());
            champs.put("nom", c.nom());
            champs.put("prenom", c.prenom());
            champs.put("dateNaissance", texte(c.dateNaissance(), LocalDate::toString));
            champs.put("email", texte(c.email(), Email::valeur));
        } else if (contenu instanceof MajModalitesPaiement c) {
            champs.put("mode", c.modalites().mode().name());
            champs.put("iban", texte(c.modalites().iban(), Iban::valeur));
            champs.put("bic", texte(c.modalites().bic(), Bic::valeur));
            champs.put("periodicite", c.modalites().periodicite().name());
        } else if (contenu instanceof MajSalaireReference c) {
            champs.put("salarieId", c.salarieId().valeur().toString());
            champs.put("salaireReferenceCentimes", Long.toString(c.salaireReference().centimes()));
            champs.put("dateEffet", texte(c.dateEffet(), LocalDate::toString));
        } else if (contenu instanceof MajPaysExpatriation c) {
            champs.put("salarieId", c.salarieId().valeur().toString());
            champs.put("paysExpatriation", texte(c.paysExpatriation(), CodePays::valeur));
            champs.put("dateEffet", texte(c.dateEffet(), LocalDate::toString));
        } else if (contenu instanceof RadiationSalarie c) {
            champs.put("salarieId", c.salarieId().valeur().toString());
            champs.put("contratId", c.contratId().valeur().toString());
            champs.put("dateFin", texte(c.dateFin(), LocalDate::toString));
        } else if (contenu instanceof Autre c) {
            champs.put("objet", c.objet());
            champs.put("message", c.message());
        } else if (contenu instanceof RectificationDonnees c) {
            champs.put("message", c.message());
        } else if (contenu instanceof SuppressionAcces c) {
            champs.put("action", c.action().name());
            champs.put("message", c.message());
        } else {
            throw new IllegalArgumentException("contenu de demande sans format de stockage: " + contenu.type());
        }
        return JsonPlat.ecrire(champs);
    }

    static ContenuDemande lire(TypeDemande type, String json) {
        Champs c = new Champs(JsonPlat.lire(json));
        return switch (type) {
            case CHANGEMENT_GARANTIE -> new ChangementGarantie(
                    c.valeur("contratId", ContratId::de), c.valeur("garantie", Garantie::valueOf),
                    c.valeur("dateEffet", LocalDate::parse));
            case AFFILIATION_SALARIE -> new AffiliationSalarie(
                    c.texte("nom"), c.texte("prenom"), c.valeur("dateNaissance", LocalDate::parse),
                    c.valeur("email", Email::new), c.valeur("paysExpatriation", CodePays::new),
                    c.valeur("contratId", ContratId::de), c.valeur("dateEffet", LocalDate::parse),
                    c.valeur("salaireReferenceCentimes", ContenuDemandeJson::montant));
            case MAJ_ENTREPRISE -> new MajEntreprise(
                    c.texte("raisonSociale"),
                    new Adresse(c.texte("adresseLigne1"), c.texte("adresseLigne2"), c.texte("codePostal"),
                            c.texte("ville"), c.valeur("pays", CodePays::new)),
                    c.valeur("siret", Siret::new), c.valeur("email", Email::new),
                    c.valeur("telephone", Telephone::new));
            case MAJ_SALARIE -> new MajSalarie(
                    c.valeur("salarieId", SalarieId::de), c.texte("nom"), c.texte("prenom"),
                    c.valeur("dateNaissance", LocalDate::parse), c.valeur("email", Email::new));
            case MAJ_MODALITES_PAIEMENT -> new MajModalitesPaiement(new ModalitesPaiement(
                    c.valeur("mode", ModePaiement::valueOf), c.valeur("iban", Iban::new),
                    c.valeur("bic", Bic::new), c.valeur("periodicite", Periodicite::valueOf)));
            case MAJ_SALAIRE_REFERENCE -> new MajSalaireReference(
                    c.valeur("salarieId", SalarieId::de),
                    c.valeur("salaireReferenceCentimes", ContenuDemandeJson::montant),
                    c.valeur("dateEffet", LocalDate::parse));
            case MAJ_PAYS_EXPATRIATION -> new MajPaysExpatriation(
                    c.valeur("salarieId", SalarieId::de), c.valeur("paysExpatriation", CodePays::new),
                    c.valeur("dateEffet", LocalDate::parse));
            case RADIATION_SALARIE -> new RadiationSalarie(
                    c.valeur("salarieId", SalarieId::de), c.valeur("contratId", ContratId::de),
                    c.valeur("dateFin", LocalDate::parse));
            case AUTRE -> new Autre(c.texte("objet"), c.texte("message"));
            case RECTIFICATION_DONNEES -> new RectificationDonnees(c.texte("message"));
            case SUPPRESSION_ACCES -> new SuppressionAcces(c.valeur("action", ActionAcces::valueOf),
                    c.texte("message"));
        };
    }

    private static <T> String texte(T valeur, Function<T, String> enTexte) {
        return valeur == null ? null : enTexte.apply(valeur);
    }

    private static Montant montant(String centimes) {
        return Montant.centimes(Long.parseLong(centimes));
    }

    /** The stored fields; an absent or null field reads as null, left to the record to accept or refuse. */
    private static final class Champs {

        private final Map<String, String> valeurs;

        Champs(Map<String, String> valeurs) {
            this.valeurs = valeurs;
        }

        String texte(String cle) {
            return valeurs.get(cle);
        }

        <T> T valeur(String cle, Function<String, T> conversion) {
            String texte = valeurs.get(cle);
            return texte == null ? null : conversion.apply(texte);
        }
    }
}
