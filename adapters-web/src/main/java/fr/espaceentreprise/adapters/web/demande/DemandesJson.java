package fr.espaceentreprise.adapters.web.demande;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.espaceentreprise.adapters.web.consultation.ListeJson;
import fr.espaceentreprise.application.commun.Curseur;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.demande.DemandeResume;
import fr.espaceentreprise.application.demande.FicheDemande;
import fr.espaceentreprise.application.demande.PieceJointeResume;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The demandes as the API writes them, the user's side and the back office's alike. */
final class DemandesJson {

    private DemandesJson() {
    }

    static ListeJson<DemandeJson> liste(Page<DemandeResume, CurseurChronologique> resultat) {
        return new ListeJson<>(resultat.elements().stream().map(DemandeJson::de).toList(),
                resultat.suivant().map(Curseur::encoder).orElse(null));
    }

    record DemandeJson(String id, TypeDemande type, StatutDemande statut, String entrepriseId, String raisonSociale,
            Instant soumiseLe, Instant misAJourLe, String objet) {

        static DemandeJson de(DemandeResume demande) {
            return new DemandeJson(demande.id().toString(), demande.type(), demande.statut(),
                    demande.entrepriseId().toString(), demande.raisonSociale(), demande.soumiseLe(),
                    demande.misAJourLe(), demande.objet().orElse(null));
        }
    }

    record FicheJson(String id, TypeDemande type, StatutDemande statut, String entrepriseId, String raisonSociale,
            Instant soumiseLe, Map<String, Object> contenu, String numeroContrat, String nomSalarie,
            List<EvenementJson> historique) {

        static FicheJson de(FicheDemande fiche) {
            return new FicheJson(fiche.id().toString(), fiche.type(), fiche.statut(),
                    fiche.entrepriseId().toString(), fiche.raisonSociale(), fiche.soumiseLe(),
                    Contenu.json(fiche.contenu()), fiche.numeroContrat().map(Object::toString).orElse(null),
                    fiche.nomSalarie().orElse(null), fiche.historique().stream()
                    .map(evenement -> EvenementJson.de(fiche.id(), evenement)).toList());
        }
    }

    record EvenementJson(Instant instant, TypeEvenement type, StatutDemande statut, String auteur,
            boolean serviceGestion, String message,
            @JsonInclude(JsonInclude.Include.ALWAYS) List<PieceJointeJson> piecesJointes) {

        static EvenementJson de(DemandeId demande, FicheDemande.Evenement evenement) {
            return new EvenementJson(evenement.instant(), evenement.type(), evenement.statut(),
                    evenement.nomAuteur().orElse(null), evenement.serviceGestion(),
                    evenement.message().orElse(null), evenement.piecesJointes().stream()
                    .map(piece -> PieceJointeJson.de(demande, piece)).toList());
        }
    }

    record PieceJointeJson(String id, String nomFichier, String type, int taille, String lien) {

        static PieceJointeJson de(DemandeId demande, PieceJointeResume piece) {
            return new PieceJointeJson(piece.id().toString(), piece.nomFichier(), piece.type().typeMime(),
                    piece.taille(), DemandesApi.API_LISTE + "/" + demande + "/pieces-jointes/" + piece.id());
        }
    }
}
