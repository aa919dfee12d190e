package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.Stockage;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the contents' ports (emergency numbers, contacts, FAQ, help, documents, countries), in memory. */
class ContenusEnMemoireContractTest {

    @Nested
    class NumerosUrgence extends NumerosUrgenceRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Faq extends FaqRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Aide extends AideRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Documents extends DocumentRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureDocuments extends LectureDocumentsContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class PaysDesSalaries extends PaysDesSalariesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }
}
