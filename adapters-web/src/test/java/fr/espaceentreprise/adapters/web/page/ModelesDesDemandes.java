package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.demande.Contenu;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.application.demande.DemandeResume;
import fr.espaceentreprise.application.demande.FicheDemande;
import fr.espaceentreprise.application.demande.PieceJointeResume;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointeId;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import fr.espaceentreprise.domain.demande.TypePieceJointe;
import fr.espaceentreprise.domain.demande.UnContenu;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models of the templates of the demandes, for {@link GabaritsTest}. */
final class ModelesDesDemandes {

    private static final Instant SOUMISE = Instant.parse("2026-03-02T09:15:00Z");

    private ModelesDesDemandes() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        DemandeId id = DemandeId.nouveau();
        EntrepriseId entreprise = EntrepriseId.nouveau();
        PieceJointeResume piece = new PieceJointeResume(PieceJointeId.nouveau(), "rib.pdf", TypePieceJointe.PDF,
                1200, SOUMISE);
        FicheDemande fiche = new FicheDemande(id, TypeDemande.AUTRE, StatutDemande.EN_ATTENTE_DE_RETOUR, entreprise,
                "Durand SA", UnContenu.autre(), Optional.empty(), Optional.empty(), SOUMISE, List.of(
                new FicheDemande.Evenement(SOUMISE, TypeEvenement.SOUMISSION, StatutDemande.EN_COURS,
                        UtilisateurId.nouveau(), Optional.of("Camille Durand"), false, Optional.empty(),
                        List.of(piece)),
                new FicheDemande.Evenement(SOUMISE.plusSeconds(3600), TypeEvenement.DEMANDE_DE_COMPLEMENT,
                        StatutDemande.EN_ATTENTE_DE_RETOUR, UtilisateurId.nouveau(), Optional.empty(), true,
                        Optional.of("Joignez le RIB."), List.of())));
        List<Contenu.Ligne> contenu = List.of(new Contenu.Ligne("Objet", "Question"));
        List<DemandeResume> demandes = List.of(new DemandeResume(id, TypeDemande.AUTRE, StatutDemande.EN_COURS,
                entreprise, "Durand SA", SOUMISE, SOUMISE, Optional.of("Question")));
        List<Option> statuts = List.of(new Option("EN_COURS", "en cours"));
        List<Option> types = List.of(new Option("AUTRE", "Autre"));
        Formulaire erreurMessage = Formulaire.avecValeurs(Map.of("message", "", "statut", "PERDU"))
                .avecErreurs(List.of(ErreurChamp.sur("message", "champ.obligatoire"),
                        ErreurChamp.sur("statut", "demande.statut.invalide")));
        Map<String, Object> liste = new HashMap<>(Map.of("formulaire", Formulaire.vide(), "statuts", statuts,
                "types", types, "demandes", demandes));
        liste.put("suivant", "/demandes?curseur=abc");
        liste.put("debut", "/demandes");
        Map<String, Object> listeVide = Map.of("formulaire", erreurMessage, "statuts", statuts, "types", types,
                "demandes", List.of());
        Map<String, Object> gestionEnErreur = new HashMap<>(Map.of("fiche", fiche, "contenu", contenu,
                "decisions", List.of(StatutDemande.VALIDEE, StatutDemande.REJETEE), "formulaire", erreurMessage));
        gestionEnErreur.put("enErreur", StatutDemande.REJETEE);
        return Map.of(
                "demande/demandes.jte", List.of(liste, listeVide),
                "demande/liste.jte", List.of(Map.of("demandes", demandes, "base", "/demandes")),
                "demande/filtre.jte", List.of(Map.of("formulaire", erreurMessage, "statuts", statuts, "types", types,
                        "action", "/demandes")),
                "demande/fiche.jte", List.of(Map.of("fiche", fiche, "contenu", contenu)),
                "demande/demande.jte", List.of(
                        Map.of("fiche", fiche, "contenu", contenu, "formulaire", erreurMessage, "repondre", true),
                        Map.of("fiche", fiche, "contenu", contenu, "formulaire", Formulaire.vide(), "repondre",
                                false, "reponseEnvoyee", true)),
                "gestion/demandes.jte", List.of(liste, listeVide),
                "gestion/demande.jte", List.of(gestionEnErreur, Map.of("fiche", fiche, "contenu", contenu,
                        "decisions", List.of(), "formulaire", Formulaire.vide(), "decision",
                        StatutDemande.VALIDEE)));
    }
}
