package fr.espaceentreprise.application;

import static fr.espaceentreprise.application.compte.EspaceComptes.IP;
import static fr.espaceentreprise.application.compte.EspaceComptes.MOT_DE_PASSE;

import fr.espaceentreprise.application.compte.AccepterCgu;
import fr.espaceentreprise.application.compte.ChangerMotDePasse;
import fr.espaceentreprise.application.compte.ConfirmerEmail;
import fr.espaceentreprise.application.compte.ConsulterInscriptions;
import fr.espaceentreprise.application.compte.ConsulterJournal;
import fr.espaceentreprise.application.compte.DeciderCompte;
import fr.espaceentreprise.application.compte.DefinirMotDePasse;
import fr.espaceentreprise.application.compte.DemanderCodeEmail;
import fr.espaceentreprise.application.compte.DemanderInscription;
import fr.espaceentreprise.application.compte.EmpreinteJeton;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.compte.GererJetonsApi;
import fr.espaceentreprise.application.compte.PublierCgu;
import fr.espaceentreprise.application.compte.RecupererAcces;
import fr.espaceentreprise.application.compte.RejeterInscription;
import fr.espaceentreprise.application.compte.SessionAuthentifiee;
import fr.espaceentreprise.application.compte.ValiderInscription;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.application.contenu.ConsulterFaq;
import fr.espaceentreprise.application.contenu.EspaceContenus;
import fr.espaceentreprise.application.contenu.GererContacts;
import fr.espaceentreprise.application.contenu.GererDocuments;
import fr.espaceentreprise.application.contenu.GererFaq;
import fr.espaceentreprise.application.contenu.GererNumerosUrgence;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.FiltreAppels;
import fr.espaceentreprise.application.demande.ConsulterDemandes;
import fr.espaceentreprise.application.demande.ConsulterFileDemandes;
import fr.espaceentreprise.application.demande.DeciderDemande;
import fr.espaceentreprise.application.demande.EspaceDemandes;
import fr.espaceentreprise.application.demande.FiltreDemandes;
import fr.espaceentreprise.application.demande.RepondreDemande;
import fr.espaceentreprise.application.demande.SoumettreDemande;
import fr.espaceentreprise.application.donnees.ChangerConsentementProspection;
import fr.espaceentreprise.application.exploitation.ModifierMaintenance;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.FiltreSalaries;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.ZoneUrgence;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import fr.espaceentreprise.domain.compte.DroitsJeton;
import fr.espaceentreprise.domain.compte.FamilleNavigateur;
import fr.espaceentreprise.domain.compte.JetonApi;
import fr.espaceentreprise.domain.compte.JetonApiId;
import fr.espaceentreprise.domain.compte.MotifCompte;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.SessionId;
import fr.espaceentreprise.domain.compte.SessionUtilisateur;
import fr.espaceentreprise.domain.compte.UnUtilisateur;
import fr.espaceentreprise.domain.compte.UneDemandeInscription;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.contenu.CategorieDocument;
import fr.espaceentreprise.domain.contenu.CentreDeGestion;
import fr.espaceentreprise.domain.contenu.Document;
import fr.espaceentreprise.domain.contenu.NumeroZone;
import fr.espaceentreprise.domain.contenu.UnDocument;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.demande.Autre;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.DemandeId;
import fr.espaceentreprise.domain.demande.PieceJointe;
import fr.espaceentreprise.domain.demande.RectificationDonnees;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Salarie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every use case of {@link EspaceEntreprise}, each called once with arguments that make sense in one seeded world
 * ({@link Monde}), with the gate it must pass first. For the tests that prove every use case calls its gate.
 */
record CasDUsage(String nom, Porte porte, Optional<Rubrique> rubrique, Appel appel) {

    /** The gate of {@link fr.espaceentreprise.application.commun.ControleAcces} the use case must call. */
    enum Porte { RUBRIQUE, ESPACE, CONNECTE, PUBLIC, GESTIONNAIRE }

    interface Appel {
        void faire(Monde monde, SessionAuthentifiee session);
    }

