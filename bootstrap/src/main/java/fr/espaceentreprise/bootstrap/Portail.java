package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.exploitation.JdbcSondeBaseDeDonnees;
import fr.espaceentreprise.adapters.web.WebApplication;
import fr.espaceentreprise.application.exploitation.ConsulterSanteService;
import io.javalin.Javalin;
import java.net.URI;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole portal wired together: database, migrations, demo data, use cases, web server. */
public final class Portail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portail.class);

    private final BaseDeDonnees base;
    private final Javalin web;

    private Portail(BaseDeDonnees base, Javalin web) {
        this.base = base;
        this.web = web;
    }

    public static Portail demarrer(Configuration configuration) {
        BaseDeDonnees base = BaseDeDonnees.ouvrir(configuration);
        try {
            DataSource dataSource = base.dataSource();
            Persistance.migrer(dataSource);
            Javalin web = WebApplication.creer(new ConsulterSanteService(new JdbcSondeBaseDeDonnees(dataSource)));
            web.start(configuration.port());
            return new Portail(base, web);
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    DataSource dataSource() {
        return base.dataSource();
    }

    public URI adresseLocale() {
        return URI.create("http://localhost:" + port());
    }

    @Override
    public void close() {
        LOG.info("Stopping the portal");
        web.stop();
        base.close();
    }
}
