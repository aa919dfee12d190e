package fr.espaceentreprise.adapters.persistence.demande;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.DemandeEvenementRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.DemandeRecord;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.EvenementDemande;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.JSONB;

final class DemandeMapper {

    private DemandeMapper() {
    }

    /** {@code evenements} in rang order. */
    static Demande versDomaine(DemandeRecord ligne, List<DemandeEvenementRecord> evenements) {
        return Demande.rehydrater(
                new DemandeId(ligne.getId()),
                new EntrepriseId(ligne.getEntrepriseId()),
                new UtilisateurId(ligne.getAuteurId()),
                ContenuDemandeJson.lire(TypeDemande.valueOf(ligne.getType()), ligne.getContenu().data()),
                StatutDemande.valueOf(ligne.getStatut()),
                evenements.stream()
                        .map(evenement -> new EvenementDemande(
                                evenement.getInstant().toInstant(),
                                new UtilisateurId(evenement.getAuteurId()),
                                TypeEvenement.valueOf(evenement.getType()),
                                StatutDemande.valueOf(evenement.getStatut()),
                                evenement.getMessage()))
                        .collect(Collectors.toList()));
    }

    static DemandeRecord versLigne(Demande demande) {
        DemandeRecord ligne = new DemandeRecord();
        ligne.setId(demande.id().valeur());
        ligne.setEntrepriseId(demande.entrepriseId().valeur());
        ligne.setAuteurId(demande.auteur().valeur());
        ligne.setType(demande.type().name());
        ligne.setStatut(demande.statut().name());
        ligne.setContenu(JSONB.valueOf(ContenuDemandeJson.ecrire(demande.contenu())));
        ligne.setSoumiseLe(horodatage(demande.soumiseLe()));
        ligne.changed(true);
        return ligne;
    }

    static List<DemandeEvenementRecord> versLignesEvenements(Demande demande) {
        List<DemandeEvenementRecord> lignes = new ArrayList<>();
        for (EvenementDemande evenement : demande.historique()) {
            DemandeEvenementRecord ligne = new DemandeEvenementRecord();
            ligne.setDemandeId(demande.id().valeur());
            ligne.setRang(lignes.size());
            ligne.setInstant(horodatage(evenement.instant()));
            ligne.setAuteurId(evenement.auteur().valeur());
            ligne.setType(evenement.type().name());
            ligne.setStatut(evenement.statut().name());
            ligne.setMessage(evenement.message());
            ligne.changed(true);
            lignes.add(ligne);
        }
        return lignes;
    }

    private static OffsetDateTime horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
