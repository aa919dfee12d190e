package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the list of salariés.
 *
 * @param contrats the numéros of the contrats (visible to the reader) whose affiliation has not ended, sorted
 */
public record SalarieResume(SalarieId id, String nom, String prenom, LocalDate dateNaissance,
                            CodePays paysExpatriation, List<NumeroContrat> contrats) {

    public SalarieResume {
        contrats = List.copyOf(contrats);
    }

    public CurseurSalaries curseur() {
        return new CurseurSalaries(CleDeTri.de(nom), CleDeTri.de(prenom), id.valeur());
    }
}
