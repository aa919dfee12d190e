package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.adapters.web.pdf.Redaction.Style;
import fr.espaceentreprise.adapters.web.pdf.Tableau.Colonne;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The appels a filter shows, on A4 landscape: on every page the same heading (périmètre, filter, date) and the
 * column titles, one line per appel with long texts cut with "…", the totals at the end, "Page n / N" below.
 */
final class ExportAppelsPdf {

    static final PDRectangle FORMAT = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float MARGE = 36;
    private static final float Y_PIED = 20;

    private static final Style TITRE = new Style(Police.GRASSE, 14);
    private static final Style ENTETE = new Style(Police.NORMALE, 9);
    private static final Style ENTETE_GRAS = new Style(Police.GRASSE, 9);
    private static final Style TABLEAU = new Style(Police.NORMALE, 8);
    private static final Style TOTAL = new Style(Police.GRASSE, 8);
    private static final Style PIED = new Style(Police.NORMALE, 7.5f);

    private static final int ENTREPRISE = 1;
    /**
     * Column widths follow their content, so that no amount is cut; the identifiers within these bounds (room for
     * their longest forms), the entreprise with what is left: titles wrap to leave it a comfortable width, and it
     * never gets less than the minimum.
     */
    private static final float QUITTANCE_MAX = 135;
    private static final float CONTRAT_MAX = 115;
    private static final float ENTREPRISE_CONFORTABLE = 140;
    private static final float ENTREPRISE_MIN = 110;

    private final Redaction redaction;
    private final TextesPdf textes;
    private final String perimetre;
    private final String filtre;
    private final String date;
    private final float gauche;
    private final float droite;

    private ExportAppelsPdf(Redaction redaction, TextesPdf textes, String perimetre, String filtre,
                            LocalDate aujourdhui) {
        this.redaction = redaction;
        this.textes = textes;
        this.perimetre = perimetre == null ? "" : perimetre;
        this.filtre = filtre == null ? "" : filtre;
        this.date = textes.date(aujourdhui);
        this.gauche = MARGE;
        this.droite = redaction.largeurPage() - MARGE;
    }

    static String titre(TextesPdf textes) {
        return textes.t("export.titre");
    }

    static void rediger(Redaction redaction, TextesPdf textes, ConsulterCotisations.Export export,
                        String perimetre, String filtre, LocalDate aujourdhui) {
        new ExportAppelsPdf(redaction, textes, perimetre, filtre, aujourdhui).rediger(export);
    }

    private void rediger(ConsulterCotisations.Export export) {
        List<String> titres = List.of(textes.t("export.colonne.quittance"), textes.t("export.colonne.entreprise"),
                textes.t("export.colonne.contrat"), textes.t("export.colonne.periode"),
                textes.t("export.colonne.echeance"), textes.t("export.colonne.appele"),
                textes.t("export.colonne.paye"), textes.t("export.colonne.restant"), textes.t("export.colonne.etat"));
        List<List<String>> lignes = new ArrayList<>(export.appels().size());
        for (AppelResume appel : export.appels()) {
            lignes.add(List.of(
                    appel.numeroQuittance().valeur(),
                    appel.raisonSociale(),
                    appel.numeroContrat().valeur(),
                    textes.periodeCourte(appel.periode()),
                    textes.date(appel.echeance()),
                    textes.montant(appel.montantAppele()),
                    textes.montant(appel.montantPaye()),
                    textes.montant(appel.montantRestant()),
                    textes.libelle(appel.etat())));
        }
        TotauxAppels totaux = export.totaux();
        int nombre = export.appels().size();
        String[] total = new String[titres.size()];
        Arrays.fill(total, "");
        total[0] = textes.t("export.total");
        total[1] = textes.t(nombre == 0 ? "export.nombre.zero" : nombre == 1 ? "export.nombre.un"
                : "export.nombre.plusieurs", "nombre", textes.entier(nombre));
        total[5] = textes.montant(totaux.appele());
        total[6] = textes.montant(totaux.paye());
        total[7] = textes.montant(totaux.restant());

        float[] largeurs = largeurs(titres, lignes, List.of(total));
        List<Colonne> colonnes = new ArrayList<>(titres.size());
        for (int i = 0; i < titres.size(); i++) {
            boolean montant = i >= 5 && i <= 7;
            colonnes.add(montant
                    ? Colonne.aDroite(titres.get(i), largeurs[i])
                    : Colonne.aGauche(titres.get(i), largeurs[i]));
        }
        Tableau tableau = new Tableau(redaction, gauche, nouvellePage(), colonnes, TABLEAU, true,
                MARGE, this::nouvellePage);
        tableau.entete();
        lignes.forEach(tableau::ligne);
        if (lignes.isEmpty()) {
            tableau.ligneUnique(textes.t("export.aucun"));
        }
        tableau.ligneDeTotal(List.of(total));
        redaction.piedsDePage(textes, textes.t("export.pied", "date", date), PIED, MARGE, Y_PIED);
    }

