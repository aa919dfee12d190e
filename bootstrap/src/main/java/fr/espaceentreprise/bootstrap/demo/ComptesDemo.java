package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.application.compte.IdentifiantsRepository;
import fr.espaceentreprise.application.compte.PasswordHasher;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the demo accounts ready to log in: a known password, e-mail confirmed, current CGU accepted. Touches an
 * account only while it has no password yet, so a password changed during a demo is kept across restarts.
 * 10000004 and 20000002 get no account at all: a newcomer walks the sign-up with them.
 */
public final class ComptesDemo {

    /** Numéro d'adhérent → password, as listed in the README. */
    public static final Map<String, String> CONNEXIONS = connexions();

    private final Transactions transactions;
    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiants;
    private final CguRepository cgu;
    private final PasswordHasher hacheur;

    public ComptesDemo(Stockage stockage, PasswordHasher hacheur) {
        this.transactions = stockage.transactions();
        this.utilisateurs = stockage.utilisateurs();
        this.identifiants = stockage.identifiants();
        this.cgu = stockage.cgu();
        this.hacheur = hacheur;
    }

    /** @return how many accounts were made ready */
    public int preparer(Instant maintenant) {
        return transactions.enTransaction(() -> {
            Optional<VersionCgu> versionCourante = cgu.versionCourante(maintenant);
            int prepares = 0;
            for (Map.Entry<String, String> connexion : CONNEXIONS.entrySet()) {
                Optional<Utilisateur> utilisateur = utilisateurs.trouverParNumeroAdherent(
                        new NumeroAdherent(connexion.getKey()));
                if (utilisateur.isPresent() && sansMotDePasse(utilisateur.get())) {
                    preparer(utilisateur.get(), connexion.getValue(), versionCourante, maintenant);
                    prepares++;
                }
            }
            return prepares;
        });
    }

    private boolean sansMotDePasse(Utilisateur utilisateur) {
        return identifiants.trouverParUtilisateur(utilisateur.id())
                .flatMap(Identifiants::empreinteMotDePasse)
                .isEmpty();
    }

    private void preparer(Utilisateur utilisateur, String motDePasse, Optional<VersionCgu> versionCourante,
            Instant maintenant) {
        char[] caracteres = motDePasse.toCharArray();
        try {
            identifiants.enregistrer(Identifiants.rehydrater(utilisateur.id(), hacheur.hacher(caracteres), null,
                    Temporisation.AUCUNE, utilisateur.email(), null, null));
        } finally {
            Arrays.fill(caracteres, '\0');
        }
        versionCourante.ifPresent(version ->
                cgu.enregistrer(new AcceptationCgu(utilisateur.id(), version.version(), maintenant)));
    }

    private static Map<String, String> connexions() {
        return Map.of(
                Referentiel.ATLAS.valeur(), "Demo-Entreprise-2026",
                Referentiel.BOREAL.valeur(), "Demo-Entreprise-2026",
                Referentiel.COURTAGE_HORIZON.valeur(), "Demo-Mandataire-2026",
                Referentiel.GESTIONNAIRE.valeur(), "Demo-Gestion-2026");
    }
}
