package fr.espaceentreprise.application.accueil;

import fr.espaceentreprise.domain.perimetre.Acteur;

/**
 * The home page's content for an entreprise user or a mandataire: appels not fully paid whose échéance is past
 * or within {@value #HORIZON_JOURS} days, and demandes en attente de retour, within the actor's périmètre. A
 * gestionnaire gets empty lists.
 */
public interface ConsulterAccueil {

    int LIMITE = 5;
    int HORIZON_JOURS = 30;

    Accueil consulter(Acteur acteur);
}