    /**
     * Each column as wide as its widest text (the totals in bold included) and as its title, the identifiers
     * within a limit, the entreprise with the rest of the page. When that leaves the entreprise too little,
     * titles wrap between words; when even that is not enough (amounts in billions), every other column gives
     * up the same share.
     */
    private float[] largeurs(List<String> titres, List<List<String>> lignes, List<String> total) {
        float[] contenu = new float[titres.size()];
        for (int i = 0; i < titres.size(); i++) {
            contenu[i] = redaction.largeur(total.get(i), TOTAL);
        }
        for (List<String> ligne : lignes) {
            for (int i = 0; i < ligne.size(); i++) {
                if (i != ENTREPRISE) {
                    contenu[i] = Math.max(contenu[i], redaction.largeur(ligne.get(i), TABLEAU));
                }
            }
        }
        float[] largeurs = largeurs(titres, contenu, false);
        if (largeurs[ENTREPRISE] < ENTREPRISE_CONFORTABLE) {
            largeurs = largeurs(titres, contenu, true);
        }
        return largeurs;
    }

    private float[] largeurs(List<String> titres, float[] contenu, boolean titresCoupes) {
        float marges = 2 * Tableau.MARGE_CELLULE;
        float[] largeurs = new float[titres.size()];
        for (int i = 0; i < titres.size(); i++) {
            float titre = 0;
            for (String mot : titresCoupes ? titres.get(i).split(" ") : new String[] {titres.get(i)}) {
                titre = Math.max(titre, redaction.largeur(mot, TOTAL));
            }
            largeurs[i] = Math.max(titre, contenu[i]) + marges;
        }
        largeurs[0] = Math.min(largeurs[0], QUITTANCE_MAX);
        largeurs[2] = Math.min(largeurs[2], CONTRAT_MAX);
        float autres = 0;
        for (int i = 0; i < largeurs.length; i++) {
            autres += i == ENTREPRISE ? 0 : largeurs[i];
        }
        float page = droite - gauche;
        if (page - autres < ENTREPRISE_MIN) {
            float reduction = (autres + ENTREPRISE_MIN - page) / (largeurs.length - 1);
            for (int i = 0; i < largeurs.length; i++) {
                largeurs[i] -= i == ENTREPRISE ? 0 : reduction;
            }
            autres = page - ENTREPRISE_MIN;
        }
        largeurs[ENTREPRISE] = page - autres;
        return largeurs;
    }

    /** Starts a page with the heading every page repeats; answers where the table starts. */
    private float nouvellePage() {
        redaction.nouvellePage();
        float y = redaction.hauteurPage() - MARGE - TITRE.taille();
        redaction.texte(textes.t("export.titre"), gauche, y, TITRE);
        redaction.texteADroite(textes.t("export.edite_le", "date", date), droite, y, ENTETE);
        y -= 17;
        ligneDEntete(textes.t("export.perimetre"), perimetre, y);
        y -= 13;
        if (!filtre.isBlank()) {
            ligneDEntete(textes.t("export.filtre"), filtre, y);
        }
        return y - 10;
    }

    private void ligneDEntete(String libelle, String valeur, float y) {
        String etiquette = libelle + " ";
        redaction.texte(etiquette, gauche, y, ENTETE_GRAS);
        float x = gauche + redaction.largeur(etiquette, ENTETE_GRAS);
        redaction.texte(redaction.tronquer(valeur, ENTETE, droite - x), x, y, ENTETE);
    }
}
