package fr.espaceentreprise.adapters.web.contenu;

import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.domain.commun.Langue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A file's size as people read it: "84 Ko" / "84 KB" under a mebibyte, "2,4 Mo" / "2.4 MB" above. */
final class Taille {

    private static final int KIO = 1024;
    private static final int MIO = 1024 * 1024;

    private Taille() {
    }

    static String lisible(Page page, long octets) {
        if (octets < MIO) {
            long kio = Math.max(1, (octets + KIO - 1) / KIO);
            return page.t("document.taille.ko", "valeur", Long.toString(kio));
        }
        String mio = BigDecimal.valueOf(octets).divide(BigDecimal.valueOf(MIO), 1, RoundingMode.HALF_UP)
                .toPlainString();
        return page.t("document.taille.mo", "valeur", page.langue() == Langue.FR ? mio.replace('.', ',') : mio);
    }
}
