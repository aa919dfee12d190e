package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.domain.demande.TypeDemande;
import java.util.List;

/** The types of demande as the choice page groups them, each group titled under {@code demande.nouvelle.groupe.<cle>}. */
public record GroupeDeTypes(String cle, List<TypeDemande> types) {

    public static final List<GroupeDeTypes> TOUS = List.of(
            new GroupeDeTypes("contrats", List.of(TypeDemande.CHANGEMENT_GARANTIE, TypeDemande.AFFILIATION_SALARIE)),
            new GroupeDeTypes("informations", List.of(TypeDemande.MAJ_ENTREPRISE, TypeDemande.MAJ_SALARIE,
                    TypeDemande.MAJ_MODALITES_PAIEMENT)),
            new GroupeDeTypes("activite", List.of(TypeDemande.MAJ_SALAIRE_REFERENCE,
                    TypeDemande.MAJ_PAYS_EXPATRIATION, TypeDemande.RADIATION_SALARIE)),
            new GroupeDeTypes("autre", List.of(TypeDemande.AUTRE)));

    public GroupeDeTypes {
        types = List.copyOf(types);
    }
}
