package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Siret;
import fr.espaceentreprise.domain.compte.ControlesInscription;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DemandeInscriptionId;
import fr.espaceentreprise.domain.compte.StatutInscription;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link DemandeInscriptionRepository}: sign-up requests with their decision, the queue of the pending ones. */
public abstract class DemandeInscriptionRepositoryContract extends PortContract {

    private static final ControlesInscription SATISFAITS = new ControlesInscription(true, true, true, true, false);

    private final UtilisateurId gestionnaire = unCompte().id();

    private void enregistrer(DemandeInscription... demandes) {
        enTransaction(() -> List.of(demandes).forEach(stockage().demandesInscription()::enregistrer));
    }

    private Optional<DemandeInscription> trouver(DemandeInscriptionId id) {
        return enTransaction(() -> stockage().demandesInscription().trouver(id));
    }

    @Test
    void every_field_of_a_pending_entreprise_request_survives_a_round_trip() {
        DemandeInscription demande = UneDemandeInscription.entreprise()
                .raisonSociale("Société Générale d'Expatriation").siret(new Siret("73282932000074"))
                .email("Anne-Sophie.Le-Goff@Exemple.fr").numeroAdherent("10000042").nomme("Anne-Sophie", "Le Goff")
                .neLe(LocalDate.of(1979, 2, 28)).langue(Langue.EN).recueLe(T0).build();

        enregistrer(demande);

        assertMemeDemande(demande, trouver(demande.id()).orElseThrow());
    }

    @Test
    void a_validated_mandataire_request_keeps_its_decision_without_motif() {
        DemandeInscription demande = UneDemandeInscription.mandataire().numeroAdherent("20000042").build();
        enregistrer(demande);

        demande.valider(gestionnaire, SATISFAITS, T0);
        enregistrer(demande);

        DemandeInscription relue = trouver(demande.id()).orElseThrow();
        assertMemeDemande(demande, relue);
        assertEquals(StatutInscription.VALIDEE, relue.statut());
        assertEquals(Optional.empty(), relue.raisonSociale());
        assertEquals(Optional.empty(), relue.siret());
    }

    @Test
    void a_rejected_request_keeps_who_rejected_it_when_and_why() {
        DemandeInscription demande = UneDemandeInscription.entreprise().build();
        enregistrer(demande);

        demande.rejeter(gestionnaire, "Le SIRET ne correspond pas à l'adhérent ; rappeler le client.", T0);
        enregistrer(demande);

        DemandeInscription relue = trouver(demande.id()).orElseThrow();
        assertMemeDemande(demande, relue);
        assertEquals(Optional.of("Le SIRET ne correspond pas à l'adhérent ; rappeler le client."),
                relue.decision().orElseThrow().motif());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        enregistrer(UneDemandeInscription.mandataire().build());

        assertEquals(Optional.empty(), trouver(DemandeInscriptionId.nouveau()));
    }

    @Test
    void pending_requests_are_paged_oldest_first_with_ties_broken_by_id() {
        Instant t1 = T0.minusSeconds(3600);
        // Saved out of order; three share T0, so only their ids order them (as PostgreSQL compares uuids: f… is
        // the greatest).
        DemandeInscription d5 = enAttente("00000000-0000-0000-0000-000000000005", T0.plusSeconds(1));
        DemandeInscription d3 = enAttente("00000000-0000-0000-0000-000000000003", T0);
        DemandeInscription d1 = enAttente("00000000-0000-0000-0000-000000000009", t1);
        DemandeInscription d4 = enAttente("f0000000-0000-0000-0000-000000000004", T0);
        DemandeInscription d2 = enAttente("00000000-0000-0000-0000-000000000002", T0);
        DemandeInscription validee = enAttente("00000000-0000-0000-0000-000000000001", t1);
        DemandeInscription rejetee = enAttente("00000000-0000-0000-0000-000000000006", T0);
        validee.valider(gestionnaire, SATISFAITS, T0);
        rejetee.rejeter(gestionnaire, "doublon", T0);
        enregistrer(d5, d3, d1, d4, d2, validee, rejetee);

        List<List<DemandeInscriptionId>> pages = new ArrayList<>();
        Optional<CurseurChronologique> curseur = Optional.empty();
        do {
            Optional<CurseurChronologique> apres = curseur;
            List<DemandeInscription> page = enTransaction(() -> stockage().demandesInscription()
                    .listerEnAttente(apres, 2));
            pages.add(page.stream().map(DemandeInscription::id).toList());
            curseur = page.size() < 2 ? Optional.empty() : Optional.of(new CurseurChronologique(
                    page.get(1).recueLe(), page.get(1).id().valeur()));
        } while (curseur.isPresent());

        assertEquals(List.of(List.of(d1.id(), d2.id()), List.of(d3.id(), d4.id()), List.of(d5.id())), pages);
    }

