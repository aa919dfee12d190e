package fr.espaceentreprise.adapters.persistence;

import fr.espaceentreprise.adapters.persistence.commun.ChiffrementSecrets;
import fr.espaceentreprise.adapters.persistence.commun.CleDeChiffrement;
import fr.espaceentreprise.adapters.persistence.compte.Argon2PasswordHasher;
import fr.espaceentreprise.adapters.persistence.compte.JooqAppareilsRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqCguRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqConnexionsEnAttenteRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqConsentementsRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqDecisionsCompteRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqDemandeInscriptionRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqEffacementDonnees;
import fr.espaceentreprise.adapters.persistence.compte.JooqIdentifiantsRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqJetonsApiRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqJournalAudit;
import fr.espaceentreprise.adapters.persistence.compte.JooqLectureComptes;
import fr.espaceentreprise.adapters.persistence.compte.JooqLectureDonneesPersonnelles;
import fr.espaceentreprise.adapters.persistence.compte.JooqLimiteurDeDebit;
import fr.espaceentreprise.adapters.persistence.compte.JooqSecondsFacteursRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqSessionRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqTemporisationSansCompteRepository;
import fr.espaceentreprise.adapters.persistence.compte.JooqUtilisateurRepository;
import fr.espaceentreprise.adapters.persistence.compte.SecureRandomGenerateurSecrets;
import fr.espaceentreprise.adapters.persistence.compte.ZxcvbnRobustesse;
import fr.espaceentreprise.adapters.persistence.contenu.JooqAideRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqContactRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqDocumentRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqFaqRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqLectureDocuments;
import fr.espaceentreprise.adapters.persistence.contenu.JooqNumerosUrgenceRepository;
import fr.espaceentreprise.adapters.persistence.contenu.JooqPaysDesSalaries;
import fr.espaceentreprise.adapters.persistence.contrat.JooqContratRepository;
import fr.espaceentreprise.adapters.persistence.cotisation.JooqAppelDeCotisationRepository;
import fr.espaceentreprise.adapters.persistence.cotisation.JooqLectureCotisations;
import fr.espaceentreprise.adapters.persistence.demande.JooqClesIdempotence;
import fr.espaceentreprise.adapters.persistence.demande.JooqDemandeRepository;
import fr.espaceentreprise.adapters.persistence.demande.JooqLectureDemandes;
import fr.espaceentreprise.adapters.persistence.demande.JooqLectureSuiviDemandes;
import fr.espaceentreprise.adapters.persistence.demande.JooqPiecesJointesRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqEntrepriseRepository;
import fr.espaceentreprise.adapters.persistence.entreprise.JooqLectureEntreprises;
import fr.espaceentreprise.adapters.persistence.exploitation.JdbcSondeBaseDeDonnees;
import fr.espaceentreprise.adapters.persistence.exploitation.JooqMaintenanceRepository;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandatRepository;
import fr.espaceentreprise.adapters.persistence.mandataire.JooqMandataireRepository;
import fr.espaceentreprise.adapters.persistence.notification.JooqBoiteDEnvoi;
import fr.espaceentreprise.adapters.persistence.notification.JooqNotifications;
import fr.espaceentreprise.adapters.persistence.salarie.JooqAttestationRepository;
import fr.espaceentreprise.adapters.persistence.salarie.JooqLectureSalaries;
import fr.espaceentreprise.adapters.persistence.salarie.JooqSalarieRepository;
import fr.espaceentreprise.application.Ports;
import fr.espaceentreprise.application.Stockage;
import fr.espaceentreprise.application.compte.GenerateurSecrets;
import fr.espaceentreprise.application.compte.PasswordHasher;
import fr.espaceentreprise.application.compte.RobustesseMotDePasse;
import fr.espaceentreprise.application.notification.MailSender;
import fr.espaceentreprise.application.notification.RedactionCourriels;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The persistence ring's one entry: over a PostgreSQL {@link DataSource}, one {@link DSLContext}, one
 * {@link JooqTransactions} and one adapter of each port, given together as the core's {@link Stockage}, with the
 * password hasher, the password-strength check and the secrets generator that live here too. The secrets it must
 * read back (the TOTP secrets) are encrypted under a {@link CleDeChiffrement} kept outside the database.
 *
 * <pre>
 * Persistance persistance = Persistance.sur(dataSource, horloge, CleDeChiffrement.depuisBase64(cleEnBase64));
 * persistance.migrer();
 * EspaceEntreprise espace = new EspaceEntreprise(persistance.ports(redaction, mailSender), reglages);
 * </pre>
 */
public final class Persistance {

