package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.donnees.ConsentementsRepositoryContract;
import fr.espaceentreprise.application.donnees.LectureDonneesPersonnellesContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the accounts' and personal data's ports, on the in-memory fakes. */
class ComptesEnMemoireContractTest {

    @Nested
    class Utilisateurs extends UtilisateurRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Identifiants extends IdentifiantsRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class TemporisationsSansCompte extends TemporisationSansCompteRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class SecondsFacteurs extends SecondsFacteursRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class ConnexionsEnAttente extends ConnexionsEnAttenteRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class JetonsApi extends JetonsApiRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Appareils extends AppareilsRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class DemandesInscription extends DemandeInscriptionRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Cgu extends CguRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Journal extends JournalAuditContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Limiteur extends LimiteurDeDebitContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class DecisionsCompte extends DecisionsCompteRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Effacement extends EffacementDonneesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureComptes extends LectureComptesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Consentements extends ConsentementsRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureDonneesPersonnelles extends LectureDonneesPersonnellesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }
}
