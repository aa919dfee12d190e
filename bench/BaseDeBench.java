import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's database, run from source with the portal's libraries on the class path:
 * <pre>
 *   java -cp 'bootstrap/target/lib/*' bench/BaseDeBench.java demarrer DATA_DIR PORT   # runs until killed
 *   java -cp 'bootstrap/target/lib/*' bench/BaseDeBench.java sql JDBC_URL FILE        # runs a SQL script
 * </pre>
 * The same embedded PostgreSQL as the portal's (zonky, PostgreSQL 17, durable settings), on a fixed port so that the portal can be
 * stopped and started again against it (a cold start is one of the measures).
 */
public final class BaseDeBench {

    public static void main(String[] arguments) throws Exception {
        switch (arguments.length == 3 ? arguments[0] : "") {
            case "demarrer" -> demarrer(Path.of(arguments[1]), Integer.parseInt(arguments[2]));
            case "sql" -> executer(arguments[1], Path.of(arguments[2]));
            default -> {
                System.err.println("usage: demarrer DATA_DIR PORT | sql JDBC_URL FILE");
                System.exit(2);
            }
        }
    }

    private static void demarrer(Path repertoire, int port) throws Exception {
        Files.createDirectories(repertoire);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(repertoire)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
        CountDownLatch arret = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                arret.countDown();
            }
        }));
        System.out.println("PostgreSQL ready on port " + port);
        arret.await();
    }

    private static void executer(String url, Path fichier) throws Exception {
        long debut = System.nanoTime();
        try (Connection connexion = DriverManager.getConnection(url, "postgres", "");
             Statement instruction = connexion.createStatement()) {
            instruction.execute(Files.readString(fichier));
        }
        System.out.printf("%s ran in %d s%n", fichier, Duration.ofNanos(System.nanoTime() - debut).toSeconds());
    }
}
