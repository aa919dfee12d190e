package fr.espaceentreprise.adapters.persistence.compte;

import fr.espaceentreprise.adapters.persistence.MondePostgres;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.compte.AppareilsRepositoryContract;
import fr.espaceentreprise.application.compte.CguRepositoryContract;
import fr.espaceentreprise.application.compte.ConnexionsEnAttenteRepositoryContract;
import fr.espaceentreprise.application.compte.DecisionsCompteRepositoryContract;
import fr.espaceentreprise.application.compte.DemandeInscriptionRepositoryContract;
import fr.espaceentreprise.application.compte.EffacementDonneesContract;
import fr.espaceentreprise.application.compte.IdentifiantsRepositoryContract;
import fr.espaceentreprise.application.compte.JetonsApiRepositoryContract;
import fr.espaceentreprise.application.compte.JournalAuditContract;
import fr.espaceentreprise.application.compte.LectureComptesContract;
import fr.espaceentreprise.application.compte.LimiteurDeDebitContract;
import fr.espaceentreprise.application.compte.SecondsFacteursRepositoryContract;
import fr.espaceentreprise.application.compte.SessionRepositoryContract;
import fr.espaceentreprise.application.compte.TemporisationSansCompteRepositoryContract;
import fr.espaceentreprise.application.compte.UtilisateurRepositoryContract;
import fr.espaceentreprise.application.donnees.ConsentementsRepositoryContract;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnellesContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the accounts' and personal data's ports, on PostgreSQL. */
class ComptesPostgresContractTest {

    @Nested
    class Utilisateurs extends UtilisateurRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Identifiants extends IdentifiantsRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class TemporisationsSansCompte extends TemporisationSansCompteRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class SecondsFacteurs extends SecondsFacteursRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class ConnexionsEnAttente extends ConnexionsEnAttenteRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class JetonsApi extends JetonsApiRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Appareils extends AppareilsRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class DemandesInscription extends DemandeInscriptionRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Cgu extends CguRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Journal extends JournalAuditContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Limiteur extends LimiteurDeDebitContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class DecisionsCompte extends DecisionsCompteRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Effacement extends EffacementDonneesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureComptes extends LectureComptesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Consentements extends ConsentementsRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureDonneesPersonnelles extends LectureDonneesPersonnellesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }
}
