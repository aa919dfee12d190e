package fr.espaceentreprise.application.donnees;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.JournalAudit;
import fr.espaceentreprise.application.compte.UtilisateurRepository;
import fr.espaceentreprise.application.demande.DemandeRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.mandataire.MandataireRepository;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Both the page and the download read the same things, the caller's own only. */
public final class DonneesPersonnellesService implements ConsulterDonneesPersonnelles, ExporterDonneesPersonnelles {

    private final UtilisateurRepository utilisateurs;
    private final EntrepriseRepository entreprises;
    private final MandataireRepository mandataires;
    private final ConsentementsRepository consentements;
    private final LectureDonneesPersonnelles lecture;
    private final DemandeRepository demandes;
    private final JournalAudit journal;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public DonneesPersonnellesService(UtilisateurRepository utilisateurs, EntrepriseRepository entreprises,
                                      MandataireRepository mandataires, ConsentementsRepository consentements,
                                      LectureDonneesPersonnelles lecture, DemandeRepository demandes,
                                      JournalAudit journal, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.entreprises = entreprises;
        this.mandataires = mandataires;
        this.consentements = consentements;
        this.lecture = lecture;
        this.demandes = demandes;
        this.journal = journal;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public DonneesDetenues consulter(Acteur acteur) {
        acces.exigerEspace(acteur);
        return transactions.enTransaction(() -> lire(acteur.utilisateurId()));
    }

    @Override
    public DonneesDetenues exporter(Acteur acteur, AdresseIp ip) {
        acces.exigerEspace(acteur);
        return transactions.enTransaction(() -> {
            DonneesDetenues donnees = lire(acteur.utilisateurId());
            journal.enregistrer(EvenementAudit.de(TypeEvenementAudit.DONNEES_PERSONNELLES_EXPORTEES,
                    horloge.instant(), acteur.utilisateurId(), donnees.compte().numeroAdherent(), ip, null));
            return donnees;
        });
    }

    private DonneesDetenues lire(UtilisateurId id) {
        Utilisateur compte = utilisateurs.trouver(id)
                .orElseThrow(() -> new IntrouvableException(IntrouvableException.CODE_GENERIQUE));
        Optional<DonneesDetenues.Rattachement> rattachement = compte.entrepriseId().flatMap(entreprises::trouver)
                .map(e -> new DonneesDetenues.Rattachement("ENTREPRISE", e.id().toString(), e.raisonSociale(),
                        e.numeroAdherent()))
                .or(() -> compte.mandataireId().flatMap(mandataires::trouver)
                        .map(m -> new DonneesDetenues.Rattachement("MANDATAIRE", m.id().toString(),
                                m.raisonSociale(), m.numeroAdherent())));
        List<Demande> siennes = lecture.demandesDe(id).stream()
                .map(demandes::trouver).flatMap(Optional::stream).toList();
        return new DonneesDetenues(compte, rattachement, lecture.emailConfirme(id), lecture.derniereConnexion(id),
                lecture.acceptationsCgu(id),
                consentements.trouverParUtilisateur(id).orElseGet(() -> ConsentementProspection.parDefaut(id)),
                lecture.sessions(id), lecture.journal(id), siennes);
    }
}