    @Test
    void the_latest_validated_request_of_a_numero_is_the_one_the_account_was_opened_from() {
        NumeroAdherent numero = new NumeroAdherent("10000077");
        DemandeInscription ancienne = UneDemandeInscription.entreprise().numeroAdherent(numero)
                .neLe(LocalDate.of(1970, 1, 1)).build();
        DemandeInscription derniere = UneDemandeInscription.entreprise().numeroAdherent(numero)
                .neLe(LocalDate.of(1985, 5, 5)).build();
        DemandeInscription rejeteePlusTard = UneDemandeInscription.entreprise().numeroAdherent(numero).build();
        DemandeInscription enAttente = UneDemandeInscription.entreprise().numeroAdherent(numero).build();
        DemandeInscription dUnAutreNumero = UneDemandeInscription.entreprise().numeroAdherent("10000078").build();
        derniere.valider(gestionnaire, SATISFAITS, T0.plusSeconds(60));
        ancienne.valider(gestionnaire, SATISFAITS, T0);
        rejeteePlusTard.rejeter(gestionnaire, "compte déjà ouvert", T0.plusSeconds(120));
        dUnAutreNumero.valider(gestionnaire, SATISFAITS, T0.plusSeconds(180));
        enregistrer(derniere, ancienne, rejeteePlusTard, enAttente, dUnAutreNumero);

        DemandeInscription trouvee = enTransaction(() -> stockage().demandesInscription()
                .trouverDerniereValidee(numero)).orElseThrow();

        assertEquals(derniere.id(), trouvee.id());
        assertEquals(LocalDate.of(1985, 5, 5), trouvee.dateNaissance());
        assertEquals(Optional.empty(), enTransaction(() -> stockage().demandesInscription()
                .trouverDerniereValidee(new NumeroAdherent("10000079"))));
    }

    private static DemandeInscription enAttente(String id, Instant recueLe) {
        return UneDemandeInscription.mandataire().id(new DemandeInscriptionId(UUID.fromString(id)))
                .recueLe(recueLe).build();
    }

    private static void assertMemeDemande(DemandeInscription attendue, DemandeInscription lue) {
        assertEquals(attendue.id(), lue.id());
        assertEquals(attendue.profil(), lue.profil());
        assertEquals(attendue.raisonSociale(), lue.raisonSociale());
        assertEquals(attendue.siret(), lue.siret());
        assertEquals(attendue.email(), lue.email());
        assertEquals(attendue.numeroAdherent(), lue.numeroAdherent());
        assertEquals(attendue.nom(), lue.nom());
        assertEquals(attendue.prenom(), lue.prenom());
        assertEquals(attendue.dateNaissance(), lue.dateNaissance());
        assertEquals(attendue.langue(), lue.langue());
        assertEquals(attendue.recueLe(), lue.recueLe());
        assertEquals(attendue.statut(), lue.statut());
        assertEquals(attendue.decision(), lue.decision());
    }
}
