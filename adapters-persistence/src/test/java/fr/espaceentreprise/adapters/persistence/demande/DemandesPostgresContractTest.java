package fr.espaceentreprise.adapters.persistence.demande;

import fr.espaceentreprise.adapters.persistence.MondePostgres;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.demande.ClesIdempotenceContract;
import fr.espaceentreprise.application.demande.DemandeRepositoryContract;
import fr.espaceentreprise.application.demande.LectureDemandesContract;
import fr.espaceentreprise.application.demande.LectureSuiviDemandesContract;
import fr.espaceentreprise.application.demande.PiecesJointesRepositoryContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the demandes' ports, on PostgreSQL. */
class DemandesPostgresContractTest {

    @Nested
    class Demandes extends DemandeRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class PiecesJointes extends PiecesJointesRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Cles extends ClesIdempotenceContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureDemandes extends LectureDemandesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureSuiviDemandes extends LectureSuiviDemandesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }
}
