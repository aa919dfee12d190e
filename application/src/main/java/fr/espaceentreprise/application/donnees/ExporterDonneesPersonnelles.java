package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.perimetre.Acteur;

/** The user downloads everything the portal holds about him; the audit trail records the export. */
public interface ExporterDonneesPersonnelles {

    DonneesDetenues exporter(Acteur acteur, AdresseIp ip);
}
