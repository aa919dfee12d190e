package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.mandataire.MandatRepository;
import fr.espaceentreprise.domain.compte.RegleAcces;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.mandataire.Mandat;
import fr.espaceentreprise.domain.mandataire.MandataireId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.perimetre.Perimetre;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an account is for the use cases today, the first-login steps left aside (a login and a session decide them):
 * profil, language and périmètre. Empty when the account may no longer use the portal (suspended, deleted, or more
 * than two years after the last contract or mandate ended).
 */
public final class Identification {

    private final UtilisateurRepository utilisateurs;
    private final ContratRepository contrats;
    private final MandatRepository mandats;
    private final Clock horloge;

    public Identification(UtilisateurRepository utilisateurs, ContratRepository contrats,
            MandatRepository mandats, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.contrats = contrats;
        this.mandats = mandats;
        this.horloge = horloge;
    }

    public Optional<Acteur> acteur(UtilisateurId utilisateurId) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return utilisateurs.trouver(utilisateurId)
                .filter(Utilisateur::peutSeConnecter)
                .flatMap(utilisateur -> perimetre(utilisateur, aujourdhui)
                        .map(perimetre -> new Acteur(utilisateur.id(), utilisateur.profil(), perimetre,
                                utilisateur.langue())));
    }

    private Optional<Perimetre> perimetre(Utilisateur utilisateur, LocalDate aujourdhui) {
        switch (utilisateur.profil()) {
            case GESTIONNAIRE:
                return Optional.of(Perimetre.complet());
            case ENTREPRISE:
                return perimetreEntreprise(utilisateur.entrepriseId().orElseThrow(), aujourdhui);
            case MANDATAIRE:
                return perimetreMandataire(utilisateur.mandataireId().orElseThrow(), aujourdhui);
            default:
                throw new IllegalStateException("profil inconnu " + utilisateur.profil());
        }
    }

    private Optional<Perimetre> perimetreEntreprise(EntrepriseId entrepriseId, LocalDate aujourdhui) {
        List<Contrat> contratsDeLEntreprise = contrats.trouverParEntreprise(entrepriseId);
        if (!RegleAcces.accesOuvert(aujourdhui, RegleAcces.finDeRelationEntreprise(contratsDeLEntreprise))) {
            return Optional.empty();
        }
        return Optional.of(Perimetre.entreprise(entrepriseId, contratsDeLEntreprise));
    }

    private Optional<Perimetre> perimetreMandataire(MandataireId mandataireId, LocalDate aujourdhui) {
        List<Mandat> mandatsDuMandataire = mandats.trouverParMandataire(mandataireId);
        Set<ContratId> contratsSousMandat = mandatsDuMandataire.stream()
                .flatMap(mandat -> mandat.contrats().stream())
                .collect(Collectors.toSet());
        Map<ContratId, Contrat> contratsParId = contrats.trouverTous(contratsSousMandat);
        if (!RegleAcces.accesOuvert(aujourdhui,
                RegleAcces.finDeRelationMandataire(mandatsDuMandataire, contratsParId))) {
            return Optional.empty();
        }
        return Optional.of(Perimetre.mandataire(mandatsDuMandataire, contratsParId, aujourdhui));
    }
}
