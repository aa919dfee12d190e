package fr.espaceentreprise.adapters.web.consultation;

import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.application.contrat.ContratResume;
import java.util.List;

/** A contract filter's choices: each contract by its numéro and garantie, in the page's language. */
public final class OptionsDeContrats {

    private OptionsDeContrats() {
    }

    public static List<Option> de(List<ContratResume> contrats, Page page) {
        return contrats.stream()
                .map(contrat -> new Option(contrat.id().toString(), contrat.numero().valeur() + " — "
                        + page.valeur(contrat.garantie())))
                .toList();
    }
}
