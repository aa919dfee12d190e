package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.application.PortsEnMemoire;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.cotisation.AppelDeCotisationRepositoryContract;
import fr.espaceentreprise.application.cotisation.LectureCotisationsContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the ports of salariés, attestations and cotisations, on the in-memory fakes. */
class SalariesEnMemoireContractTest {

    @Nested
    class Salaries extends SalarieRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureSalaries extends LectureSalariesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Attestations extends AttestationRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class Appels extends AppelDeCotisationRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }

    @Nested
    class LectureCotisations extends LectureCotisationsContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return new PortsEnMemoire().stockage();
        }
    }
}
