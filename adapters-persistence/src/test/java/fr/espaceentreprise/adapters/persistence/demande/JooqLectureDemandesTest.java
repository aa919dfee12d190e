package fr.espaceentreprise.adapters.persistence.demande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.application.demande.DemandeEnAttente;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.UneDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqLectureDemandesTest {

    private static final Instant T = Instant.parse("2025-06-02T09:15:30.123456Z");
    private static final AtomicInteger NUMEROS = new AtomicInteger(41_000_000);

    /** One schema for the class: each test makes its own entreprises and accounts. */
    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqLectureDemandes lecture = new JooqLectureDemandes(dsl);
    private final JooqDemandeRepository demandes = new JooqDemandeRepository(dsl);
    private final Utilisateur gestionnaire = UnUtilisateur.gestionnaire().numeroAdherent(numero()).build();
    private final Entreprise atlas = UneEntreprise.nommee("Atlas Ingénierie").build();
    private final Entreprise boreal = UneEntreprise.nommee("Boréal Export").build();
    private final Entreprise autre = UneEntreprise.nommee("Autre").build();
    private final Utilisateur deAtlas = UnUtilisateur.entreprise(atlas.id()).numeroAdherent(numero()).build();
    private final Utilisateur deBoreal = UnUtilisateur.entreprise(boreal.id()).numeroAdherent(numero()).build();
    private final Utilisateur deLAutre = UnUtilisateur.entreprise(autre.id()).numeroAdherent(numero()).build();

    JooqLectureDemandesTest() {
        JooqEntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);
        entreprises.enregistrer(atlas);
        entreprises.enregistrer(boreal);
        entreprises.enregistrer(autre);
        JooqUtilisateurRepository utilisateurs = new JooqUtilisateurRepository(dsl);
        utilisateurs.enregistrer(gestionnaire);
        utilisateurs.enregistrer(deAtlas);
        utilisateurs.enregistrer(deBoreal);
        utilisateurs.enregistrer(deLAutre);
    }

    @Test
    void lists_the_demandes_awaiting_a_reply_of_the_entreprises_oldest_first_since_the_last_request() {
        Demande ancienne = enregistrer(UneDemande.changementGarantie().pour(boreal.id()).par(deBoreal.id())
                .soumiseLe(T.minus(Duration.ofDays(10))).enAttenteDeRetour().traiteePar(gestionnaire.id()).build());
        Demande relancee = UneDemande.autre().pour(atlas.id()).par(deAtlas.id()).soumiseLe(T.minus(Duration.ofDays(5)))
                .traiteePar(gestionnaire.id()).enAttenteDeRetour().build();
        relancee.repondre(deAtlas.id(), "Voici le justificatif.", T.minus(Duration.ofDays(4)));
        relancee.demanderComplement(gestionnaire.id(), "Il manque la page 2.", T.minus(Duration.ofDays(3)));
        enregistrer(relancee);
        enregistrer(UneDemande.autre().pour(atlas.id()).par(deAtlas.id()).soumiseLe(T.minus(Duration.ofDays(20)))
                .build());
        enregistrer(UneDemande.autre().pour(atlas.id()).par(deAtlas.id()).soumiseLe(T.minus(Duration.ofDays(30)))
                .traiteePar(gestionnaire.id()).validee().build());
        enregistrer(UneDemande.autre().pour(autre.id()).par(deLAutre.id()).soumiseLe(T.minus(Duration.ofDays(40)))
                .traiteePar(gestionnaire.id()).enAttenteDeRetour().build());

        List<DemandeEnAttente> lues = lecture.enAttenteDeRetour(Set.of(atlas.id(), boreal.id()), 5);

        assertEquals(List.of(
                new DemandeEnAttente(ancienne.id(), TypeDemande.CHANGEMENT_GARANTIE, boreal.id(), "Boréal Export",
                        ancienne.soumiseLe(), ancienne.soumiseLe().plus(UneDemande.DELAI_DE_TRAITEMENT)),
                new DemandeEnAttente(relancee.id(), TypeDemande.AUTRE, atlas.id(), "Atlas Ingénierie",
                        relancee.soumiseLe(), T.minus(Duration.ofDays(3)))), lues);
        assertEquals(List.of(ancienne.id()), lecture.enAttenteDeRetour(Set.of(atlas.id(), boreal.id()), 1).stream()
                .map(DemandeEnAttente::id).toList());
        assertEquals(List.of(), lecture.enAttenteDeRetour(Set.<EntrepriseId>of(), 5));
    }

    private Demande enregistrer(Demande demande) {
        demandes.enregistrer(demande);
        return demande;
    }

    private static String numero() {
        return Integer.toString(NUMEROS.incrementAndGet());
    }
}
