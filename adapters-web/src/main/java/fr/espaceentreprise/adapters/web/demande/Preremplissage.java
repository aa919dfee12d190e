package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.domain.commun.Adresse;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.contrat.ContratId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a new demande's form shows before the user types anything: the current values the portal holds (the
 * entreprise's, the salarié's), under the form's field names, so that the user changes only what changes. The
 * IBAN and a salarié's e-mail never leave the server whole: their fields start empty (the form shows the masked
 * value beside them). A date d'effet starts on the 1st of next month.
 */
final class Preremplissage {

    private Preremplissage() {
    }

    static Map<String, String> valeurs(ContexteFormulaire contexte, Langue langue) {
        Map<String, String> valeurs = new HashMap<>();
        String premierDuMoisProchain = premierDuMoisProchain(contexte.aujourdhui()).toString();
        FicheEntreprise entreprise = contexte.entreprise();
        Optional<FicheSalarie> salarie = contexte.salarie();
        salarie.ifPresent(fiche -> valeurs.put("salarieId", fiche.id().toString()));
        switch (contexte.type()) {
            case CHANGEMENT_GARANTIE:
            case AFFILIATION_SALARIE:
                contratPropose(contexte.contratId(), contexte.contrats().stream().map(ContratResume::id).toList())
                        .ifPresent(id -> valeurs.put("contratId", id.toString()));
                valeurs.put("dateEffet", premierDuMoisProchain);
                break;
            case MAJ_ENTREPRISE:
                Adresse adresse = entreprise.adresseCorrespondance();
                valeurs.put("raisonSociale", entreprise.raisonSociale());
                valeurs.put("adresse.ligne1", adresse.ligne1());
                valeurs.put("adresse.ligne2", adresse.ligne2() == null ? "" : adresse.ligne2());
                valeurs.put("adresse.codePostal", adresse.codePostal());
                valeurs.put("adresse.ville", adresse.ville());
                valeurs.put("adresse.pays", adresse.pays().valeur());
                valeurs.put("siret", entreprise.siret().valeur());
                valeurs.put("email", entreprise.email().valeur());
                valeurs.put("telephone", entreprise.telephone().map(telephone -> telephone.formate()).orElse(""));
                break;
            case MAJ_MODALITES_PAIEMENT:
                valeurs.put("modePaiement", entreprise.modePaiement().name());
                valeurs.put("bic", entreprise.bic().map(bic -> bic.valeur()).orElse(""));
                valeurs.put("periodicite", entreprise.periodicite().name());
                break;
            case MAJ_SALARIE:
                salarie.ifPresent(fiche -> {
                    valeurs.put("nom", fiche.nom());
                    valeurs.put("prenom", fiche.prenom());
                    valeurs.put("dateNaissance", fiche.dateNaissance().toString());
                });
                break;
            case MAJ_SALAIRE_REFERENCE:
                salarie.ifPresent(fiche -> valeurs.put("salaireReference", euros(fiche.salaireReference(), langue)));
                valeurs.put("dateEffet", premierDuMoisProchain);
                break;
            case MAJ_PAYS_EXPATRIATION:
                salarie.ifPresent(fiche -> valeurs.put("paysExpatriation", fiche.paysExpatriation().valeur()));
                valeurs.put("dateEffet", premierDuMoisProchain);
                break;
            case RADIATION_SALARIE:
                contratPropose(contexte.contratId(), contexte.affiliationsEnCours().stream()
                        .map(FicheSalarie.AffiliationVue::contratId).toList())
                        .ifPresent(id -> valeurs.put("contratId", id.toString()));
                break;
            default:
                break;
        }
        return valeurs;
    }

    /** The contrat the link named when it is one of the choices, else the only choice, else none. */
    private static Optional<ContratId> contratPropose(Optional<ContratId> nomme, List<ContratId> choix) {
        if (nomme.isPresent() && choix.contains(nomme.get())) {
            return nomme;
        }
        return choix.size() == 1 ? Optional.of(choix.get(0)) : Optional.empty();
    }

    /**
     * "4 500,00" in French, "4500.00" in English (a comma there would read as decimals): what
     * {@link Montant#euros(String)} reads back.
     */
    static String euros(Montant montant, Langue langue) {
        long centimes = montant.centimes();
        String decimales = String.format("%02d", centimes % 100);
        String euros = Long.toString(centimes / 100);
        if (langue == Langue.FR) {
            euros = euros.replaceAll("\\B(?=(\\d{3})+$)", " ");
            return euros + "," + decimales;
        }
        return euros + "." + decimales;
    }

    static LocalDate premierDuMoisProchain(LocalDate aujourdhui) {
        return aujourdhui.withDayOfMonth(1).plusMonths(1);
    }
}
