package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.application.compte.FicheCompte;
import fr.espaceentreprise.application.donnees.DonneesDetenues;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnelles.SessionResume;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.DecisionCompte;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.TypeDecisionCompte;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models of the templates of the back office's accounts and of "Mes données", for {@link GabaritsTest}. */
final class ModelesDesDonnees {

    private static final Instant T = Instant.parse("2026-03-02T09:15:00Z");

    private ModelesDesDonnees() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        UtilisateurId moi = UtilisateurId.nouveau();
        FicheCompte active = new FicheCompte(UtilisateurId.nouveau(), new NumeroAdherent("10000001"),
                Profil.ENTREPRISE, "Durand", "Camille", new Email("camille@durand.fr"), Langue.FR, StatutCompte.ACTIF,
                Optional.of("Durand SA"), Optional.of(T), List.of());
        FicheCompte suspendue = new FicheCompte(UtilisateurId.nouveau(), new NumeroAdherent("10000001"),
                Profil.MANDATAIRE, "Martin", "Jules", new Email("jules@martin.fr"), Langue.EN, StatutCompte.SUSPENDU,
                Optional.empty(), Optional.empty(), List.of(DecisionCompte.de(UtilisateurId.nouveau(),
                TypeDecisionCompte.SUSPENSION, MotifCompte.FRAUDE, "Identifiants partagés", moi, T)));
        FicheCompte supprimee = new FicheCompte(UtilisateurId.nouveau(), new NumeroAdherent("10000001"),
                Profil.ENTREPRISE, "anonyme", "anonyme", new Email("anonyme-x@supprime.invalid"), Langue.FR,
                StatutCompte.SUPPRIME, Optional.of("Durand SA"), Optional.of(T), List.of());
        FicheCompte moiMeme = new FicheCompte(moi, new NumeroAdherent("90000001"), Profil.GESTIONNAIRE, "Gestion",
                "Alice", new Email("gestion@welcare.fr"), Langue.FR, StatutCompte.ACTIF, Optional.empty(),
                Optional.of(T), List.of());
        List<Option> motifs = Arrays.stream(MotifCompte.values()).map(m -> new Option(m.name(), m.name())).toList();
        Formulaire erreurMotif = Formulaire.avecValeurs(Map.of("motif", ""))
                .avecErreurs(List.of(ErreurChamp.sur("motif", "champ.obligatoire")));
        Map<String, Object> liste = new HashMap<>(Map.of("recherche", Formulaire.avecValeurs(
                Map.of("numeroAdherent", "10000001")), "cherche", true,
                "fiches", List.of(active, suspendue, supprimee, moiMeme), "moi", moi, "motifs", motifs,
                "formulaire", erreurMotif));
        liste.put("enErreur", active.id().toString());
        liste.put("fait", "suspendu");
        Map<String, Object> vide = Map.of("recherche", Formulaire.vide(), "cherche", true, "fiches", List.of(),
                "moi", moi, "motifs", motifs, "formulaire", Formulaire.vide());

        Utilisateur compte = UnUtilisateur.entreprise().numeroAdherent("10000001").build();
        DonneesDetenues donnees = new DonneesDetenues(compte, Optional.of(new DonneesDetenues.Rattachement(
                "ENTREPRISE", "id", "Durand SA", new NumeroAdherent("10000001"))), Optional.of("camille@durand.fr"),
                Optional.of(T), List.of(new AcceptationCgu(compte.id(), "2026-11", T)),
                ConsentementProspection.parDefaut(compte.id()).changer(true, T),
                List.of(new SessionResume(T, T, Optional.empty())), List.of(), List.of());
        DonneesDetenues nouvelles = new DonneesDetenues(compte, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), ConsentementProspection.parDefaut(compte.id()), List.of(), List.of(), List.of());
        Formulaire erreurAcces = Formulaire.avecValeurs(Map.of("message", "x"))
                .avecErreurs(List.of(ErreurChamp.sur("action", "champ.obligatoire")));
        Map<String, Object> avecErreur = new HashMap<>(Map.of("donnees", donnees, "gestionnaire", false,
                "demandes", true, "formulaire", erreurAcces, "modifie", true));
        avecErreur.put("enErreur", "acces");
        Map<String, Object> rectification = new HashMap<>(Map.of("donnees", nouvelles, "gestionnaire", false,
                "demandes", true, "formulaire", Formulaire.avecValeurs(Map.of("message", "")).avecErreurs(
                        List.of(ErreurChamp.sur("message", "champ.obligatoire")))));
        rectification.put("enErreur", "rectification");
        return Map.of(
                "gestion/utilisateurs.jte", List.of(liste, vide),
                "gestion/confirmerSuppression.jte", List.of(Map.of("fiche", active, "motif", MotifCompte.FRAUDE,
                        "precision", "Partage")),
                "gestion/motifCompte.jte", List.of(Map.of("formulaire", erreurMotif, "id", "motif-1",
                        "motifs", motifs)),
                "donnees/donnees.jte", List.of(avecErreur, rectification, Map.of("donnees", nouvelles,
                        "gestionnaire", true, "demandes", false, "formulaire", Formulaire.vide())));
    }
}
