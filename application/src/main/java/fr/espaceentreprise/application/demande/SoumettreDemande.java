package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Entreprise's or Mandataire's user asks for a change ("Effectuer une demande"), with up to five files. The
 * entreprise, and the contrat and salarié the content names, must be in the actor's périmètre and belong to that
 * entreprise, else IntrouvableException "entreprise.introuvable" / "contrat.introuvable" / "salarie.introuvable"
 * (a gestionnaire, who submits nothing, gets "entreprise.introuvable"). More than five files →
 * "piece_jointe.trop_nombreuses". A change of garantie the contrat cannot take is refused as validating it would be
 * (RegleMetierException "contrat.garantie.inchangee", "contrat.garantie.organisme", "contrat.inactif"). The author gets a DEMANDE_RECUE e-mail; the audit trail a DEMANDE_SOUMISE line.
 * <p>
 * With an idempotency key, sending again what was already sent with the same key answers the first demande
 * ({@link Soumission#dejaSoumise()}) and changes nothing; the same key with another entreprise or content →
 * RegleMetierException "idempotence.conflit".
 */
public interface SoumettreDemande {

    Soumission soumettre(Commande commande);

    record Commande(Acteur acteur, EntrepriseId entrepriseId, ContenuDemande contenu,
                    List<PieceJointe> piecesJointes, Optional<CleIdempotence> cle, AdresseIp ip) {

        public Commande {
            Objects.requireNonNull(acteur, "acteur");
            Objects.requireNonNull(entrepriseId, "entrepriseId");
            Objects.requireNonNull(contenu, "contenu");
            piecesJointes = List.copyOf(piecesJointes);
            Objects.requireNonNull(cle, "cle");
            Objects.requireNonNull(ip, "ip");
        }
    }

    /** @param dejaSoumise true when the key had already created this demande: nothing was written this time */
    record Soumission(DemandeId id, boolean dejaSoumise) {
    }
}
