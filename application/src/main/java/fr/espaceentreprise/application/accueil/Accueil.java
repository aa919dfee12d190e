package fr.espaceentreprise.application.accueil;

import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.demande.DemandeEnAttente;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;

import java.util.List;

/**
 * What the home page shows after login besides the shortcuts: the entreprise (or the mandataire's portfolio),
 * the appels to pay soon or late, the demandes waiting for the user's answer. Each list holds at most
 * {@link ConsulterAccueil#LIMITE} lines; {@code plusDAppels} / {@code plusDeDemandes} tell there are more.
 */
public record Accueil(List<EntrepriseResume> entreprises, List<AppelResume> appelsARegler, boolean plusDAppels,
                      List<DemandeEnAttente> demandesEnAttente, boolean plusDeDemandes) {

    public Accueil {
        entreprises = List.copyOf(entreprises);
        appelsARegler = List.copyOf(appelsARegler);
        demandesEnAttente = List.copyOf(demandesEnAttente);
    }
}
