package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.commun.CleDeTri;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
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
        return new FiltreSalaries(debutNom(recherche), contrat(contratId),
                renseigne(pays).map(CodePays::new));
    }

    private static Optional<String> debutNom(String recherche) {
        return renseigne(recherche)
                .map(texte -> CleDeTri.de(Verifications.texte(texte, CHAMP_RECHERCHE, RECHERCHE_MAX)))
                .filter(cle -> !cle.isEmpty());
    }

    private static Optional<ContratId> contrat(String contratId) {
        return renseigne(contratId).map(texte -> {
            try {
                return ContratId.de(texte);
            } catch (ValeurInvalideException malForme) {
                throw new ValeurInvalideException("identifiant.invalide", "contratId");
            }
        });
    }

    private static Optional<String> renseigne(String texte) {
        return texte == null || texte.isBlank() ? Optional.empty() : Optional.of(texte);
    }
}