    private final DataSource dataSource;
    private final Clock horloge;
    private final Stockage stockage;
    private final PasswordHasher hacheur = new Argon2PasswordHasher();
    private final RobustesseMotDePasse robustesse = new ZxcvbnRobustesse();
    private final GenerateurSecrets generateur = new SecureRandomGenerateurSecrets();

    private Persistance(DataSource dataSource, Clock horloge, CleDeChiffrement cle) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.horloge = Objects.requireNonNull(horloge, "horloge");
        this.stockage = stockage(dsl(dataSource), dataSource, horloge,
                new ChiffrementSecrets(Objects.requireNonNull(cle, "cle")));
    }

    /**
     * @param horloge stamps the mails queued (the same clock as the core's)
     * @param cle     encrypts the TOTP secrets: the same key on every instance and from one start to the next, or
     *                the second factors enrolled under another no longer read
     */
    public static Persistance sur(DataSource dataSource, Clock horloge, CleDeChiffrement cle) {
        return new Persistance(dataSource, horloge, cle);
    }

    /** Applies the Flyway migrations of {@code classpath:db/migration} to the data source's current schema. */
    public void migrer() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public Stockage stockage() {
        return stockage;
    }

    public PasswordHasher hacheur() {
        return hacheur;
    }

    /** Every port of the core: those of this ring, and the mail's given by the caller. */
    public Ports ports(RedactionCourriels redaction, MailSender mailSender) {
        return new Ports(stockage, hacheur, robustesse, generateur, redaction, mailSender, horloge);
    }

    /**
     * A PostgreSQL {@link DSLContext} over {@code dataSource} whose transactions are bound to the calling thread
     * ({@link ThreadLocalTransactionProvider}): a repository holding this context joins the transaction
     * {@link JooqTransactions} runs, and outside one each statement autocommits. Unique-key violations on natural
     * keys surface as domain conflicts (see {@link ClesNaturelles}).
     */
    public static DSLContext dsl(DataSource dataSource) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.POSTGRES);
        configuration.set(new Settings().withRenderSchema(false).withExecuteLogging(false));
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        configuration.set(new DefaultExecuteListenerProvider(new ClesNaturelles()));
        return DSL.using(configuration);
    }

    private static Stockage stockage(DSLContext dsl, DataSource dataSource, Clock horloge,
                                     ChiffrementSecrets chiffrement) {
        return new Stockage(
                new JooqTransactions(dsl),
                new JooqUtilisateurRepository(dsl),
                new JooqIdentifiantsRepository(dsl),
                new JooqTemporisationSansCompteRepository(dsl),
                new JooqSessionRepository(dsl),
                new JooqSecondsFacteursRepository(dsl, chiffrement),
                new JooqConnexionsEnAttenteRepository(dsl),
                new JooqJetonsApiRepository(dsl),
                new JooqAppareilsRepository(dsl),
                new JooqDemandeInscriptionRepository(dsl),
                new JooqCguRepository(dsl),
                new JooqJournalAudit(dsl),
                new JooqLimiteurDeDebit(dsl),
                new JooqDecisionsCompteRepository(dsl),
                new JooqEffacementDonnees(dsl),
                new JooqLectureComptes(dsl),
                new JooqConsentementsRepository(dsl),
                new JooqLectureDonneesPersonnelles(dsl),
                new JooqEntrepriseRepository(dsl),
                new JooqLectureEntreprises(dsl),
                new JooqMandataireRepository(dsl),
                new JooqMandatRepository(dsl),
                new JooqContratRepository(dsl),
                new JooqSalarieRepository(dsl),
                new JooqLectureSalaries(dsl),
                new JooqAttestationRepository(dsl),
                new JooqPaysDesSalaries(dsl),
                new JooqAppelDeCotisationRepository(dsl),
                new JooqLectureCotisations(dsl),
                new JooqDemandeRepository(dsl),
                new JooqPiecesJointesRepository(dsl),
                new JooqClesIdempotence(dsl),
                new JooqLectureDemandes(dsl),
                new JooqLectureSuiviDemandes(dsl),
                new JooqNumerosUrgenceRepository(dsl),
                new JooqContactRepository(dsl),
                new JooqFaqRepository(dsl),
                new JooqAideRepository(dsl),
                new JooqDocumentRepository(dsl),
                new JooqLectureDocuments(dsl),
                new JooqMaintenanceRepository(dsl),
                new JooqNotifications(dsl, horloge),
                new JooqBoiteDEnvoi(dsl),
                new JdbcSondeBaseDeDonnees(dataSource)).verifie();
    }
}
