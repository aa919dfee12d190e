package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.adapters.web.pdf.Redaction.Style;
import fr.espaceentreprise.adapters.web.pdf.Tableau.Colonne;
import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.cotisation.Paiement;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One appel de cotisations on A4: who and what it is for, the amounts called, paid and left to pay, its state on
 * the day of printing, and the paiements received (a table that continues on the next page if need be).
 */
final class AppelPdf {

    static final PDRectangle FORMAT = PDRectangle.A4;

    private static final float MARGE = 56;
    private static final float COLONNE_LIBELLES = 170;
    private static final float LARGEUR_MONTANTS = 300;
    private static final float Y_PIED = 30;

    private static final Style TITRE = new Style(Police.GRASSE, 20);
    private static final Style SOUS_TITRE = new Style(Police.NORMALE, 12);
    private static final Style SECTION = new Style(Police.GRASSE, 12);
    private static final Style TEXTE = new Style(Police.NORMALE, 10.5f);
    private static final Style TEXTE_GRAS = new Style(Police.GRASSE, 10.5f);
    private static final Style TABLEAU = new Style(Police.NORMALE, 9.5f);
    private static final Style PIED = new Style(Police.NORMALE, 8);

    private final Redaction redaction;
    private final TextesPdf textes;
    private final float gauche;
    private final float droite;
    private float y;

    private AppelPdf(Redaction redaction, TextesPdf textes) {
        this.redaction = redaction;
        this.textes = textes;
        this.gauche = MARGE;
        this.droite = redaction.largeurPage() - MARGE;
    }

    static String titre(TextesPdf textes, ConsulterCotisations.FicheAppel fiche) {
        return textes.t("appel.titre_document", "numero", fiche.appel().numeroQuittance().valeur());
    }

    static void rediger(Redaction redaction, TextesPdf textes, ConsulterCotisations.FicheAppel fiche,
                        LocalDate aujourdhui) {
        new AppelPdf(redaction, textes).rediger(fiche, aujourdhui);
    }

    private void rediger(ConsulterCotisations.FicheAppel fiche, LocalDate aujourdhui) {
        AppelResume appel = fiche.appel();
        redaction.nouvellePage();
        y = redaction.hauteurPage() - MARGE;
        y -= TITRE.taille();
        redaction.texte(textes.t("appel.titre"), gauche, y, TITRE);
        y -= 22;
        redaction.texte(textes.t("appel.quittance", "numero", appel.numeroQuittance().valeur()), gauche, y,
                SOUS_TITRE);
        y -= 12;
        redaction.trait(gauche, y, droite, y, 0.8f, 0.35f);
        y -= 14;

        champ(textes.t("appel.entreprise"), appel.raisonSociale(), TEXTE_GRAS);
        champ(textes.t("appel.contrat"), appel.numeroContrat().valeur(), TEXTE);
        champ(textes.t("appel.numero_quittance"), appel.numeroQuittance().valeur(), TEXTE);
        champ(textes.t("appel.periode"), textes.periode(appel.periode()), TEXTE);
        champ(textes.t("appel.echeance"), textes.date(appel.echeance()), TEXTE);
        y -= 10;

        montant(textes.t("appel.montant_appele"), appel.montantAppele(), TEXTE);
        montant(textes.t("appel.montant_paye"), appel.montantPaye(), TEXTE);
        redaction.trait(gauche, y + 2, gauche + LARGEUR_MONTANTS, y + 2, 0.6f, 0.35f);
        y -= 2;
        montant(textes.t("appel.montant_restant"), appel.montantRestant(), TEXTE_GRAS);
        y -= 6;
        champ(textes.t("appel.etat_au", "date", textes.date(aujourdhui)), textes.libelle(appel.etat()), TEXTE_GRAS);
        y -= 18;

        y -= SECTION.taille();
        redaction.texte(textes.t("appel.paiements"), gauche, y, SECTION);
        y -= 10;
        if (fiche.paiements().isEmpty()) {
            y -= TEXTE.taille();
            redaction.texte(textes.t("appel.aucun_paiement"), gauche, y, TEXTE);
        } else {
            Tableau tableau = new Tableau(redaction, gauche, y, List.of(
                    Colonne.aGauche(textes.t("appel.colonne.date"), 95),
                    Colonne.aDroite(textes.t("appel.colonne.montant"), 110),
                    Colonne.aGauche(textes.t("appel.colonne.reference"), droite - gauche - 95 - 110)),
                    TABLEAU, false, MARGE + 10, this::pageSuivante);
            tableau.entete();
            for (Paiement paiement : fiche.paiements()) {
                tableau.ligne(List.of(textes.date(paiement.date()), textes.montant(paiement.montant()),
                        paiement.reference() == null ? "" : paiement.reference()));
            }
        }
        redaction.piedsDePage(textes, textes.t("appel.pied", "numero", appel.numeroQuittance().valeur(),
                "date", textes.date(aujourdhui)), PIED, MARGE, Y_PIED);
    }

    /** A label and its value beside it, wrapped in the value column. */
    private void champ(String libelle, String valeur, Style style) {
        float interligne = TEXTE.taille() * 1.45f;
        List<String> lignes = redaction.couper(valeur, style, droite - gauche - COLONNE_LIBELLES);
        redaction.texte(libelle, gauche, y - TEXTE.taille(), TEXTE);
        for (String ligne : lignes) {
            redaction.texte(ligne, gauche + COLONNE_LIBELLES, y - TEXTE.taille(), style);
            y -= interligne;
        }
    }

    private void montant(String libelle, Montant montant, Style style) {
        redaction.texte(libelle, gauche, y - TEXTE.taille(), style);
        redaction.texteADroite(textes.montant(montant), gauche + LARGEUR_MONTANTS, y - TEXTE.taille(), style);
        y -= TEXTE.taille() * 1.6f;
    }

    private float pageSuivante() {
        redaction.nouvellePage();
        y = redaction.hauteurPage() - MARGE;
        return y;
    }
}
