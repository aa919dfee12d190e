package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.adapters.web.pdf.Redaction.Style;
import fr.espaceentreprise.adapters.web.pdf.Tableau.Colonne;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.LigneAttestation;

import io.nayuki.qrcodegen.QrCode;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The attestation d'affiliation, one A4 page: the insurer(s), the certification, the salarié (name and birth
 * date only), the entreprise, each affiliation certified, the issue date, and how to check the paper: the code
 * in groups of five, the address, and a QR code of that address.
 */
final class AttestationPdf {

    static final PDRectangle FORMAT = PDRectangle.A4;

    private static final float MARGE = 56;
    private static final float RETRAIT = 18;
    private static final float COTE_QR = 96;
    private static final float MARGE_CADRE = 14;
    private static final float HAUTEUR_CADRE = COTE_QR + 2 * MARGE_CADRE;
    private static final float Y_PIED = 30;

    private static final Style ORGANISMES = new Style(Police.GRASSE, 12);
    private static final Style TITRE = new Style(Police.GRASSE, 20);
    private static final Style TEXTE = new Style(Police.NORMALE, 11);
    private static final Style TEXTE_GRAS = new Style(Police.GRASSE, 11);
    private static final Style NOM = new Style(Police.GRASSE, 13);
    private static final Style TABLEAU = new Style(Police.NORMALE, 9.5f);
    private static final Style PETIT = new Style(Police.NORMALE, 9);
    private static final Style PETIT_GRAS = new Style(Police.GRASSE, 10);
    private static final Style CODE = new Style(Police.GRASSE, 14);
    private static final Style PIED = new Style(Police.NORMALE, 8);

    private final Redaction redaction;
    private final TextesPdf textes;
    private final float gauche;
    private final float droite;
    private float y;

    private AttestationPdf(Redaction redaction, TextesPdf textes) {
        this.redaction = redaction;
        this.textes = textes;
        this.gauche = MARGE;
        this.droite = redaction.largeurPage() - MARGE;
    }

    static String titre(TextesPdf textes) {
        return textes.t("attestation.titre");
    }

    static void rediger(Redaction redaction, TextesPdf textes, Attestation attestation, URI lienVerification) {
        new AttestationPdf(redaction, textes).rediger(attestation, lienVerification);
    }

