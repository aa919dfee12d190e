package fr.espaceentreprise.adapters.persistence.salarie;

import fr.espaceentreprise.adapters.persistence.MondePostgres;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.cotisation.AppelDeCotisationRepositoryContract;
import fr.espaceentreprise.application.cotisation.LectureCotisationsContract;
import fr.espaceentreprise.application.salarie.AttestationRepositoryContract;
import fr.espaceentreprise.application.salarie.LectureSalariesContract;
import fr.espaceentreprise.application.salarie.SalarieRepositoryContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the ports of salariés, attestations and cotisations, on PostgreSQL. */
class SalariesPostgresContractTest {

    @Nested
    class Salaries extends SalarieRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureSalaries extends LectureSalariesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Attestations extends AttestationRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Appels extends AppelDeCotisationRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureCotisations extends LectureCotisationsContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }
}
