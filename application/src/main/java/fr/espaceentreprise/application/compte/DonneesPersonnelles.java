package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker who knows the user would try first as their password: numéro d'adhérent, names, e-mail,
 * birth date (in the ways people write it), company name and SIRET. Handed to {@link RobustesseMotDePasse}.
 */
public final class DonneesPersonnelles {

    private static final List<DateTimeFormatter> FORMATS_DE_DATE = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("ddMMyyyy"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("ddMMyy"),
            DateTimeFormatter.ofPattern("yyyyMMdd"));

    private final EntrepriseRepository entreprises;
    private final MandataireRepository mandataires;
    private final DemandeInscriptionRepository demandesInscription;

    public DonneesPersonnelles(EntrepriseRepository entreprises, MandataireRepository mandataires,
                               DemandeInscriptionRepository demandesInscription) {
        this.entreprises = entreprises;
        this.mandataires = mandataires;
        this.demandesInscription = demandesInscription;
    }

    public List<String> de(Utilisateur utilisateur) {
        List<String> donnees = new ArrayList<>();
        donnees.add(utilisateur.numeroAdherent().valeur());
        donnees.add(utilisateur.nom());
        donnees.add(utilisateur.prenom());
        donnees.add(utilisateur.email().valeur());
        String email = utilisateur.email().valeur();
        donnees.add(email.substring(0, email.indexOf('@')));
        utilisateur.entrepriseId().flatMap(entreprises::trouver).ifPresent(entreprise -> {
            donnees.add(entreprise.raisonSociale());
            donnees.add(entreprise.siret().valeur());
        });
        utilisateur.mandataireId().flatMap(mandataires::trouver).map(Mandataire::raisonSociale)
                .ifPresent(donnees::add);
        demandesInscription.trouverDerniereValidee(utilisateur.numeroAdherent())
                .map(DemandeInscription::dateNaissance)
                .ifPresent(date -> ajouterDate(donnees, date));
        return List.copyOf(donnees);
    }

    private static void ajouterDate(List<String> donnees, LocalDate date) {
        FORMATS_DE_DATE.forEach(format -> donnees.add(format.format(date)));
        donnees.add(String.valueOf(date.getYear()));
    }
}