    @Override
    public String toString() {
        return nom;
    }

    void faire(Monde monde, SessionAuthentifiee session) {
        appel.faire(monde, session);
    }

    private static CasDUsage cas(String nom, Porte porte, Appel appel) {
        return new CasDUsage(nom, porte, Optional.empty(), appel);
    }

    private static CasDUsage rubrique(String nom, Rubrique rubrique, Appel appel) {
        return new CasDUsage(nom, Porte.RUBRIQUE, Optional.of(rubrique), appel);
    }

    private static CasDUsage public_(String nom, Rubrique rubrique, Appel appel) {
        return new CasDUsage(nom, Porte.PUBLIC, Optional.of(rubrique), appel);
    }

    /** The use cases a user of the front office calls, with his session (its acteur for most). */
    static Stream<CasDUsage> frontOffice() {
        return Stream.of(
                rubrique("consultation.accueil.consulter", Rubrique.ACCUEIL,
                        (m, s) -> m.espace.consultation().accueil().consulter(s.acteur())),
                rubrique("consultation.entreprises.lister", Rubrique.INTERLOCUTEUR,
                        (m, s) -> m.espace.consultation().entreprises().lister(s.acteur())),
                rubrique("consultation.entreprises.consulter", Rubrique.INTERLOCUTEUR,
                        (m, s) -> m.espace.consultation().entreprises().consulter(s.acteur(), m.entreprise.id())),
                cas("consultation.entreprises.portefeuille", Porte.ESPACE,
                        (m, s) -> m.espace.consultation().entreprises().portefeuille(s.acteur())),
                rubrique("consultation.salaries.lister", Rubrique.SALARIES,
                        (m, s) -> m.espace.consultation().salaries().lister(new ConsulterSalaries.Requete(
                                s.acteur(), m.entreprise.id(), FiltreSalaries.AUCUN, Optional.empty(), 20))),
                rubrique("consultation.salaries.exporter", Rubrique.SALARIES,
                        (m, s) -> m.espace.consultation().salaries().exporter(s.acteur(), m.entreprise.id(),
                                FiltreSalaries.AUCUN, ligne -> { })),
                rubrique("consultation.salaries.consulter", Rubrique.SALARIES,
                        (m, s) -> m.espace.consultation().salaries().consulter(s.acteur(), m.salarie.id())),
                rubrique("consultation.attestations.delivrer", Rubrique.SALARIES,
                        (m, s) -> m.espace.consultation().attestations().delivrer(s.acteur(), m.salarie.id())),
                rubrique("consultation.contrats.lister", Rubrique.CONTRATS,
                        (m, s) -> m.espace.consultation().contrats().lister(s.acteur(), m.entreprise.id())),
                rubrique("consultation.contrats.consulter", Rubrique.CONTRATS,
                        (m, s) -> m.espace.consultation().contrats().consulter(s.acteur(), m.contrat.id())),
                cas("consultation.contrats.aChoisir", Porte.ESPACE,
                        (m, s) -> m.espace.consultation().contrats().aChoisir(s.acteur(), m.entreprise.id())),
                rubrique("consultation.cotisations.lister", Rubrique.COTISATIONS,
                        (m, s) -> m.espace.consultation().cotisations().lister(new ConsulterCotisations.Requete(
                                s.acteur(), Optional.of(m.entreprise.id()), FiltreAppels.AUCUN, Optional.empty(),
                                20))),
                rubrique("consultation.cotisations.exporter", Rubrique.COTISATIONS,
                        (m, s) -> m.espace.consultation().cotisations().exporter(s.acteur(),
                                Optional.of(m.entreprise.id()), FiltreAppels.AUCUN)),
                rubrique("consultation.cotisations.consulter", Rubrique.COTISATIONS,
                        (m, s) -> m.espace.consultation().cotisations().consulter(s.acteur(), m.appel.id())),
                rubrique("demandes.soumettre.soumettre", Rubrique.DEMANDES,
                        (m, s) -> m.espace.demandes().soumettre().soumettre(new SoumettreDemande.Commande(
                                s.acteur(), m.entreprise.id(), new Autre("Question", "Une question."), List.of(),
                                Optional.empty(), IP))),
                cas("demandes.soumettre.soumettre (rectification de ses données)", Porte.ESPACE,
                        (m, s) -> m.espace.demandes().soumettre().soumettre(new SoumettreDemande.Commande(
                                s.acteur(), m.entreprise.id(), new RectificationDonnees("Mon nom est Durand."),
                                List.of(), Optional.empty(), IP))),
                rubrique("demandes.suivi.lister", Rubrique.DEMANDES,
                        (m, s) -> m.espace.demandes().suivi().lister(new ConsulterDemandes.Requete(s.acteur(),
                                FiltreDemandes.AUCUN, Optional.empty(), 20))),
                rubrique("demandes.suivi.consulter", Rubrique.DEMANDES,
                        (m, s) -> m.espace.demandes().suivi().consulter(s.acteur(), m.demandeAvecPiece)),
                rubrique("demandes.suivi.telecharger", Rubrique.DEMANDES,
                        (m, s) -> m.espace.demandes().suivi().telecharger(s.acteur(), m.demandeAvecPiece,
                                m.piece.id())),
                rubrique("demandes.repondre.repondre", Rubrique.DEMANDES,
                        (m, s) -> m.espace.demandes().repondre().repondre(new RepondreDemande.Commande(s.acteur(),
                                m.enAttenteDeRetour.id(), "Voici la réponse.", List.of(), IP))),
                rubrique("contenus.urgence.consulter", Rubrique.URGENCE,
                        (m, s) -> m.espace.contenus().urgence().consulter(s.acteur())),
                rubrique("contenus.documents.lister", Rubrique.TELECHARGEMENTS,
                        (m, s) -> m.espace.contenus().documents().lister(s.acteur())),
                rubrique("contenus.documents.telecharger", Rubrique.TELECHARGEMENTS,
                        (m, s) -> m.espace.contenus().documents().telecharger(s.acteur(), m.guide.id())),
                public_("contenus.contacts.consulter", Rubrique.CONTACT,
                        (m, s) -> m.espace.contenus().contacts().consulter(Optional.of(s.acteur()))),
                public_("contenus.faq.rechercher", Rubrique.FAQ,
                        (m, s) -> m.espace.contenus().faq().rechercher(new ConsulterFaq.Recherche(
                                Optional.of(s.acteur()), Langue.FR, "attestation"))),
                cas("donnees.consulter.consulter", Porte.ESPACE,
                        (m, s) -> m.espace.donnees().consulter().consulter(s.acteur())),
                cas("donnees.exporter.exporter", Porte.ESPACE,
                        (m, s) -> m.espace.donnees().exporter().exporter(s.acteur(), IP)),
                cas("donnees.consentement.changer", Porte.ESPACE,
                        (m, s) -> m.espace.donnees().consentement().changer(
                                new ChangerConsentementProspection.Commande(s.acteur(), true, IP))),
                cas("comptes.monCompte.consulter", Porte.ESPACE, (m, s) -> m.espace.comptes().monCompte().consulter(s)),
                cas("comptes.changerMotDePasse.changer", Porte.ESPACE,
                        (m, s) -> m.espace.comptes().changerMotDePasse().changer(new ChangerMotDePasse.Commande(s,
                                MOT_DE_PASSE.toCharArray(), "Citron-Piano-Nuage-77".toCharArray(), IP))),
                cas("comptes.definirMotDePasse.definir", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().definirMotDePasse().definir(new DefinirMotDePasse.Commande(s,
                                "Citron-Piano-Nuage-77".toCharArray(), IP))),
                cas("comptes.demanderCodeEmail.demander", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().demanderCodeEmail().demander(
                                new DemanderCodeEmail.Commande(s, IP))),
                cas("comptes.confirmerEmail.confirmer", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().confirmerEmail().confirmer(
                                new ConfirmerEmail.Commande(s, "000000", IP))),
                cas("comptes.accepterCgu.accepter", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().accepterCgu().accepter(new AccepterCgu.Commande(s,
                                m.espace.contenus().cgu().versionCourante().orElseThrow().version(), IP))),
                cas("comptes.secondFacteur.consulter", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().secondFacteur().consulter(s)),
                cas("comptes.secondFacteur.commencer", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().secondFacteur().commencer(s, IP)),
                cas("comptes.secondFacteur.confirmer", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().secondFacteur().confirmer(s, "000000", IP)),
                cas("comptes.secondFacteur.reverifier", Porte.CONNECTE,
                        (m, s) -> m.espace.comptes().secondFacteur().reverifier(s, m.codeSecondFacteur(s), IP)),
                cas("comptes.secondFacteur.regenererCodesDeSecours", Porte.ESPACE,
                        (m, s) -> m.espace.comptes().secondFacteur().regenererCodesDeSecours(s, IP)),
                cas("comptes.jetonsApi.lister", Porte.ESPACE, (m, s) -> m.espace.comptes().jetonsApi().lister(s)),
                cas("comptes.jetonsApi.creer", Porte.ESPACE,
                        (m, s) -> m.espace.comptes().jetonsApi().creer(new GererJetonsApi.Creation(s, "SIRH",
                                DroitsJeton.LECTURE, m.ports.horloge.instant().plus(Duration.ofDays(90)), IP))),
                cas("comptes.jetonsApi.revoquer", Porte.ESPACE,
                        (m, s) -> m.espace.comptes().jetonsApi().revoquer(s, m.jetonDeCamille.id(), IP)),
                cas("comptes.sessions.lister", Porte.ESPACE, (m, s) -> m.espace.comptes().sessions().lister(s)),
                cas("comptes.sessions.fermer", Porte.ESPACE,
                        (m, s) -> m.espace.comptes().sessions().fermer(s, m.autreSessionDeCamille.id(), IP)),
                cas("comptes.sessions.fermerLesAutres", Porte.ESPACE,
                        (m, s) -> m.espace.comptes().sessions().fermerLesAutres(s, IP)));
    }

