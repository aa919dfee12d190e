package fr.espaceentreprise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The application ring logs through System.Logger; those logs must reach the portal's log. */
class JournalDeLaPlateformeTest {

    @Test
    void the_jdk_logging_api_writes_to_the_portal_log() {
        Logger logback = (Logger) LoggerFactory.getLogger("fr.espaceentreprise.test.journal");
        ListAppender<ILoggingEvent> ecrits = new ListAppender<>();
        ecrits.start();
        logback.addAppender(ecrits);
        logback.setLevel(Level.INFO);

        System.Logger logger = System.getLogger("fr.espaceentreprise.test.journal");
        logger.log(System.Logger.Level.WARNING, () -> "Mail <m1@x> not sent");
        logger.log(System.Logger.Level.INFO, "{0} mail(s) sent", 3);
        logger.log(System.Logger.Level.DEBUG, "below the level");

        assertInstanceOf(JournalDeLaPlateforme.class, System.LoggerFinder.getLoggerFinder());
        assertEquals(List.of("WARN Mail <m1@x> not sent", "INFO 3 mail(s) sent"), ecrits.list.stream()
                .map(evenement -> evenement.getLevel() + " " + evenement.getFormattedMessage()).toList());
    }
}
