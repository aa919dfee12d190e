package fr.espaceentreprise.adapters.web.donnees;

import fr.espaceentreprise.adapters.web.demande.Contenu;
import fr.espaceentreprise.application.donnees.DonneesDetenues;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.ConsentementProspection;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.compte.StatutCompte;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.Utilisateur;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.demande.TypeEvenement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the portal holds about a user, as JSON: the file "Mes données" downloads and the API's answer alike. */
record DonneesJson(CompteJson compte, RattachementJson rattachement, List<AcceptationJson> acceptationsCgu,
        ConsentementJson consentementProspection, List<SessionJson> sessions, List<EvenementJson> journal,
        List<DemandeJson> demandes) {

    static DonneesJson de(DonneesDetenues donnees) {
        Utilisateur compte = donnees.compte();
        return new DonneesJson(
                new CompteJson(compte.id().toString(), compte.numeroAdherent().valeur(), compte.profil(),
                        compte.nom(), compte.prenom(), compte.email().valeur(),
                        donnees.emailConfirme().orElse(null), compte.langue(), compte.statut(),
                        donnees.derniereConnexion().orElse(null)),
                donnees.rattachement().map(r -> new RattachementJson(r.type(), r.id(), r.raisonSociale(),
                        r.numeroAdherent().valeur())).orElse(null),
                donnees.acceptationsCgu().stream().map(a -> new AcceptationJson(a.version(), a.accepteeLe()))
                        .toList(),
                ConsentementJson.de(donnees.consentementProspection()),
                donnees.sessions().stream().map(s -> new SessionJson(s.ouverteLe(), s.derniereActivite(),
                        s.revoqueeLe().orElse(null))).toList(),
                donnees.journal().stream().map(e -> new EvenementJson(e.instant(), e.type(),
                        e.numeroAdherent().map(NumeroAdherent::valeur).orElse(null), e.ip().valeur(),
                        e.detail().orElse(null))).toList(),
                donnees.demandes().stream().map(DemandeJson::de).toList());
    }

    record CompteJson(String id, String numeroAdherent, Profil profil, String nom, String prenom, String email,
            String emailConfirme, Langue langue, StatutCompte statut, Instant derniereConnexion) {
    }

    record RattachementJson(String type, String id, String raisonSociale, String numeroAdherent) {
    }

    record AcceptationJson(String version, Instant accepteeLe) {
    }

    record ConsentementJson(Boolean accepte, Instant modifieLe) {

        static ConsentementJson de(ConsentementProspection consentement) {
            return new ConsentementJson(consentement.accepte(), consentement.modifieLe().orElse(null));
        }
    }

    record SessionJson(Instant ouverteLe, Instant derniereActivite, Instant revoqueeLe) {
    }

    record EvenementJson(Instant instant, TypeEvenementAudit type, String numeroAdherent, String ip,
            String detail) {
    }

    record DemandeJson(String id, TypeDemande type, StatutDemande statut, Instant soumiseLe, String entrepriseId,
            Map<String, Object> contenu, List<EvenementDemandeJson> historique) {

        static DemandeJson de(Demande demande) {
            return new DemandeJson(demande.id().toString(), demande.type(), demande.statut(), demande.soumiseLe(),
                    demande.entrepriseId().toString(), Contenu.json(demande.contenu()),
                    demande.historique().stream().map(e -> new EvenementDemandeJson(e.instant(), e.type(),
                            e.statut(), e.message())).toList());
        }
    }

    record EvenementDemandeJson(Instant instant, TypeEvenement type, StatutDemande statut, String message) {
    }
}