    /** What a visitor may use without logging in: closed only with the whole space. */
    static Stream<CasDUsage> visiteurs() {
        return Stream.of(
                cas("comptes.demanderInscription.demander", Porte.PUBLIC,
                        (m, s) -> m.espace.comptes().demanderInscription().demander(new DemanderInscription.Commande(
                                Profil.ENTREPRISE, m.entreprise.raisonSociale(), m.entreprise.siret(),
                                new Email("camille@perso.fr"), m.entreprise.numeroAdherent(), "Durand", "Camille",
                                LocalDate.of(1984, 6, 15), Langue.FR, IP))),
                cas("comptes.recupererAcces.motDePasseOublie", Porte.PUBLIC,
                        (m, s) -> m.espace.comptes().recupererAcces().motDePasseOublie(
                                new RecupererAcces.MotDePasseOublie(m.camille.numeroAdherent(), IP))),
                cas("comptes.recupererAcces.identifiantOublie", Porte.PUBLIC,
                        (m, s) -> m.espace.comptes().recupererAcces().identifiantOublie(
                                new RecupererAcces.IdentifiantOublie(m.camille.email(), IP))),
                cas("consultation.verificationAttestations.verifier", Porte.PUBLIC,
                        (m, s) -> m.espace.consultation().verificationAttestations().verifier(
                                "00000000000000000001")));
    }

