package fr.espaceentreprise.bootstrap.demo;

import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.compte.PasswordHasher;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo a local run starts with: companies and brokers, accounts ready to log in, documents to download. */
public final class Demonstration {

    private static final Logger LOG = LoggerFactory.getLogger(Demonstration.class);

    private Demonstration() {
    }

    /** Seeds what is missing; each part is left alone once present, so a restart keeps what a demo changed. */
    public static void semer(Stockage stockage, PasswordHasher hacheur, Clock horloge) {
        if (new DonneesDemo(stockage).semer(LocalDate.now(horloge))) {
            LOG.info("Demo data seeded (companies 10000001 to 10000004, brokers 20000001 and 20000002)");
        } else {
            LOG.info("Demo data already present");
        }
        if (new ComptesDemo(stockage, hacheur).preparer(horloge.instant()) > 0) {
            LOG.info("Demo accounts ready to log in (see README): {}", ComptesDemo.CONNEXIONS.keySet());
        }
        int documents = new DocumentsDemo(stockage).publier(horloge.instant());
        if (documents > 0) {
            LOG.info("{} demo documents published in the rubrique Téléchargement", documents);
        }
    }
}
