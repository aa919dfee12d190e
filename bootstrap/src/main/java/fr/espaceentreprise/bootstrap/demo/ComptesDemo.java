package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.CguRepository;
import fr.espaceentreprise.application.compte.IdentifiantsRepository;
import fr.espaceentreprise.application.compte.PasswordHasher;
import fr.espaceentreprise.application.compte.SecondsFacteursRepository;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
    /**
     * The second factor of every demo account, in base 32, printed in the README so that anyone can log in to the
     * demo ({@code oathtool --totp -b …}); a real account enrols a secret of its own.
     */
    public static final String SECRET_TOTP_DEMO = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final Transactions transactions;
    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiants;
    private final CguRepository cgu;
    private final SecondsFacteursRepository secondsFacteurs;
    private final PasswordHasher hacheur;

    public ComptesDemo(Stockage stockage, PasswordHasher hacheur) {
        this.transactions = stockage.transactions();
        this.utilisateurs = stockage.utilisateurs();
        this.identifiants = stockage.identifiants();
        this.cgu = stockage.cgu();
        this.secondsFacteurs = stockage.secondsFacteurs();
        this.hacheur = hacheur;
    }

    /**
     * Gives each demo account still without a password its password, a confirmed e-mail and the CGU accepted, and
     * each one without a second factor the demo's.
     *
     * @return how many accounts were made ready
     */
    public int preparer(Instant maintenant) {
        return transactions.enTransaction(() -> {
            Optional<VersionCgu> versionCourante = cgu.versionCourante(maintenant);
            int prepares = 0;
            for (Map.Entry<String, String> connexion : CONNEXIONS.entrySet()) {
                Optional<Utilisateur> utilisateur = utilisateurs.trouverParNumeroAdherent(
                        new NumeroAdherent(connexion.getKey()));
                if (utilisateur.isEmpty()) {
                    continue;
                }
                boolean prepare = false;
                if (sansMotDePasse(utilisateur.get())) {
                    preparer(utilisateur.get(), connexion.getValue(), versionCourante, maintenant);
                    prepare = true;
                }
                if (secondsFacteurs.trouver(utilisateur.get().id()).isEmpty()) {
                    secondsFacteurs.enregistrer(SecondFacteur.rehydrater(utilisateur.get().id(),
                            SecretTotp.depuisBase32(SECRET_TOTP_DEMO), maintenant, Long.MIN_VALUE, List.of()));
                    prepare = true;
                }
                prepares += prepare ? 1 : 0;
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
