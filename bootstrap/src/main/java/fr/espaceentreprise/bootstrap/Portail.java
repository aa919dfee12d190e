package fr.espaceentreprise.bootstrap;

import fr.espaceentreprise.adapters.mail.FichierMailSender;
import fr.espaceentreprise.adapters.mail.RedacteurCourriels;
import fr.espaceentreprise.adapters.mail.ServeurSmtp;
import fr.espaceentreprise.adapters.mail.SmtpMailSender;
import fr.espaceentreprise.adapters.persistence.Persistance;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.adapters.web.ConfigurationWeb;
import fr.espaceentreprise.adapters.web.WebApplication;
import fr.espaceentreprise.application.EspaceEntreprise;
import fr.espaceentreprise.application.Reglages;
import fr.espaceentreprise.application.notification.MailSender;
import fr.espaceentreprise.bootstrap.demo.Demonstration;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole portal: configuration → database → ports → {@link EspaceEntreprise} → web server and scheduled tasks.
 */
public final class Portail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portail.class);

    /** Business dates (échéances, dates d'effet, the 2-year access rule) are Paris dates. */
    static final ZoneId FUSEAU_METIER = ZoneId.of("Europe/Paris");

    private final BaseDeDonnees base;
    private final Javalin web;
    private final TachesPlanifiees taches;

    private Portail(BaseDeDonnees base, Javalin web, TachesPlanifiees taches) {
        this.base = base;
        this.web = web;
        this.taches = taches;
    }

    public static Portail demarrer(Configuration configuration) {
        return demarrer(configuration, Clock.system(FUSEAU_METIER));
    }

    static Portail demarrer(Configuration configuration, Clock horloge) {
        CleDeChiffrement cle = CleDesSecrets.de(configuration);
        BaseDeDonnees base = BaseDeDonnees.ouvrir(configuration);
        try {
            Persistance persistance = Persistance.sur(base.dataSource(), horloge, cle);
            persistance.migrer();
            if (configuration.demoData()) {
                Demonstration.semer(persistance.stockage(), persistance.hacheur(), horloge);
            }
            configuration.maintenanceImposee().ifPresent(maintenance -> LOG.warn(
                    "Maintenance imposed by ESPACE_MAINTENANCE: {}",
                    maintenance.fermeTout() ? "whole space" : maintenance.rubriques()));
            EspaceEntreprise espace = new EspaceEntreprise(
                    persistance.ports(new RedacteurCourriels(configuration.baseUrl()),
                            mailSender(configuration, horloge)),
                    new Reglages(configuration.informations().centreRelationsClients(),
                            configuration.maintenanceImposee(), configuration.secondFacteur()));
            Javalin web = WebApplication.creer(new ConfigurationWeb(configuration.baseUrl(),
                    configuration.informations().alertesSecurite(), horloge), espace);
            web.start(configuration.port());
            return new Portail(base, web, TachesPlanifiees.demarrer(taches(espace.exploitation())));
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /** Mails every few seconds; housekeeping a minute after start (not in the way of starting), then hourly. */
    private static List<TachesPlanifiees.Tache> taches(EspaceEntreprise.Exploitation exploitation) {
        Duration uneMinute = Duration.ofMinutes(1);
        return List.of(
                new TachesPlanifiees.Tache("mails sent", TachesPlanifiees.DISTRIBUTION,
                        TachesPlanifiees.DISTRIBUTION, exploitation.distribuerCourriels()::distribuer),
                new TachesPlanifiees.Tache("contrats switched to their garantie programmée", uneMinute,
                        TachesPlanifiees.ENTRETIEN, exploitation.appliquerGarantiesProgrammees()::appliquer),
                new TachesPlanifiees.Tache("idempotency keys purged", uneMinute, TachesPlanifiees.ENTRETIEN,
                        exploitation.purgerClesIdempotence()::purger),
                new TachesPlanifiees.Tache("logins left waiting for their second factor purged", uneMinute,
                        TachesPlanifiees.ENTRETIEN, exploitation.purgerConnexionsEnAttente()::purger));
    }

    private static MailSender mailSender(Configuration configuration, Clock horloge) {
        Configuration.Smtp smtp = configuration.smtp();
        if (smtp.hote().isPresent()) {
            ServeurSmtp serveur = new ServeurSmtp(smtp.hote().get(), smtp.port(), smtp.utilisateur(),
                    smtp.motDePasse(), smtp.starttls());
            LOG.info("Mails are sent through {}", serveur);
            return new SmtpMailSender(serveur, smtp.expediteur(), horloge);
        }
        LOG.info("No SMTP server configured (ESPACE_SMTP_HOST): mails are written as .eml files to {}",
                configuration.repertoireCourriels());
        return new FichierMailSender(configuration.repertoireCourriels(), smtp.expediteur(), horloge);
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
        taches.close();
        web.stop();
        base.close();
    }
}