    /** The back office, with a gestionnaire's session. */
    static Stream<CasDUsage> gestion() {
        return Stream.of(
                cas("gestion.inscriptions.consulter", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().inscriptions().consulter(new ConsulterInscriptions.Requete(
                                s.acteur(), Optional.empty(), 20))),
                cas("gestion.validerInscription.valider", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().validerInscription().valider(new ValiderInscription.Commande(
                                s.acteur(), m.inscription.id(), IP))),
                cas("gestion.rejeterInscription.rejeter", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().rejeterInscription().rejeter(new RejeterInscription.Commande(
                                s.acteur(), m.inscription.id(), "Doublon", IP))),
                cas("gestion.journal.consulter", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().journal().consulter(new ConsulterJournal.Requete(s.acteur(),
                                Optional.empty(), Optional.empty(), 20))),
                cas("gestion.comptes.consulter", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().comptes().consulter(s.acteur(), m.camille.numeroAdherent())),
                cas("gestion.deciderCompte.suspendre", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().deciderCompte().suspendre(new DeciderCompte.Fermeture(
                                s.acteur(), m.camille.id(), MotifCompte.FRAUDE, null, IP))),
                cas("gestion.deciderCompte.reactiver", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().deciderCompte().reactiver(new DeciderCompte.Reactivation(
                                s.acteur(), m.suspendu.id(), IP))),
                cas("gestion.deciderCompte.supprimer", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().deciderCompte().supprimer(new DeciderCompte.Fermeture(
                                s.acteur(), m.camille.id(), MotifCompte.FRAUDE, null, IP))),
                cas("gestion.deciderCompte.reinitialiserSecondFacteur", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().deciderCompte().reinitialiserSecondFacteur(
                                new DeciderCompte.Reactivation(s.acteur(), m.camille.id(), IP))),
                cas("gestion.fileDemandes.consulter", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().fileDemandes().consulter(new ConsulterFileDemandes.Requete(
                                s.acteur(), FiltreDemandes.AUCUN, Optional.empty(), 20))),
                cas("gestion.deciderDemande.decider", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().deciderDemande().decider(new DeciderDemande.Commande(
                                s.acteur(), m.demandeAvecPiece, StatutDemande.VALIDEE, null, IP))),
                cas("gestion.numerosUrgence.modifierZone", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().numerosUrgence().modifierZone(new GererNumerosUrgence.Zone(
                                s.acteur(), NumeroZone.saisir(ZoneUrgence.ASIE, new Telephone("+65 6000 0000"),
                                "Singapour", "Singapore"), IP))),
                cas("gestion.numerosUrgence.modifierCentre", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().numerosUrgence().modifierCentre(new GererNumerosUrgence.Centre(
                                s.acteur(), CentreDeGestion.saisir(new Telephone("+33 2 41 00 00 01"), "Lundi",
                                "Monday"), IP))),
                cas("gestion.contacts.enregistrer", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().contacts().enregistrer(new GererContacts.Enregistrement(
                                s.acteur(), m.contenus.contactAfrique, false, IP))),
                cas("gestion.contacts.retirer", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().contacts().retirer(new GererContacts.Retrait(s.acteur(),
                                m.contenus.contactAfrique.id(), IP))),
                cas("gestion.faq.enregistrer", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().faq().enregistrer(new GererFaq.Enregistrement(s.acteur(),
                                m.contenus.questionAttestation, false, IP))),
                cas("gestion.faq.retirer", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().faq().retirer(new GererFaq.Retrait(s.acteur(),
                                m.contenus.questionMotDePasse.id(), IP))),
                cas("gestion.documents.publier", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().documents().publier(new GererDocuments.Publication(s.acteur(),
                                CategorieDocument.GUIDE_PRATIQUE, "Guide", "Guide", "Le guide", "The guide",
                                Langue.FR, "guide.pdf", UnDocument.OCTETS_PDF, IP))),
                cas("gestion.documents.retirer", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().documents().retirer(new GererDocuments.Retrait(s.acteur(),
                                m.guide.id(), IP))),
                cas("gestion.publierCgu.publier", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().publierCgu().publier(new PublierCgu.Commande(s.acteur(),
                                "2026-03", Optional.empty(), "Conditions", "Terms", IP))),
                cas("gestion.maintenance.modifier", Porte.GESTIONNAIRE,
                        (m, s) -> m.espace.gestion().maintenance().modifier(new ModifierMaintenance.Commande(
                                s.acteur(), new Maintenance(true, Set.of(Rubrique.FAQ), "FAQ fermée",
                                "FAQ closed"), IP))));
    }

