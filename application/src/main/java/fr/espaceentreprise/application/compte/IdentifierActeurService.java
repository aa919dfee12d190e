package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps an account owes, decided from what it holds: no password of its own yet (only a temporary one), an
 * e-mail address never confirmed, no second factor where the policy requires one, the CGU in force not accepted.
 */
public final class IdentifierActeurService implements IdentifierActeur {

    private final Identification identification;
    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiants;
    private final CguRepository cgu;
    private final SecondsFacteursRepository secondsFacteurs;
    private final PolitiqueSecondFacteur politique;
    private final Transactions transactions;
    private final Clock horloge;

    public IdentifierActeurService(Identification identification, UtilisateurRepository utilisateurs,
                            IdentifiantsRepository identifiants, CguRepository cgu,
                            SecondsFacteursRepository secondsFacteurs, PolitiqueSecondFacteur politique,
                            Transactions transactions, Clock horloge) {
        this.identification = identification;
        this.utilisateurs = utilisateurs;
        this.identifiants = identifiants;
        this.cgu = cgu;
        this.secondsFacteurs = secondsFacteurs;
        this.politique = politique;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Optional<Acteur> identifier(UtilisateurId utilisateurId) {
        return transactions.enTransaction(() -> identification.acteur(utilisateurId)
                .map(acteur -> acteur.avecEtapes(etapes(utilisateurId, horloge.instant()))));
    }

    private Set<EtapeObligatoire> etapes(UtilisateurId utilisateurId, Instant maintenant) {
        Set<EtapeObligatoire> etapes = EnumSet.noneOf(EtapeObligatoire.class);
        Identifiants detenus = identifiants.trouverParUtilisateur(utilisateurId)
                .orElseGet(() -> Identifiants.nouveaux(utilisateurId));
        if (detenus.empreinteMotDePasse().isEmpty()) {
            etapes.add(EtapeObligatoire.CHANGER_MOT_DE_PASSE);
        }
        utilisateurs.trouver(utilisateurId).ifPresent(utilisateur -> {
            if (!detenus.aConfirme(utilisateur.email())) {
                etapes.add(EtapeObligatoire.CONFIRMER_EMAIL);
            }
            if (politique.exigePour(utilisateur.profil()) && secondsFacteurs.trouver(utilisateurId).isEmpty()) {
                etapes.add(EtapeObligatoire.ENROLER_SECOND_FACTEUR);
            }
        });
        if (ExigenceCgu.aAccepter(cgu, utilisateurId, maintenant)) {
            etapes.add(EtapeObligatoire.ACCEPTER_CGU);
        }
        return etapes;
    }
}
