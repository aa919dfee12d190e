package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.SalarieId;

/**
 * Issues an attestation d'affiliation with a fresh verification code, and keeps it. Outside the périmètre →
 * IntrouvableException "salarie.introuvable"; no affiliation that has not ended → RegleMetierException
 * "attestation.aucune_affiliation".
 */
public interface DelivrerAttestation {

    Attestation delivrer(Acteur acteur, SalarieId salarieId);
}
