package fr.espaceentreprise.adapters.persistence.entreprise;

import fr.espaceentreprise.adapters.persistence.MondePostgres;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.contrat.ContratRepositoryContract;
import fr.espaceentreprise.application.entreprise.EntrepriseRepositoryContract;
import fr.espaceentreprise.application.entreprise.LectureEntreprisesContract;
import fr.espaceentreprise.application.mandataire.MandatRepositoryContract;
import fr.espaceentreprise.application.mandataire.MandataireRepositoryContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the ports of entreprises, mandataires, mandats and contrats, on PostgreSQL. */
class EntreprisesPostgresContractTest {

    @Nested
    class Entreprises extends EntrepriseRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureEntreprises extends LectureEntreprisesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Mandataires extends MandataireRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Mandats extends MandatRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Contrats extends ContratRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }
}
