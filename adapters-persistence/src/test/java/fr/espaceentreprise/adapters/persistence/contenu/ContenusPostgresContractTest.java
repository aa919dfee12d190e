package fr.espaceentreprise.adapters.persistence.contenu;

import fr.espaceentreprise.adapters.persistence.MondePostgres;
import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.contenu.AideRepositoryContract;
import fr.espaceentreprise.application.contenu.ContactRepositoryContract;
import fr.espaceentreprise.application.contenu.DocumentRepositoryContract;
import fr.espaceentreprise.application.contenu.FaqRepositoryContract;
import fr.espaceentreprise.application.contenu.LectureDocumentsContract;
import fr.espaceentreprise.application.contenu.NumerosUrgenceRepositoryContract;
import fr.espaceentreprise.application.contenu.PaysDesSalariesContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The contracts of the contents' ports (emergency numbers, contacts, FAQ, help, documents, countries), on PostgreSQL. */
class ContenusPostgresContractTest {

    @Nested
    class NumerosUrgence extends NumerosUrgenceRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class Faq extends FaqRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    /** The help is what the migrations wrote: a schema of its own, as migrated, that nothing empties. */
    @Nested
    class Aide extends AideRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return Persistance.sur(PostgresTestDatabase.nouvelleSourceDeDonnees(), horloge,
                    CleDeChiffrement.nouvelle()).stockage();
        }
    }

    @Nested
    class Documents extends DocumentRepositoryContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class LectureDocuments extends LectureDocumentsContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }

    @Nested
    class PaysDesSalaries extends PaysDesSalariesContract {
        @Override
        protected Stockage nouveauStockage(Clock horloge) {
            return MondePostgres.vide(horloge);
        }
    }
}
