package fr.espaceentreprise.adapters.web.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A table that runs over as many pages as it needs: a header row in bold on grey, repeated at the top of every
 * page, then rows striped every other line. A cell's text is either wrapped over several lines or cut with
 * "…" to its column's width, so that long names never overflow into the next column.
 */
final class Tableau {

    enum Alignement { GAUCHE, DROITE }

    record Colonne(String titre, float largeur, Alignement alignement) {

        static Colonne aGauche(String titre, float largeur) {
            return new Colonne(titre, largeur, Alignement.GAUCHE);
        }

        static Colonne aDroite(String titre, float largeur) {
            return new Colonne(titre, largeur, Alignement.DROITE);
        }
    }

    static final float MARGE_CELLULE = 4;
    private static final float GRIS_ENTETE = 0.88f;
    private static final float GRIS_RAYURE = 0.955f;
    private static final float GRIS_TRAIT = 0.55f;

    private final Redaction redaction;
    private final float x;
    private final List<Colonne> colonnes;
    private final Redaction.Style style;
    private final Redaction.Style styleEntete;
    private final boolean tronquer;
    private final float basDePage;
    private final Supplier<Float> pageSuivante;
    private final float interligne;
    private final float margeVerticale;
    private float y;
    private int rang;

    /**
     * @param y            where the table starts on the current page
     * @param tronquer     cut cells to one line with "…" (true) or wrap them (false)
     * @param basDePage    no row goes below this
     * @param pageSuivante starts a new page with its own heading and answers where the table goes on
     */
    Tableau(Redaction redaction, float x, float y, List<Colonne> colonnes, Redaction.Style style,
            boolean tronquer, float basDePage, Supplier<Float> pageSuivante) {
        this.redaction = redaction;
        this.x = x;
        this.y = y;
        this.colonnes = List.copyOf(colonnes);
        this.style = style;
        this.styleEntete = new Redaction.Style(Police.GRASSE, style.taille());
        this.tronquer = tronquer;
        this.basDePage = basDePage;
        this.pageSuivante = pageSuivante;
        this.interligne = style.taille() * 1.3f;
        this.margeVerticale = style.taille() * 0.35f;
    }

    float largeur() {
        float largeur = 0;
        for (Colonne colonne : colonnes) {
            largeur += colonne.largeur();
        }
        return largeur;
    }

    /** Height of a row of one line. */
    float hauteurDeLigne() {
        return interligne + 2 * margeVerticale;
    }

    /** Where the next row goes. */
    float y() {
        return y;
    }

    void entete() {
        List<String> titres = new ArrayList<>(colonnes.size());
        colonnes.forEach(colonne -> titres.add(colonne.titre()));
        List<List<String>> lignes = decouper(titres, styleEntete, false);
        float hauteur = hauteur(lignes);
        redaction.rectangle(x, y - hauteur, largeur(), hauteur);
        redaction.remplir(GRIS_ENTETE);
        ecrire(lignes, styleEntete);
        y -= hauteur;
        redaction.trait(x, y, x + largeur(), y, 0.6f, GRIS_TRAIT);
        rang = 0;
    }

    void ligne(List<String> cellules) {
        List<List<String>> lignes = decouper(cellules, style, tronquer);
        float hauteur = hauteur(lignes);
        assurerLaPlace(hauteur);
        if (rang % 2 == 1) {
            redaction.rectangle(x, y - hauteur, largeur(), hauteur);
            redaction.remplir(GRIS_RAYURE);
        }
        ecrire(lignes, style);
        y -= hauteur;
        rang++;
    }

    /** A row set apart: bold, over a line, never striped (totals). */
    void ligneDeTotal(List<String> cellules) {
        List<List<String>> lignes = decouper(cellules, styleEntete, tronquer);
        assurerLaPlace(hauteur(lignes) + 2);
        y -= 2;
        redaction.trait(x, y + 1, x + largeur(), y + 1, 0.8f, 0);
        ecrire(lignes, styleEntete);
        y -= hauteur(lignes);
    }

    /** A line of text across the whole table (e.g. "nothing to show"). */
    void ligneUnique(String texte) {
        List<String> lignes = redaction.couper(texte, style, largeur() - 2 * MARGE_CELLULE);
        float hauteur = lignes.size() * interligne + 2 * margeVerticale;
        assurerLaPlace(hauteur);
        float base = y - margeVerticale - style.taille() * 0.95f;
        for (String ligne : lignes) {
            redaction.texte(ligne, x + MARGE_CELLULE, base, style);
            base -= interligne;
        }
        y -= hauteur;
    }

    private void assurerLaPlace(float hauteur) {
        if (y - hauteur < basDePage) {
            y = pageSuivante.get();
            entete();
        }
    }

    /** Column titles are always wrapped: a cut title would not say what the column holds. */
    private List<List<String>> decouper(List<String> cellules, Redaction.Style styleLigne, boolean enUneLigne) {
        List<List<String>> lignes = new ArrayList<>(cellules.size());
        for (int i = 0; i < colonnes.size(); i++) {
            String cellule = i < cellules.size() && cellules.get(i) != null ? cellules.get(i) : "";
            float place = colonnes.get(i).largeur() - 2 * MARGE_CELLULE;
            lignes.add(enUneLigne
                    ? List.of(redaction.tronquer(cellule, styleLigne, place))
                    : redaction.couper(cellule, styleLigne, place));
        }
        return lignes;
    }

    private float hauteur(List<List<String>> lignes) {
        int plusHaute = 1;
        for (List<String> cellule : lignes) {
            plusHaute = Math.max(plusHaute, cellule.size());
        }
        return plusHaute * interligne + 2 * margeVerticale;
    }

    private void ecrire(List<List<String>> lignes, Redaction.Style styleLigne) {
        float gauche = x;
        for (int i = 0; i < colonnes.size(); i++) {
            Colonne colonne = colonnes.get(i);
            float base = y - margeVerticale - styleLigne.taille() * 0.95f;
            for (String texte : lignes.get(i)) {
                if (colonne.alignement() == Alignement.DROITE) {
                    redaction.texteADroite(texte, gauche + colonne.largeur() - MARGE_CELLULE, base, styleLigne);
                } else {
                    redaction.texte(texte, gauche + MARGE_CELLULE, base, styleLigne);
                }
                base -= interligne;
            }
            gauche += colonne.largeur();
        }
    }
}
