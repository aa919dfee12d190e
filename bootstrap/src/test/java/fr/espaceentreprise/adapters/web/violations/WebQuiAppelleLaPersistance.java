package fr.espaceentreprise.adapters.web.violations;

import com.nulabinc.zxcvbn.Zxcvbn;
import com.zaxxer.hikari.HikariDataSource;
import de.mkammerer.argon2.Argon2;
import fr.espaceentreprise.adapters.persistence.violations.PersistanceQuiEmpruntePartout;
import fr.espaceentreprise.bootstrap.Portail;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): the web adapter reaching everywhere. */
public class WebQuiAppelleLaPersistance {

    PersistanceQuiEmpruntePartout persistance;
    Portail portail;
    Flyway flyway;
    Argon2 argon2;
    PGConnection connexion;
    HikariDataSource pool;
    Zxcvbn robustesse;
}