    /**
     * One world of the test fixtures: an entreprise with a contrat, a salarié, an appel, a demande with a piece
     * and one awaiting the user's reply, a document, a pending sign-up of another entreprise; a user of the
     * entreprise (Camille) with her second factor, an API token and a session open on another device, a suspended
     * account and a gestionnaire.
     */
    static final class Monde {

        final EspaceDemandes demandes = new EspaceDemandes();
        final EspaceConsultation consultation = demandes.consultation;
        final EspaceComptes comptes = demandes.comptes;
        final EspaceContenus contenus = new EspaceContenus(consultation);
        final PortsEnMemoire ports = comptes.ports();
        final EspaceEntreprise espace = comptes.espace();

        final Entreprise entreprise = consultation.entreprise("Durand SA");
        final Contrat contrat = consultation.contrat(entreprise);
        final Salarie salarie = consultation.salarie("Wróbel", "Łukasz", contrat);
        final AppelDeCotisation appel = consultation.appel(UnAppelDeCotisation.sur(contrat.id())
                .echeance(EspaceConsultation.AUJOURDHUI.plusDays(10)));
        final Document guide = ports.documents.ajouter(UnDocument.guide().build());
        final DemandeInscription inscription = ports.demandesInscription.ajouter(
                UneDemandeInscription.pour(consultation.entreprise("Martin SARL")).build());
        final Utilisateur camille = consultation.compteEntreprise(entreprise);
        final JetonApi jetonDeCamille = JetonApi.creer(JetonApiId.nouveau(), camille.id(), "Export paie",
                DroitsJeton.LECTURE, EspaceComptes.T0.plus(Duration.ofDays(30)), EspaceComptes.T0);
        final SessionUtilisateur autreSessionDeCamille = SessionUtilisateur.ouvrir(SessionId.nouveau(), camille.id(),
                Set.of(), EspaceComptes.T0, IP, FamilleNavigateur.SAFARI, false);
        final Utilisateur suspendu = comptes.compteActif(UnUtilisateur.entreprise(entreprise.id())
                .numeroAdherent("10000009").suspendu());
        final Utilisateur gestion = comptes.gestionnaire();
        final Demande enAttenteDeRetour = consultation.demandeEnAttenteDeRetour(entreprise,
                EspaceComptes.T0.minus(Duration.ofDays(3)));
        final PieceJointe piece = EspaceDemandes.pdf("justificatif.pdf");
        final DemandeId demandeAvecPiece = demandes.soumettre(comptes.acteur(camille), entreprise.id(),
                new Autre("Question", "Avec un justificatif."), piece);

