package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps an account owes, decided from what it holds: no password of its own yet (only a temporary one), an
 * e-mail address never confirmed, the CGU in force not accepted.
 */
public final class IdentifierActeurService implements IdentifierActeur {

    private final Identification identification;
    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiants;
    private final CguRepository cgu;
    private final Transactions transactions;
    private final Clock horloge;

    public IdentifierActeurService(Identification identification, UtilisateurRepository utilisateurs,
                            IdentifiantsRepository identifiants, CguRepository cgu, Transactions transactions,
                            Clock horloge) {
        this.identification = identification;
        this.utilisateurs = utilisateurs;
        this.identifiants = identifiants;
        this.cgu = cgu;
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
        utilisateurs.trouver(utilisateurId)
                .filter(utilisateur -> !detenus.aConfirme(utilisateur.email()))
                .ifPresent(utilisateur -> etapes.add(EtapeObligatoire.CONFIRMER_EMAIL));
        if (ExigenceCgu.aAccepter(cgu, utilisateurId, maintenant)) {
            etapes.add(EtapeObligatoire.ACCEPTER_CGU);
        }
        return etapes;
    }
}
