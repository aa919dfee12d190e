package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.List;

/**
 * The back office looks an account up by numéro d'adhérent: the live account and the deleted ones that held the
 * numéro, each with its profile, rattachement, statut, last login and the back office's decisions. Gestionnaires
 * only (anyone else: IntrouvableException).
 */
public interface ConsulterComptes {

    List<FicheCompte> consulter(Acteur acteur, NumeroAdherent numeroAdherent);
}
