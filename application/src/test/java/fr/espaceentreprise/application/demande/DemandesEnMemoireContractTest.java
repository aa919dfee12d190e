package fr.espaceentreprise.application.demande;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.Stockage;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the demandes' ports, on the in-memory fakes. */
class DemandesEnMemoireContractTest {

    @Nested
    class Demandes extends DemandeRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class PiecesJointes extends PiecesJointesRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Cles extends ClesIdempotenceContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureDemandes extends LectureDemandesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureSuiviDemandes extends LectureSuiviDemandesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }
}