    /** "0123456789ABCDEFGHJK" → "01234-56789-ABCDE-FGHJK", easier to read out and to type. */
    static String codeEnGroupes(String code) {
        StringBuilder groupes = new StringBuilder(code.length() + code.length() / 5);
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                groupes.append('-');
            }
            groupes.append(code.charAt(i));
        }
        return groupes.toString();
    }

    private void rediger(Attestation attestation, URI lienVerification) {
        redaction.nouvellePage();
        y = redaction.hauteurPage() - MARGE;

        Set<Organisme> organismes = new LinkedHashSet<>();
        attestation.lignes().forEach(ligne -> organismes.add(ligne.organisme()));
        String noms = organismes.stream().map(textes::libelle).collect(Collectors.joining(" · "));
        lignesDeTexte(noms, gauche, ORGANISMES);
        y -= 6;
        redaction.trait(gauche, y, droite, y, 0.8f, 0.35f);
        y -= 38;
        redaction.texte(textes.t("attestation.titre"), gauche, y, TITRE);
        y -= 34;

        lignesDeTexte(textes.t(organismes.size() > 1 ? "attestation.certifient" : "attestation.certifie"),
                gauche, TEXTE);
        y -= 6;
        lignesDeTexte(attestation.prenom() + " " + attestation.nom(), gauche + RETRAIT, NOM);
        lignesDeTexte(textes.t("attestation.ne_le", "date", textes.date(attestation.dateNaissance())),
                gauche + RETRAIT, TEXTE);
        y -= 8;
        lignesDeTexte(textes.t("attestation.affilie"), gauche, TEXTE);
        y -= 6;
        lignesDeTexte(attestation.raisonSociale(), gauche + RETRAIT, TEXTE_GRAS);
        lignesDeTexte(textes.t("attestation.numero_adherent", "numero", attestation.numeroAdherentEntreprise()),
                gauche + RETRAIT, TEXTE);
        y -= 8;
        lignesDeTexte(textes.t("attestation.garanties"), gauche, TEXTE);
        y -= 6;

        float largeur = droite - gauche;
        Tableau tableau = new Tableau(redaction, gauche, y, List.of(
                Colonne.aGauche(textes.t("attestation.colonne.contrat"), 100),
                Colonne.aGauche(textes.t("attestation.colonne.garantie"), largeur - 100 - 125 - 90),
                Colonne.aGauche(textes.t("attestation.colonne.organisme"), 125),
                Colonne.aGauche(textes.t("attestation.colonne.date_effet"), 90)),
                TABLEAU, false, MARGE + 20, this::pageSuivante);
        tableau.entete();
        for (LigneAttestation ligne : attestation.lignes()) {
            tableau.ligne(List.of(ligne.numeroContrat().valeur(), textes.libelle(ligne.garantie()),
                    textes.libelle(ligne.organisme()), textes.date(ligne.dateEffet())));
        }
        y = tableau.y() - 22;

        List<String> emission = new ArrayList<>();
        emission.add(textes.t("attestation.emission", "date", textes.date(attestation.dateEmission())));
        emission.add(textes.t("attestation.portee"));
        for (String paragraphe : emission) {
            if (y - 16 < MARGE + 20) {
                y = pageSuivante();
            }
            lignesDeTexte(paragraphe, gauche, TEXTE);
            y -= 4;
        }

        verification(attestation.code().valeur(), lienVerification.toString());
        redaction.piedsDePage(textes, textes.t("attestation.pied"), PIED, MARGE, Y_PIED);
    }

    /** The box at the bottom of the page: the code, the address, the QR code. */
    private void verification(String code, String adresse) {
        if (y - 16 < MARGE + HAUTEUR_CADRE) {
            pageSuivante();
        }
        float bas = MARGE;
        float haut = bas + HAUTEUR_CADRE;
        redaction.cadre(gauche, bas, droite - gauche, HAUTEUR_CADRE, 0.8f, 0.5f);
        QrCode qr = CodeQr.encoder(adresse);
        CodeQr.dessiner(redaction, qr, droite - MARGE_CADRE - COTE_QR, bas + MARGE_CADRE, COTE_QR);

        float x = gauche + MARGE_CADRE;
        float largeurTexte = droite - gauche - COTE_QR - 3 * MARGE_CADRE;
        y = haut - MARGE_CADRE - 2;
        lignesDeTexte(textes.t("attestation.verification.titre"), x, PETIT_GRAS, largeurTexte);
        y -= 4;
        lignesDeTexte(textes.t("attestation.verification.code"), x, PETIT, largeurTexte);
        lignesDeTexte(codeEnGroupes(code), x, CODE, largeurTexte);
        y -= 4;
        lignesDeTexte(textes.t("attestation.verification.adresse"), x, PETIT, largeurTexte);
        lignesDeTexte(adresse, x, PETIT, largeurTexte);
    }

    private float pageSuivante() {
        redaction.nouvellePage();
        y = redaction.hauteurPage() - MARGE;
        return y;
    }

    private void lignesDeTexte(String texte, float x, Style style) {
        lignesDeTexte(texte, x, style, droite - x);
    }

    /** Writes the text wrapped to the width, the first baseline one line below {@link #y}, and moves y down. */
    private void lignesDeTexte(String texte, float x, Style style, float largeur) {
        float interligne = style.taille() * 1.35f;
        for (String ligne : redaction.couper(texte, style, largeur)) {
            redaction.texte(ligne, x, y - style.taille(), style);
            y -= interligne;
        }
    }
}
