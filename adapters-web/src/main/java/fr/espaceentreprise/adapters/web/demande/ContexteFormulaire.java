package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.consultation.OptionsDeContrats;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.i18n.NomsDePays;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a new demande's form shows besides what was typed: its type, the entreprise and salarié it is about,
 * the contrats to choose from, and the choices of its lists in the page's language.
 *
 * @param contratId  the contrat a link named, to preselect
 * @param contrats   the entreprise's contrats that have not ended (changing a garantie, enrolling a salarié)
 * @param aujourdhui the day of the request, for the dates proposed
 */
public record ContexteFormulaire(TypeDemande type, FicheEntreprise entreprise, Optional<FicheSalarie> salarie,
        Optional<ContratId> contratId, List<ContratResume> contrats, LocalDate aujourdhui) {

    public ContexteFormulaire {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entreprise, "entreprise");
        Objects.requireNonNull(salarie, "salarie");
        Objects.requireNonNull(contratId, "contratId");
        contrats = List.copyOf(contrats);
        Objects.requireNonNull(aujourdhui, "aujourdhui");
    }

    /** The salarié's affiliations that have not ended: what a radiation may end. */
    public List<FicheSalarie.AffiliationVue> affiliationsEnCours() {
        return salarie.map(fiche -> fiche.affiliations().stream().filter(FicheSalarie.AffiliationVue::enCours)
                .toList()).orElse(List.of());
    }

    /** The contrats to choose from, each with its numéro and current garantie. */
    public List<Option> optionsContrats(Page page) {
        if (type == TypeDemande.RADIATION_SALARIE) {
            return affiliationsEnCours().stream()
                    .map(affiliation -> new Option(affiliation.contratId().toString(),
                            affiliation.numeroContrat().valeur() + " — " + page.valeur(affiliation.garantie())))
                    .toList();
        }
        return OptionsDeContrats.de(contrats, page);
    }

    /** The catalogue, grouped by the organisme that offers each garantie. */
    public Map<String, List<Option>> garanties(Page page) {
        Map<String, List<Option>> groupes = new LinkedHashMap<>();
        for (Organisme organisme : Organisme.values()) {
            List<Option> options = Garantie.catalogue(organisme).stream()
                    .map(garantie -> new Option(garantie.name(), page.valeur(garantie))).toList();
            if (!options.isEmpty()) {
                groupes.put(page.valeur(organisme), options);
            }
        }
        return groupes;
    }

    public List<Option> pays(Page page) {
        return NomsDePays.parNom(page.langue()).stream().map(pays -> new Option(pays.valeur(), page.pays(pays)))
                .toList();
    }

    public List<Option> modesPaiement(Page page) {
        return options(ModePaiement.values(), page);
    }

    public List<Option> periodicites(Page page) {
        return options(Periodicite.values(), page);
    }

    private static List<Option> options(Enum<?>[] valeurs, Page page) {
        return Arrays.stream(valeurs).map(valeur -> new Option(valeur.name(), page.valeur(valeur))).toList();
    }
}
