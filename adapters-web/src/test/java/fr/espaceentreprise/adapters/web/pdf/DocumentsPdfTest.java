package fr.espaceentreprise.adapters.web.pdf;

import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.AUJOURDHUI;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.DOCUMENTS;
import static fr.espaceentreprise.adapters.web.pdf.DonneesPdf.LIEN;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.salarie.Attestation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class DocumentsPdfTest {

    @Test
    void warming_up_renders_every_document_without_error() {
        assertDoesNotThrow(DOCUMENTS::prechauffer);
    }

    @Test
    void documents_rendered_at_the_same_time_each_hold_their_own_text() throws Exception {
        String[][] noms = {{"Łukasz", "Wróbel"}, {"Şükrü", "Çelik"}, {"Thị Hoa", "Nguyễn"}, {"Camille", "Durand"}};
        List<Callable<Boolean>> taches = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String[] nom = noms[i % noms.length];
            Langue langue = Langue.values()[i % 2];
            int rang = i;
            taches.add(() -> {
                if (rang % 3 == 0) {
                    String texte = PdfLu.lire(DOCUMENTS.appels(DonneesPdf.export(40, nom[0] + " " + nom[1]),
                            "x", "", langue, AUJOURDHUI)).texte();
                    return texte.contains(nom[0] + " " + nom[1] + " CT-2024-0001") && texte.contains("Q-00000039");
                }
                Attestation attestation = DonneesPdf.attestation(nom[0], nom[1]);
                String texte = PdfLu.lire(DOCUMENTS.attestation(attestation, langue, LIEN)).texte();
                return texte.contains(nom[0] + " " + nom[1]) && texte.contains("01234-56789-ABCDE-FGHJK");
            });
        }
        ExecutorService executeur = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> resultats = executeur.invokeAll(taches);
            int justes = 0;
            for (Future<Boolean> resultat : resultats) {
                justes += resultat.get() ? 1 : 0;
            }
            assertEquals(taches.size(), justes);
        } finally {
            executeur.shutdownNow();
        }
    }

    @Test
    void every_document_is_a_pdf() {
        byte[] pdf = DOCUMENTS.attestation(DonneesPdf.attestation("Camille", "Durand"), Langue.FR, LIEN);

        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    }
}
