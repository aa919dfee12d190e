package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.TropDeTentativesException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.notification.Notifications;
import fr.espaceentreprise.application.notification.TypeNotification;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.EtapeObligatoire;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.PolitiqueSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

public final class GererSecondFacteurService implements GererSecondFacteur {

    /** How the factor is named in the user's app. */
    public static final String EMETTEUR = "Espace Entreprise";
    static final String AUCUN_ENROLEMENT = "secondFacteur.aucun_enrolement";
    static final String AUCUN_FACTEUR = "secondFacteur.aucun";

    private final UtilisateurRepository utilisateurs;
    private final IdentifiantsRepository identifiantsRepository;
    private final SecondsFacteursRepository secondsFacteurs;
    private final SessionRepository sessions;
    private final GenerateurSecrets generateur;
    private final JournalAudit journal;
    private final Notifications notifications;
    private final PolitiqueSecondFacteur politique;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public GererSecondFacteurService(UtilisateurRepository utilisateurs, IdentifiantsRepository identifiantsRepository,
                                     SecondsFacteursRepository secondsFacteurs, SessionRepository sessions,
                                     GenerateurSecrets generateur, JournalAudit journal, Notifications notifications,
                                     PolitiqueSecondFacteur politique, ControleAcces acces, Transactions transactions,
                                     Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.identifiantsRepository = identifiantsRepository;
        this.secondsFacteurs = secondsFacteurs;
        this.sessions = sessions;
        this.generateur = generateur;
        this.journal = journal;
        this.notifications = notifications;
        this.politique = politique;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Etat consulter(SessionAuthentifiee session) {
        session.exigerSessionInteractive();
        acces.exigerConnecte(session.acteur());
        Instant maintenant = horloge.instant();
        Optional<SecondFacteur> facteur = transactions.enTransaction(
                () -> secondsFacteurs.trouver(session.utilisateurId()));
        boolean recent = session.secondFacteurLe()
                .map(le -> maintenant.isBefore(le.plus(SessionAuthentifiee.REAUTHENTIFICATION))).orElse(false);
        return new Etat(facteur.map(SecondFacteur::actifDepuis), facteur.map(SecondFacteur::codesDeSecoursDisponibles)
                .orElse(0L), politique.exigePour(session.acteur().profil()), recent);
    }

    @Override
    public Enrolement commencer(SessionAuthentifiee session, AdresseIp ip) {
        session.exigerSessionInteractive();
        acces.exigerConnecte(session.acteur());
        Instant maintenant = horloge.instant();
        return transactions.enTransaction(() -> {
            if (secondsFacteurs.trouver(session.utilisateurId()).isPresent()) {
                session.exigerSecondFacteurRecent(maintenant);
            }
            Utilisateur utilisateur = utilisateur(session);
            EnrolementSecondFacteur enrolement = new EnrolementSecondFacteur(utilisateur.id(),
                    generateur.secretTotp(), maintenant);
            secondsFacteurs.enregistrerEnrolement(enrolement);
            return new Enrolement(enrolement.secret().enBase32(),
                    enrolement.secret().uri(EMETTEUR, utilisateur.numeroAdherent().valeur()));
        });
    }

    @Override
    public Activation confirmer(SessionAuthentifiee session, String code, AdresseIp ip) {
        session.exigerSessionInteractive();
        acces.exigerConnecte(session.acteur());
        Instant maintenant = horloge.instant();
        List<String> codes = nouveauxCodes();
        transactions.enTransaction(() -> {
            EnrolementSecondFacteur enrolement = secondsFacteurs.trouverEnrolement(session.utilisateurId())
                    .orElseThrow(() -> new RegleMetierException(AUCUN_ENROLEMENT, "code"));
            SecondFacteur facteur = enrolement.confirmer(code, codes.stream().map(CodeDeSecours::nouveau).toList(),
                    maintenant);
            secondsFacteurs.enregistrer(facteur);
            secondsFacteurs.supprimerEnrolement(session.utilisateurId());
            sessions.verifierSecondFacteur(session.sessionId(), maintenant);
            sessions.retirerEtape(session.sessionId(), EtapeObligatoire.ENROLER_SECOND_FACTEUR);
            Utilisateur utilisateur = utilisateur(session);
            auditer(TypeEvenementAudit.SECOND_FACTEUR_ACTIVE, utilisateur, ip, maintenant, null);
            notifications.envoyer(CourrielsCompte.securite(TypeNotification.SECURITE_SECOND_FACTEUR_ACTIVE,
                    utilisateur, maintenant, ip, Map.of()));
        });
        return new Activation(codes, session.etapesApres(EtapeObligatoire.ENROLER_SECOND_FACTEUR));
    }

    @Override
    public List<String> regenererCodesDeSecours(SessionAuthentifiee session, AdresseIp ip) {
        acces.exigerEspace(session.acteur());
        Instant maintenant = horloge.instant();
        session.exigerSecondFacteurRecent(maintenant);
        List<String> codes = nouveauxCodes();
        transactions.enTransaction(() -> {
            SecondFacteur facteur = secondsFacteurs.trouver(session.utilisateurId())
                    .orElseThrow(() -> new RegleMetierException(AUCUN_FACTEUR));
            facteur.remplacerCodesDeSecours(codes.stream().map(CodeDeSecours::nouveau).toList());
            secondsFacteurs.enregistrer(facteur);
            auditer(TypeEvenementAudit.CODES_DE_SECOURS_REGENERES, utilisateur(session), ip, maintenant, null);
        });
        return codes;
    }

    @Override
    public void reverifier(SessionAuthentifiee session, String code, AdresseIp ip) {
        session.exigerSessionInteractive();
        acces.exigerConnecte(session.acteur());
        Instant maintenant = horloge.instant();
        boolean accepte = transactions.enTransaction(() -> {
            Identifiants identifiants = identifiantsRepository.trouverParUtilisateur(session.utilisateurId())
                    .orElseGet(() -> Identifiants.nouveaux(session.utilisateurId()));
            Optional<Instant> prochainEssai = identifiants.prochainEssaiAutorise(maintenant);
            if (prochainEssai.isPresent()) {
                throw new TropDeTentativesException(Duration.between(maintenant, prochainEssai.get()));
            }
            SecondFacteur facteur = secondsFacteurs.trouver(session.utilisateurId())
                    .orElseThrow(() -> new RegleMetierException(AUCUN_FACTEUR));
            Utilisateur utilisateur = utilisateur(session);
            if (!facteur.verifier(code, maintenant).acceptee()) {
                identifiants.enregistrerEchec(maintenant);
                identifiantsRepository.enregistrer(identifiants);
                auditer(TypeEvenementAudit.SECOND_FACTEUR_ECHOUE, utilisateur, ip, maintenant, "reverification");
                return false;
            }
            secondsFacteurs.enregistrer(facteur);
            sessions.verifierSecondFacteur(session.sessionId(), maintenant);
            return true;
        });
        if (!accepte) {
            // Thrown once the failure is stored: it must count even though the answer is a refusal.
            throw new RegleMetierException(EnrolementSecondFacteur.CODE_INCORRECT, "code");
        }
    }

    private List<String> nouveauxCodes() {
        List<String> codes = new ArrayList<>();
        IntStream.range(0, SecondFacteur.CODES_DE_SECOURS).forEach(i -> codes.add(generateur.codeDeSecours()));
        return codes;
    }

    private Utilisateur utilisateur(SessionAuthentifiee session) {
        return utilisateurs.trouver(session.utilisateurId()).orElseThrow(Introuvable::exception);
    }

    private void auditer(TypeEvenementAudit type, Utilisateur utilisateur, AdresseIp ip, Instant instant,
                         String detail) {
        journal.enregistrer(EvenementAudit.de(type, instant, utilisateur.id(), utilisateur.numeroAdherent(), ip,
                detail));
    }
}
