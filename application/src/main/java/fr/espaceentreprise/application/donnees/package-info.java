/**
 * Personal data (spec: "Recueil et utilisation des données personnelles"): what the portal holds about a user,
 * shown and downloaded by him (ConsulterDonneesPersonnelles, ExporterDonneesPersonnelles, both implemented by
 * DonneesPersonnellesService), and his consent to commercial prospecting (ChangerConsentementProspection).
 * Rectification and the suspension or deletion of one's own access are demandes (RECTIFICATION_DONNEES,
 * SUPPRESSION_ACCES) submitted through {@code SoumettreDemande}.
 * <p>
 * Outbound ports: LectureDonneesPersonnelles, ConsentementsRepository; and the repositories of accounts,
 * entreprises, mandataires and demandes.
 */
package fr.espaceentreprise.application.donnees;
