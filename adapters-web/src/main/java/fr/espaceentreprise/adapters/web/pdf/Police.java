package fr.espaceentreprise.adapters.web.pdf;

/** The two faces the documents use, both DejaVu Sans: regular for text, bold for titles and what matters. */
enum Police {
    NORMALE("DejaVuSans.ttf"),
    GRASSE("DejaVuSans-Bold.ttf");

    private static final String DOSSIER = "/net/sf/jasperreports/fonts/dejavu/";

    private final String fichier;

    Police(String fichier) {
        this.fichier = fichier;
    }

    String ressource() {
        return DOSSIER + fichier;
    }
}
