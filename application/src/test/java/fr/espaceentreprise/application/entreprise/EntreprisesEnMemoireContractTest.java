package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.contrat.ContratRepositoryContract;
import fr.espaceentreprise.application.mandataire.MandatRepositoryContract;
import fr.espaceentreprise.application.mandataire.MandataireRepositoryContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the ports of entreprises, mandataires, mandats and contrats, on the in-memory fakes. */
class EntreprisesEnMemoireContractTest {

    @Nested
    class Entreprises extends EntrepriseRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureEntreprises extends LectureEntreprisesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Mandataires extends MandataireRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Mandats extends MandatRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Contrats extends ContratRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }
}
