package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.contrat.ContratId;

import java.util.Objects;
import java.util.Optional;

/**
 * What narrows the list of salariés.
 *
 * @param debutNom  the start of the nom, as {@link CleDeTri} writes it (accents and case ignored)
 * @param contratId only the salariés whose affiliation to that contrat has not ended
 * @param pays      only the salariés expatriated to that country
 */
public record FiltreSalaries(Optional<String> debutNom, Optional<ContratId> contratId, Optional<CodePays> pays) {

    public static final int RECHERCHE_MAX = 80;
    public static final String CHAMP_RECHERCHE = "recherche";
    public static final FiltreSalaries AUCUN = new FiltreSalaries(Optional.empty(), Optional.empty(), Optional.empty());

    public FiltreSalaries {
        Objects.requireNonNull(debutNom, "debutNom");
        Objects.requireNonNull(contratId, "contratId");
        Objects.requireNonNull(pays, "pays");
    }

    /**
     * From what a user typed or a client sent; blank means no filter. A search longer than
     * {@value #RECHERCHE_MAX} → "champ.trop_long" on "recherche"; a bad contrat id → "identifiant.invalide" on
     * "contratId"; an unknown country → the CodePays error on "paysExpatriation".
     */
    public static FiltreSalaries de(String recherche, String contratId, String pays) {
        throw new UnsupportedOperationException("à écrire");
    }
}
