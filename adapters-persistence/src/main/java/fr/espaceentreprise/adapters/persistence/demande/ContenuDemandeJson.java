package fr.espaceentreprise.adapters.persistence.demande;

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
import fr.espaceentreprise.domain.demande.ContenuDemande;
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
 * A demande's typed contenu as a flat jsonb object of strings, keyed by the record's field names (nested
 * values flattened: adresseLigne1…, mode/iban/bic/periodicite; amounts in cents, dates ISO-8601). The type
 * is not repeated inside: it is the demande's {@code type} column.
 */
final class ContenuDemandeJson {

    private ContenuDemandeJson() {
    }

    static String ecrire(ContenuDemande contenu) {
        Map<String, String> champs = new LinkedHashMap<>();
        switch (contenu.type()) {
            case CHANGEMENT_GARANTIE: {
                ContenuDemande.ChangementGarantie c = (ContenuDemande.ChangementGarantie) contenu;
                champs.put("contratId", texte(c.contratId()));
                champs.put("garantie", c.garantie().name());
                champs.put("dateEffet", texte(c.dateEffet()));
                break;
            }
            case AFFILIATION_SALARIE: {
                ContenuDemande.AffiliationSalarie c = (ContenuDemande.AffiliationSalarie) contenu;
                champs.put("nom", c.nom());
                champs.put("prenom", c.prenom());
                champs.put("dateNaissance", texte(c.dateNaissance()));
                champs.put("email", texte(c.email()));
                champs.put("paysExpatriation", texte(c.paysExpatriation()));
                champs.put("contratId", texte(c.contratId()));
                champs.put("dateEffet", texte(c.dateEffet()));
                champs.put("salaireReferenceCentimes", centimes(c.salaireReference()));
                break;
            }
            case MAJ_ENTREPRISE: {
                ContenuDemande.MajEntreprise c = (ContenuDemande.MajEntreprise) contenu;
                champs.put("raisonSociale", c.raisonSociale());
                Adresse adresse = c.adresse();
                champs.put("adresseLigne1", adresse == null ? null : adresse.ligne1());
                champs.put("adresseLigne2", adresse == null ? null : adresse.ligne2());
                champs.put("codePostal", adresse == null ? null : adresse.codePostal());
                champs.put("ville", adresse == null ? null : adresse.ville());
                champs.put("pays", adresse == null ? null : texte(adresse.pays()));
                champs.put("siret", texte(c.siret()));
                champs.put("email", texte(c.email()));
                champs.put("telephone", texte(c.telephone()));
                break;
            }
            case MAJ_SALARIE: {
                ContenuDemande.MajSalarie c = (ContenuDemande.MajSalarie) contenu;
                champs.put("salarieId", texte(c.salarieId()));
                champs.put("nom", c.nom());
                champs.put("prenom", c.prenom());
                champs.put("dateNaissance", texte(c.dateNaissance()));
                champs.put("email", texte(c.email()));
                break;
            }
            case MAJ_MODALITES_PAIEMENT: {
                ModalitesPaiement m = ((ContenuDemande.MajModalitesPaiement) contenu).modalites();
                champs.put("mode", m.mode().name());
                champs.put("iban", texte(m.iban()));
                champs.put("bic", texte(m.bic()));
                champs.put("periodicite", m.periodicite().name());
                break;
            }
            case MAJ_SALAIRE_REFERENCE: {
                ContenuDemande.MajSalaireReference c = (ContenuDemande.MajSalaireReference) contenu;
                champs.put("salarieId", texte(c.salarieId()));
                champs.put("salaireReferenceCentimes", centimes(c.salaireReference()));
                champs.put("dateEffet", texte(c.dateEffet()));
                break;
            }
            case MAJ_PAYS_EXPATRIATION: {
                ContenuDemande.MajPaysExpatriation c = (ContenuDemande.MajPaysExpatriation) contenu;
                champs.put("salarieId", texte(c.salarieId()));
                champs.put("paysExpatriation", texte(c.paysExpatriation()));
                champs.put("dateEffet", texte(c.dateEffet()));
                break;
            }
            case RADIATION_SALARIE: {
                ContenuDemande.RadiationSalarie c = (ContenuDemande.RadiationSalarie) contenu;
                champs.put("salarieId", texte(c.salarieId()));
                champs.put("contratId", texte(c.contratId()));
                champs.put("dateFin", texte(c.dateFin()));
                break;
            }
            case AUTRE: {
                ContenuDemande.Autre c = (ContenuDemande.Autre) contenu;
                champs.put("objet", c.objet());
                champs.put("message", c.message());
                break;
            }
            default:
                throw new IllegalArgumentException("type de demande sans format de stockage: " + contenu.type());
        }
        return JsonPlat.ecrire(champs);
    }

