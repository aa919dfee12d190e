package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Objects;
import java.util.Optional;

/** What narrows a list of demandes; each part is optional. */
public record FiltreDemandes(Optional<StatutDemande> statut, Optional<TypeDemande> type,
                             Optional<EntrepriseId> entrepriseId) {

    public static final FiltreDemandes AUCUN = new FiltreDemandes(Optional.empty(), Optional.empty(), Optional.empty());

    public FiltreDemandes {
        Objects.requireNonNull(statut, "statut");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entrepriseId, "entrepriseId");
    }

    /**
     * From what a user chose or a client sent; blank means no filter. An unknown statut →
     * "demande.statut.invalide" on "statut", an unknown type → "demande.type.invalide" on "type", a bad id →
     * "identifiant.invalide" on "entrepriseId".
     */
    public static FiltreDemandes de(String statut, String type, String entrepriseId) {
        return new FiltreDemandes(
                renseigne(statut).map(texte -> valeur(StatutDemande.class, texte, "demande.statut.invalide", "statut")),
                renseigne(type).map(texte -> valeur(TypeDemande.class, texte, "demande.type.invalide", "type")),
                renseigne(entrepriseId).map(FiltreDemandes::entreprise));
    }

    public FiltreDemandes avecStatut(StatutDemande statut) {
        return new FiltreDemandes(Optional.of(statut), type, entrepriseId);
    }

    private static <E extends Enum<E>> E valeur(Class<E> enumeration, String texte, String code, String champ) {
        try {
            return Enum.valueOf(enumeration, texte.strip());
        } catch (IllegalArgumentException inconnu) {
            throw new ValeurInvalideException(code, champ);
        }
    }

    private static EntrepriseId entreprise(String texte) {
        try {
            return EntrepriseId.de(texte);
        } catch (ValeurInvalideException malForme) {
            throw new ValeurInvalideException("identifiant.invalide", "entrepriseId");
        }
    }

    private static Optional<String> renseigne(String texte) {
        return texte == null || texte.isBlank() ? Optional.empty() : Optional.of(texte);
    }
}