        Monde() {
            comptes.enrolerSecondFacteur(camille);
            ports.jetonsApi.ajouter(EmpreinteJeton.de("jeton-api-de-camille"), jetonDeCamille);
            ports.sessions.ajouter(EmpreinteJeton.de("session-du-telephone-de-camille"), autreSessionDeCamille);
        }

        /** The code the app of the session's user shows now. */
        String codeSecondFacteur(SessionAuthentifiee session) {
            return comptes.codeSecondFacteur(ports.utilisateurs.trouver(session.utilisateurId()).orElseThrow())
                    .orElseThrow();
        }

        SessionAuthentifiee sessionDeCamille() {
            return comptes.connecter(camille);
        }

        SessionAuthentifiee sessionDuGestionnaire() {
            return comptes.connecter(gestion);
        }

        Acteur gestionnaire() {
            return comptes.acteur(gestion);
        }

        /** Stored by the back office, as a gestionnaire does it. */
        void fermer(Maintenance maintenance) {
            espace.gestion().maintenance().modifier(new ModifierMaintenance.Commande(gestionnaire(), maintenance, IP));
        }

        /** New CGU in force, published by the back office: every user owes their acceptance. */
        void publierDeNouvellesCgu() {
            espace.gestion().publierCgu().publier(new PublierCgu.Commande(gestionnaire(), "2026-02",
                    Optional.empty(), "Conditions 2026-02", "Terms 2026-02", IP));
        }
    }
}
