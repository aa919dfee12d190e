package fr.espaceentreprise.application.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link LectureDemandes}: the demandes of some entreprises awaiting their reply, oldest submission first (ties in
 * PostgreSQL's order of uuids), each since the back office's last request.
 */
public abstract class LectureDemandesContract extends PortContract {

    private final UtilisateurId gestionnaire = unCompte().id();
    private final Entreprise atlas = stocker(UneEntreprise.nommee("Atlas Ingénierie").build());
    private final Entreprise boreal = stocker(UneEntreprise.nommee("Boréal Export").build());
    private final UtilisateurId deAtlas = unCompteDe(atlas);
    private final UtilisateurId deBoreal = unCompteDe(boreal);

    private UtilisateurId unCompteDe(Entreprise entreprise) {
        return stocker(UnUtilisateur.entreprise(entreprise.id()).numeroAdherent(nouveauNumero().valeur()).build())
                .id();
    }

    private Demande enregistrer(UneDemande demande) {
        return enregistrer(demande.traiteePar(gestionnaire).build());
    }

    private Demande enregistrer(Demande demande) {
        enTransaction(() -> stockage().demandes().enregistrer(demande));
        return demande;
    }

    private List<DemandeEnAttente> enAttente(Collection<EntrepriseId> entreprises, int limite) {
        return enTransaction(() -> stockage().lectureDemandes().enAttenteDeRetour(entreprises, limite));
    }

    @Test
    void lists_the_demandes_awaiting_a_reply_of_the_entreprises_oldest_first_since_the_last_request() {
        Entreprise autre = uneEntreprise();
        Demande ancienne = enregistrer(UneDemande.changementGarantie().pour(boreal.id()).par(deBoreal)
                .soumiseLe(T0.minus(Duration.ofDays(10))).enAttenteDeRetour());
        Demande relancee = UneDemande.autre().pour(atlas.id()).par(deAtlas).soumiseLe(T0.minus(Duration.ofDays(5)))
                .traiteePar(gestionnaire).enAttenteDeRetour().build();
        relancee.repondre(deAtlas, "Voici le justificatif.", T0.minus(Duration.ofDays(4)));
        relancee.demanderComplement(gestionnaire, "Il manque la page 2.", T0.minus(Duration.ofDays(3)));
        enregistrer(relancee);
        enregistrer(UneDemande.autre().pour(atlas.id()).par(deAtlas).soumiseLe(T0.minus(Duration.ofDays(20))));
        enregistrer(UneDemande.autre().pour(atlas.id()).par(deAtlas).soumiseLe(T0.minus(Duration.ofDays(30)))
                .validee());
        enregistrer(UneDemande.autre().pour(autre.id()).par(unCompteDe(autre)).soumiseLe(T0.minus(Duration.ofDays(40)))
                .enAttenteDeRetour());

        assertEquals(List.of(
                new DemandeEnAttente(ancienne.id(), TypeDemande.CHANGEMENT_GARANTIE, boreal.id(), "Boréal Export",
                        ancienne.soumiseLe(), ancienne.soumiseLe().plus(UneDemande.DELAI_DE_TRAITEMENT)),
                new DemandeEnAttente(relancee.id(), TypeDemande.AUTRE, atlas.id(), "Atlas Ingénierie",
                        relancee.soumiseLe(), T0.minus(Duration.ofDays(3)))),
                enAttente(Set.of(atlas.id(), boreal.id()), 5));
        assertEquals(List.of(ancienne.id()), enAttente(Set.of(atlas.id(), boreal.id()), 1).stream()
                .map(DemandeEnAttente::id).toList());
    }

    @Test
    void demandes_submitted_at_the_same_instant_come_in_the_order_postgresql_gives_their_uuids() {
        DemandeId basse = new DemandeId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
        DemandeId haute = new DemandeId(UUID.fromString("f0000000-0000-4000-8000-000000000001"));
        enregistrer(UneDemande.autre().identifiee(haute).pour(atlas.id()).par(deAtlas).soumiseLe(T0)
                .enAttenteDeRetour());
        enregistrer(UneDemande.autre().identifiee(basse).pour(boreal.id()).par(deBoreal).soumiseLe(T0)
                .enAttenteDeRetour());

        assertEquals(List.of(basse, haute), enAttente(Set.of(atlas.id(), boreal.id()), 5).stream()
                .map(DemandeEnAttente::id).toList());
    }

    @Test
    void no_entreprise_has_no_demande_awaiting_a_reply() {
        enregistrer(UneDemande.autre().pour(atlas.id()).par(deAtlas).enAttenteDeRetour());

        assertEquals(List.of(), enAttente(Set.of(), 5));
    }
}
