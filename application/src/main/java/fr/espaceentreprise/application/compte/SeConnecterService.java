package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.EspaceFermeException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PolitiqueMotDePasse;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every attempt costs the same work whatever the account: two password verifications (the current password,
 * then the pending temporary one, each replaced by a simulated verification when absent), unless the first one
 * matches. Only a right password, which an attacker probing for accounts does not have, ends sooner.
 */
public final class SeConnecterService implements SeConnecter {

    /** Per source address; generous, since an account is one per company and offices share addresses. */
    public static final Limite LIMITE_PAR_IP = new Limite(30, Duration.ofMinutes(10));

    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiantsRepository;
    private final TemporisationSansCompteRepository temporisationsSansCompte;
    private final SessionRepository sessions;
    private final CguRepository cgu;
    private final Identification identification;
    private final PasswordHasher hacheur;
    private final GenerateurSecrets generateur;
    private final LimiteurDeDebit limiteur;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public SeConnecterService(UtilisateurRepository utilisateurs, IdentifiantsRepository identifiantsRepository,
                              TemporisationSansCompteRepository temporisationsSansCompte, SessionRepository sessions,
                              CguRepository cgu, Identification identification, PasswordHasher hacheur,
                              GenerateurSecrets generateur, LimiteurDeDebit limiteur, JournalAudit journal,
                              ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.identifiantsRepository = identifiantsRepository;
        this.temporisationsSansCompte = temporisationsSansCompte;
        this.sessions = sessions;
        this.cgu = cgu;
        this.identification = identification;
        this.hacheur = hacheur;
        this.generateur = generateur;
        this.limiteur = limiteur;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Resultat seConnecter(Commande commande) {
        try {
            Instant maintenant = horloge.instant();
            // A guard before the work, counted even if the work then fails.
            Optional<Duration> attente = LIMITE_PAR_IP.consommer(limiteur, "connexion:ip:" + commande.ip(),
                    maintenant);
            if (attente.isPresent()) {
                return new Resultat.Temporisee(attente.get());
            }
            Resultat resultat = transactions.enTransaction(() -> tenter(commande, maintenant));
            if (resultat instanceof Resultat.Reussie reussie) {
                refuserSiEspaceFerme(reussie);
            }
            return resultat;
        } finally {
            Arrays.fill(commande.motDePasse(), '\0');
        }
    }

    /**
     * While the whole space is closed only gestionnaires get in. The refusal comes after the password check, so
     * that it does not tell whether an account exists; the session just opened is revoked at once.
     */
    private void refuserSiEspaceFerme(Resultat.Reussie reussie) {
        try {
            acces.exigerConnecte(reussie.acteur());
        } catch (EspaceFermeException fermeture) {
            transactions.enTransaction(() -> sessions.revoquer(reussie.sessionId(), horloge.instant()));
            throw fermeture;
        }
    }

    private Resultat tenter(Commande commande, Instant maintenant) {
        Optional<Utilisateur> utilisateur = utilisateurs.trouverParNumeroAdherent(commande.numeroAdherent());
        if (utilisateur.isEmpty()) {
            return tenterSansCompte(commande, maintenant);
        }
        Utilisateur compte = utilisateur.get();
        Identifiants identifiants = identifiantsRepository.trouverParUtilisateur(compte.id())
                .orElseGet(() -> Identifiants.nouveaux(compte.id()));
        Optional<Instant> prochainEssai = identifiants.prochainEssaiAutorise(maintenant);
        if (prochainEssai.isPresent()) {
            auditer(TypeEvenementAudit.CONNEXION_BLOQUEE, compte.id(), commande, maintenant, "temporisation");
            return new Resultat.Temporisee(Duration.between(maintenant, prochainEssai.get()));
        }
        Reconnu reconnu = reconnaitre(commande.motDePasse(), identifiants, maintenant);
        if (reconnu == Reconnu.AUCUN) {
            return echec(identifiants, commande, maintenant, "mot_de_passe_incorrect");
        }
        Optional<Acteur> acteur = compte.peutSeConnecter()
                ? identification.acteur(compte.id())
                : Optional.empty();
        if (acteur.isEmpty()) {
            String motif = compte.peutSeConnecter()
                    ? "acces_clos"
                    : "compte_" + compte.statut().name().toLowerCase(Locale.ROOT);
            Resultat refus = echec(identifiants, commande, maintenant, motif);
            return compte.statut() == StatutCompte.SUSPENDU ? new Resultat.Suspendu() : refus;
        }
        return reussite(compte, acteur.get(), identifiants, reconnu, commande, maintenant);
    }

    private Resultat reussite(Utilisateur compte, Acteur acteur, Identifiants identifiants,
                              Reconnu reconnu, Commande commande, Instant maintenant) {
        Set<EtapeObligatoire> etapes = EnumSet.noneOf(EtapeObligatoire.class);
        if (reconnu == Reconnu.MOT_DE_PASSE_PROVISOIRE) {
            identifiants.utiliserMotDePasseProvisoire(maintenant);
            etapes.add(EtapeObligatoire.CHANGER_MOT_DE_PASSE);
        } else if (hacheur.doitEtreRehache(identifiants.empreinteMotDePasse().orElseThrow())) {
            identifiants.rehacherMotDePasse(hacheur.hacher(commande.motDePasse()));
        }
        Optional<Instant> derniereConnexion = identifiants.enregistrerConnexion(maintenant);
        if (!identifiants.aConfirme(compte.email())) {
            etapes.add(EtapeObligatoire.CONFIRMER_EMAIL);
        }
        if (cguAAccepter(compte.id(), maintenant)) {
            etapes.add(EtapeObligatoire.ACCEPTER_CGU);
        }
        identifiantsRepository.enregistrer(identifiants);

        String jeton = generateur.jeton();
        SessionUtilisateur session = SessionUtilisateur.ouvrir(SessionId.nouveau(), compte.id(), etapes, maintenant);
        sessions.ajouter(session, EmpreinteJeton.de(jeton));
        auditer(TypeEvenementAudit.CONNEXION_REUSSIE, compte.id(), commande, maintenant,
                reconnu == Reconnu.MOT_DE_PASSE_PROVISOIRE ? "mot_de_passe_provisoire" : null);
        return new Resultat.Reussie(jeton, session.id(), acteur.avecEtapes(etapes), derniereConnexion);
    }

    private Resultat echec(Identifiants identifiants, Commande commande, Instant maintenant, String motif) {
        identifiants.enregistrerEchec(maintenant);
        identifiantsRepository.enregistrer(identifiants);
        auditer(TypeEvenementAudit.CONNEXION_ECHOUEE, identifiants.utilisateurId(), commande, maintenant, motif);
        return new Resultat.Refusee();
    }

    /** The same steps as for an account, on a throttling state of its own, so nothing tells them apart. */
    private Resultat tenterSansCompte(Commande commande, Instant maintenant) {
        NumeroAdherent numero = commande.numeroAdherent();
        Temporisation temporisation = temporisationsSansCompte.trouverParNumeroAdherent(numero)
                .orElse(Temporisation.AUCUNE);
        Optional<Instant> prochainEssai = temporisation.prochainEssaiAutorise(maintenant);
        if (prochainEssai.isPresent()) {
            auditer(TypeEvenementAudit.CONNEXION_BLOQUEE, null, commande, maintenant, "temporisation");
            return new Resultat.Temporisee(Duration.between(maintenant, prochainEssai.get()));
        }
        reconnaitre(commande.motDePasse(), Identifiants.nouveaux(UtilisateurId.nouveau()), maintenant);
        temporisationsSansCompte.enregistrer(numero, temporisation.apresEchec(maintenant));
        auditer(TypeEvenementAudit.CONNEXION_ECHOUEE, null, commande, maintenant, "compte_inconnu");
        return new Resultat.Refusee();
    }

    /** Which stored hash the password matches. A password longer than any allowed is not even hashed. */
    private Reconnu reconnaitre(char[] motDePasse, Identifiants identifiants, Instant maintenant) {
        if (PolitiqueMotDePasse.depasseLaLongueurMax(motDePasse)) {
            return Reconnu.AUCUN;
        }
        if (correspond(motDePasse, identifiants.empreinteMotDePasse())) {
            return Reconnu.MOT_DE_PASSE;
        }
        if (correspond(motDePasse, identifiants.empreinteProvisoireValideLe(maintenant))) {
            return Reconnu.MOT_DE_PASSE_PROVISOIRE;
        }
        return Reconnu.AUCUN;
    }

    private boolean correspond(char[] motDePasse, Optional<String> empreinte) {
        if (empreinte.isEmpty()) {
            hacheur.simulerVerification(motDePasse);
            return false;
        }
        return hacheur.correspond(motDePasse, empreinte.get());
    }

    private boolean cguAAccepter(UtilisateurId utilisateurId, Instant maintenant) {
        return ExigenceCgu.aAccepter(cgu, utilisateurId, maintenant);
    }


    private void auditer(TypeEvenementAudit type, UtilisateurId utilisateurId, Commande commande, Instant maintenant,
                         String detail) {
        journal.enregistrer(EvenementAudit.de(type, maintenant, utilisateurId, commande.numeroAdherent(),
                commande.ip(), detail));
    }

    /** Which stored hash a typed password matched. */
    private enum Reconnu {
        AUCUN,
        MOT_DE_PASSE,
        MOT_DE_PASSE_PROVISOIRE
    }
}
