package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.page.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery codes as a text file to download from the page that shows them once. The file is the link itself, a
 * {@code data:} URI opened with the {@code download} attribute: the codes are not sent again by anybody, the server
 * keeps nothing to serve them a second time, no address a proxy or a log could keep holds them, and no script is
 * needed. The browser's list of downloads may remember the link, as the disk keeps the file the user saved.
 */
public final class FichierCodesDeSecours {

    private static final String FIN_DE_LIGNE = "\r\n";

    private FichierCodesDeSecours() {
    }

    /** The {@code href} of the link: the file, in the page's language, one code a line. */
    public static String lien(Page page, List<String> codes) {
        List<String> lignes = new ArrayList<>();
        lignes.add(page.t("codesDeSecours.fichier.titre"));
        lignes.add("");
        lignes.addAll(codes);
        lignes.add("");
        lignes.add(page.t("codesDeSecours.fichier.usage"));
        String texte = String.join(FIN_DE_LIGNE, lignes) + FIN_DE_LIGNE;
        return "data:text/plain;charset=utf-8," + URLEncoder.encode(texte, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