    static ContenuDemande lire(TypeDemande type, String json) {
        Champs c = new Champs(JsonPlat.lire(json));
        switch (type) {
            case CHANGEMENT_GARANTIE:
                return new ContenuDemande.ChangementGarantie(
                        c.valeur("contratId", ContratId::de), c.valeur("garantie", Garantie::valueOf),
                        c.valeur("dateEffet", LocalDate::parse));
            case AFFILIATION_SALARIE:
                return new ContenuDemande.AffiliationSalarie(
                        c.texte("nom"), c.texte("prenom"), c.valeur("dateNaissance", LocalDate::parse),
                        c.valeur("email", Email::new), c.valeur("paysExpatriation", CodePays::new),
                        c.valeur("contratId", ContratId::de), c.valeur("dateEffet", LocalDate::parse),
                        c.valeur("salaireReferenceCentimes", ContenuDemandeJson::montant));
            case MAJ_ENTREPRISE:
                return new ContenuDemande.MajEntreprise(
                        c.texte("raisonSociale"),
                        c.texte("adresseLigne1") == null ? null : new Adresse(c.texte("adresseLigne1"),
                                c.texte("adresseLigne2"), c.texte("codePostal"), c.texte("ville"),
                                c.valeur("pays", CodePays::new)),
                        c.valeur("siret", Siret::new), c.valeur("email", Email::new),
                        c.valeur("telephone", Telephone::new));
            case MAJ_SALARIE:
                return new ContenuDemande.MajSalarie(
                        c.valeur("salarieId", SalarieId::de), c.texte("nom"), c.texte("prenom"),
                        c.valeur("dateNaissance", LocalDate::parse), c.valeur("email", Email::new));
            case MAJ_MODALITES_PAIEMENT:
                return new ContenuDemande.MajModalitesPaiement(new ModalitesPaiement(
                        c.valeur("mode", ModePaiement::valueOf), c.valeur("iban", Iban::new),
                        c.valeur("bic", Bic::new), c.valeur("periodicite", Periodicite::valueOf)));
            case MAJ_SALAIRE_REFERENCE:
                return new ContenuDemande.MajSalaireReference(
                        c.valeur("salarieId", SalarieId::de),
                        c.valeur("salaireReferenceCentimes", ContenuDemandeJson::montant),
                        c.valeur("dateEffet", LocalDate::parse));
            case MAJ_PAYS_EXPATRIATION:
                return new ContenuDemande.MajPaysExpatriation(
                        c.valeur("salarieId", SalarieId::de), c.valeur("paysExpatriation", CodePays::new),
                        c.valeur("dateEffet", LocalDate::parse));
            case RADIATION_SALARIE:
                return new ContenuDemande.RadiationSalarie(
                        c.valeur("salarieId", SalarieId::de), c.valeur("contratId", ContratId::de),
                        c.valeur("dateFin", LocalDate::parse));
            case AUTRE:
                return new ContenuDemande.Autre(c.texte("objet"), c.texte("message"));
            default:
                throw new IllegalArgumentException("type de demande sans format de stockage: " + type);
        }
    }

    private static String texte(Object valeur) {
        return valeur == null ? null : valeur.toString();
    }

    private static String centimes(Montant montant) {
        return montant == null ? null : Long.toString(montant.centimes());
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
