package fr.espaceentreprise.adapters.web.consultation;

import fr.espaceentreprise.domain.commun.CleDeTri;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Consumer;

/**
 * A file the browser saves rather than shows: its type, {@code Content-Disposition: attachment} with an ASCII
 * name, and {@code Cache-Control: no-store} (every document of the portal is personal).
 */
public final class Telechargement {

    public static final String PDF = "application/pdf";

    private Telechargement() {
    }

    public static void pdf(Context ctx, String nomDeFichier, byte[] document) {
        entetes(ctx, PDF, nomDeFichier);
        ctx.result(document);
    }

    /**
     * A file as it was sent to the portal (a published document, a demande's attachment), under its name made safe
     * ({@link #nomDeFichier}) with the extension of its type, never sniffed into something the browser would run.
     */
    public static void fichier(Context ctx, String type, String nomEnvoye, String extension, byte[] contenu) {
        int point = nomEnvoye.lastIndexOf('.');
        entetes(ctx, type, nomDeFichier(point > 0 ? nomEnvoye.substring(0, point) : nomEnvoye) + extension);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(contenu);
    }

    /**
     * A CSV written line by line as {@code lignes} hands them. The headers go out with the first line only, so a
     * refusal thrown before (an entreprise outside the périmètre) still answers as an error page or a problem.
     */
    public static void csv(Context ctx, String nomDeFichier, List<String> entete,
            Consumer<Consumer<List<String>>> lignes) {
        Csv[] csv = new Csv[1];
        Runnable ouvrir = () -> {
            if (csv[0] == null) {
                entetes(ctx, Csv.TYPE, nomDeFichier);
                csv[0] = new Csv(ctx.outputStream());
                csv[0].ligne(entete);
            }
        };
        lignes.accept(ligne -> {
            ouvrir.run();
            csv[0].ligne(ligne);
        });
        ouvrir.run();
        csv[0].terminer();
    }

    /** "Durand Émile", "2026-03-02" → "durand-emile-2026-03-02": what every system accepts in a file name. */
    public static String nomDeFichier(String... parties) {
        StringBuilder nom = new StringBuilder();
        for (String partie : parties) {
            String cle = CleDeTri.de(partie).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (!cle.isEmpty()) {
                if (nom.length() > 0) {
                    nom.append('-');
                }
                nom.append(cle);
            }
        }
        return nom.length() == 0 ? "document" : nom.toString();
    }

    private static void entetes(Context ctx, String type, String nomDeFichier) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + nomDeFichier + "\"");
        ctx.header("Cache-Control", "no-store");
    }
}
