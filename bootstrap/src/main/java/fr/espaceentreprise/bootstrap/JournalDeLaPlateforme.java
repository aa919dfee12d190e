package fr.espaceentreprise.bootstrap;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes {@link System.Logger} (the JDK's logging API, the only one the application ring may use) to SLF4J, so
 * that the use cases' logs land in the same log as everything else. Registered in
 * {@code META-INF/services/java.lang.System$LoggerFinder}.
 */
public final class JournalDeLaPlateforme extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new Journal(LoggerFactory.getLogger(name));
    }

    private static final class Journal implements System.Logger {

        private final Logger slf4j;

        Journal(Logger slf4j) {
            this.slf4j = slf4j;
        }

        @Override
        public String getName() {
            return slf4j.getName();
        }

        @Override
        public boolean isLoggable(Level level) {
            switch (level) {
                case ALL:
                case TRACE:
                    return slf4j.isTraceEnabled();
                case DEBUG:
                    return slf4j.isDebugEnabled();
                case INFO:
                    return slf4j.isInfoEnabled();
                case WARNING:
                    return slf4j.isWarnEnabled();
                case ERROR:
                    return slf4j.isErrorEnabled();
                default:
                    return false;
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable erreur) {
            if (isLoggable(level)) {
                ecrire(level, traduire(bundle, message), erreur);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... parametres) {
            if (isLoggable(level)) {
                String modele = traduire(bundle, format);
                ecrire(level, parametres == null || parametres.length == 0 ? modele
                        : MessageFormat.format(modele, parametres), null);
            }
        }

        private void ecrire(Level level, String message, Throwable erreur) {
            switch (level) {
                case ALL:
                case TRACE:
                    slf4j.trace(message, erreur);
                    break;
                case DEBUG:
                    slf4j.debug(message, erreur);
                    break;
                case INFO:
                    slf4j.info(message, erreur);
                    break;
                case WARNING:
                    slf4j.warn(message, erreur);
                    break;
                case ERROR:
                    slf4j.error(message, erreur);
                    break;
                default:
                    break;
            }
        }

        private static String traduire(ResourceBundle bundle, String cle) {
            return bundle != null && cle != null && bundle.containsKey(cle) ? bundle.getString(cle) : cle;
        }
    }
}
