package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every stored account, deleted ones included, with its rattachement and last login read from the other fakes. */
public final class LectureComptesEnMemoire implements LectureComptes {

    private final UtilisateursEnMemoire utilisateurs;
    private final IdentifiantsEnMemoire identifiants;
    private final EntrepriseRepository entreprises;
    private final MandataireRepository mandataires;

    public LectureComptesEnMemoire(UtilisateursEnMemoire utilisateurs, IdentifiantsEnMemoire identifiants,
            EntrepriseRepository entreprises, MandataireRepository mandataires) {
        this.utilisateurs = utilisateurs;
        this.identifiants = identifiants;
        this.entreprises = entreprises;
        this.mandataires = mandataires;
    }

    @Override
    public List<FicheCompte> parNumeroAdherent(NumeroAdherent numero) {
        return utilisateurs.tous().stream()
                .filter(utilisateur -> utilisateur.numeroAdherent().equals(numero))
                .sorted(Comparator.comparing(utilisateur -> utilisateur.statut() == StatutCompte.SUPPRIME))
                .map(this::fiche)
                .toList();
    }

    private FicheCompte fiche(Utilisateur utilisateur) {
        return new FicheCompte(utilisateur.id(), utilisateur.numeroAdherent(), utilisateur.profil(),
                utilisateur.nom(), utilisateur.prenom(), utilisateur.email(), utilisateur.langue(),
                utilisateur.statut(), rattachement(utilisateur),
                identifiants.trouverParUtilisateur(utilisateur.id()).flatMap(Identifiants::derniereConnexion),
                List.of());
    }

    private Optional<String> rattachement(Utilisateur utilisateur) {
        return utilisateur.entrepriseId().flatMap(entreprises::trouver).map(Entreprise::raisonSociale)
                .or(() -> utilisateur.mandataireId().flatMap(mandataires::trouver).map(Mandataire::raisonSociale));
    }
}
