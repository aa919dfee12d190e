import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the demo PDFs of the rubrique Téléchargement into bootstrap/src/main/resources/demo/documents. Run once,
 * by hand, when their text changes (the PDFs are committed, the portal never runs this):
 *
 * <pre>
 * M=~/.m2/repository/org/apache/pdfbox
 * java -cp $M/pdfbox/3.0.8/pdfbox-3.0.8.jar:$M/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar:$M/fontbox/3.0.8/fontbox-3.0.8.jar:\
 *   ~/.m2/repository/commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar \
 *   bootstrap/src/build/GenererDocumentsDemo.java bootstrap/src/main/resources/demo/documents
 * </pre>
 *
 * Standard 14 fonts (Helvetica) with WinAnsi text keep each file at a few KB; the text is our own.
 */
public final class GenererDocumentsDemo {

    private static final PDType1Font NORMALE = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font GRASSE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGE = 56;
    private static final float LARGEUR = PDRectangle.A4.getWidth() - 2 * MARGE;

    sealed interface Bloc permits Titre, Intertitre, Paragraphe, Champ, Case, Signature {
    }

    record Titre(String texte) implements Bloc {
    }

    record Intertitre(String texte) implements Bloc {
    }

    record Paragraphe(String texte) implements Bloc {
    }

    record Champ(String libelle) implements Bloc {
    }

    record Case(String libelle) implements Bloc {
    }

    record Signature(String libelle) implements Bloc {
    }

    public static void main(String[] arguments) throws IOException {
        Path dossier = Path.of(arguments[0]);
        Files.createDirectories(dossier);
        ecrire(dossier.resolve("guide-protection-sociale-expatrie.pdf"), "Guide de la protection sociale de l'expatrié", "Welcare — Espace Entreprise", List.of(
                new Titre("Guide de la protection sociale de l'expatrié"),
                new Paragraphe("Ce guide s'adresse aux entreprises qui envoient des salariés travailler hors de France. Il résume ce qui change pour leur protection sociale et ce que le contrat collectif prend en charge."),
                new Intertitre("1. Détaché ou expatrié ?"),
                new Paragraphe("Un salarié détaché reste affilié à la Sécurité sociale française pendant sa mission, dans la limite de la durée prévue par les règlements européens ou la convention bilatérale applicable. Un salarié expatrié relève du régime du pays où il travaille : il perd en général la couverture française, sauf adhésion volontaire à la Caisse des Français de l'Étranger (CFE)."),
                new Intertitre("2. Ce que couvre le pack expatrié"),
                new Paragraphe("Le contrat collectif complète, ou remplace au premier euro, les remboursements de la CFE : hospitalisation, soins courants, optique, dentaire, maternité. Les garanties de prévoyance versent un capital ou une rente en cas de décès ou d'invalidité, et des indemnités journalières en cas d'arrêt de travail. L'assistance organise le rapatriement sanitaire et l'avance des frais d'hospitalisation."),
                new Intertitre("3. Avant le départ"),
                new Paragraphe("Affiliez le salarié depuis la rubrique Gestion des salariés, vérifiez son pays d'expatriation, et remettez-lui son attestation d'affiliation. Le numéro d'assistance de sa zone figure dans la rubrique Service d'urgence."),
                new Intertitre("4. Pendant la mission"),
                new Paragraphe("Les soins reçus à l'étranger sont remboursés sur présentation de la feuille de soins et des factures acquittées. Certains soins coûteux demandent un accord préalable : utilisez le formulaire de demande d'entente préalable avant de les engager."),
                new Intertitre("5. Au retour"),
                new Paragraphe("Signalez la fin de la mission par une demande de radiation du salarié. Sa couverture s'arrête à la date indiquée ; la Sécurité sociale française le reprend dès sa nouvelle activité en France.")));
        ecrire(dossier.resolve("guide-social-protection-expatriates.pdf"), "Guide to social protection for expatriate employees", "Welcare — Espace Entreprise", List.of(
                new Titre("Guide to social protection for expatriate employees"),
                new Paragraphe("This guide is for companies sending employees to work outside France. It sums up what changes for their social protection and what the group contract pays for."),
                new Intertitre("1. Posted or expatriate?"),
                new Paragraphe("A posted employee stays covered by French social security during the assignment, within the time limits of the European rules or of the bilateral agreement that applies. An expatriate employee comes under the scheme of the country of work and usually loses French cover, unless he joins the Caisse des Français de l'Étranger (CFE) voluntarily."),
                new Intertitre("2. What the expatriate pack covers"),
                new Paragraphe("The group contract tops up the CFE's refunds, or pays from the first euro: hospital stays, everyday care, glasses, dental care, maternity. Provident cover pays a lump sum or a pension after death or disability, and daily allowances during sick leave. Assistance arranges medical repatriation and advances hospital costs."),
                new Intertitre("3. Before departure"),
                new Paragraphe("Enrol the employee from the Employees section, check the country of expatriation, and give the employee the enrolment certificate. The assistance number of the employee's zone is in the Emergency section."),
                new Intertitre("4. During the assignment"),
                new Paragraphe("Care received abroad is refunded on the claim form and the paid invoices. Some costly care needs approval first: send the prior approval request before it starts."),
                new Intertitre("5. Coming back"),
                new Paragraphe("Report the end of the assignment with a request to remove the employee from the contract. Cover stops on the date given; French social security takes over with the new work in France.")));
        ecrire(dossier.resolve("mandat-prelevement-sepa.pdf"), "Mandat de prélèvement SEPA", "Welcare — cotisations", List.of(
                new Titre("Mandat de prélèvement SEPA"),
                new Paragraphe("En signant ce mandat, vous autorisez Welcare à envoyer des instructions à votre banque pour débiter votre compte du montant des appels de cotisations de votre contrat collectif, et votre banque à débiter votre compte conformément à ces instructions. Vous pouvez être remboursé par votre banque selon les conditions de votre convention : la demande doit être présentée dans les 8 semaines suivant la date du débit."),
                new Intertitre("Le débiteur"),
                new Champ("Raison sociale"),
                new Champ("Numéro d'adhérent"),
                new Champ("Adresse"),
                new Champ("Code postal et ville"),
                new Champ("Pays"),
                new Intertitre("Le compte à débiter"),
                new Champ("IBAN"),
                new Champ("BIC"),
                new Intertitre("Le paiement"),
                new Case("Paiement récurrent"),
                new Case("Paiement ponctuel"),
                new Paragraphe("Créancier : Welcare, service de gestion — identifiant créancier SEPA FR00ZZZ000000 (exemple de démonstration)."),
                new Signature("Fait à                                   le                          Signature")));
        ecrire(dossier.resolve("sepa-direct-debit-mandate.pdf"), "SEPA Direct Debit mandate", "Welcare — contributions", List.of(
                new Titre("SEPA Direct Debit mandate"),
                new Paragraphe("By signing this mandate, you authorise Welcare to send instructions to your bank to debit your account with the contribution calls of your group contract, and your bank to debit your account in accordance with those instructions. You are entitled to a refund from your bank under the terms of your agreement with it: a refund must be claimed within 8 weeks from the date your account was debited."),
                new Intertitre("Debtor"),
                new Champ("Company name"),
                new Champ("Member number"),
                new Champ("Address"),
                new Champ("Postcode and town"),
                new Champ("Country"),
                new Intertitre("Account to debit"),
                new Champ("IBAN"),
                new Champ("BIC"),
                new Intertitre("Type of payment"),
                new Case("Recurrent payment"),
                new Case("One-off payment"),
                new Paragraphe("Creditor: Welcare, management service — SEPA creditor identifier FR00ZZZ000000 (demonstration example)."),
                new Signature("Place                                  Date                        Signature")));
        ecrire(dossier.resolve("payer-cotisations-virement.pdf"), "Payer ses cotisations par virement", "Welcare — cotisations", List.of(
                new Titre("Payer ses cotisations par virement"),
                new Paragraphe("Chaque appel de cotisations indique son numéro de quittance, sa période, son échéance et le montant restant à payer. Vous le retrouvez dans la rubrique Cotisations, où vous pouvez aussi l'exporter en PDF."),
                new Intertitre("Pour que votre virement soit rapproché sans délai"),
                new Paragraphe("Indiquez en référence du virement le numéro de quittance, et lui seul. Un virement qui règle plusieurs appels porte les numéros de quittance séparés par des espaces. Réglez le montant restant à payer de chaque appel, avant son échéance."),
                new Intertitre("Coordonnées bancaires de démonstration"),
                new Paragraphe("Bénéficiaire : Welcare, service de gestion — IBAN FR76 3000 6000 0112 3456 7890 189 — BIC AGRIFRPP (coordonnées d'exemple : ne pas utiliser)."),
                new Intertitre("Passer au prélèvement"),
                new Paragraphe("Pour ne plus avoir à y penser, renvoyez le mandat de prélèvement SEPA signé, et demandez la mise à jour de vos modalités de paiement dans la rubrique Demandes.")));
        ecrire(dossier.resolve("questionnaire-medical-pack-expatrie.pdf"), "Questionnaire médical — adhésion au pack expatrié", "Welcare — pack expatrié", List.of(
                new Titre("Questionnaire médical — adhésion au pack expatrié"),
                new Paragraphe("À remplir par le salarié lui-même, pour lui et pour chaque ayant droit couvert. Ses réponses sont confidentielles : envoyez ce questionnaire sous pli fermé à l'attention du médecin-conseil, jamais à l'employeur."),
                new Intertitre("La personne assurée"),
                new Champ("Nom et prénom"),
                new Champ("Date de naissance"),
                new Champ("Pays d'expatriation"),
                new Champ("Taille (cm) et poids (kg)"),
                new Intertitre("Au cours des cinq dernières années, avez-vous"),
                new Case("été hospitalisé plus de 8 jours, ou opéré ?"),
                new Case("suivi un traitement de plus de 30 jours ?"),
                new Case("été en arrêt de travail plus de 30 jours de suite ?"),
                new Case("un traitement ou un examen prévu dans les six prochains mois ?"),
                new Paragraphe("Si vous avez coché une case, précisez la nature, la date et la durée, et joignez les comptes rendus utiles."),
                new Champ("Précisions"),
                new Champ(""),
                new Signature("Je certifie l'exactitude de mes réponses.      Date                        Signature")));
        ecrire(dossier.resolve("medical-questionnaire-expatriate-pack.pdf"), "Medical questionnaire — joining the expatriate pack", "Welcare — expatriate pack", List.of(
                new Titre("Medical questionnaire — joining the expatriate pack"),
                new Paragraphe("To be filled in by the employee, for himself and for each covered dependant. The answers are confidential: send this questionnaire in a sealed envelope to the medical adviser, never to the employer."),
                new Intertitre("Insured person"),
                new Champ("Full name"),
                new Champ("Date of birth"),
                new Champ("Country of expatriation"),
                new Champ("Height (cm) and weight (kg)"),
                new Intertitre("In the last five years, have you"),
                new Case("stayed in hospital more than 8 days, or had surgery?"),
                new Case("followed a treatment for more than 30 days?"),
                new Case("been on sick leave more than 30 days in a row?"),
                new Case("a treatment or test planned in the next six months?"),
                new Paragraphe("If you ticked a box, give the nature, date and length, and attach the relevant medical reports."),
                new Champ("Details"),
                new Champ(""),
                new Signature("I certify that my answers are true.          Date                        Signature")));
        ecrire(dossier.resolve("feuille-de-soins-etranger.pdf"), "Feuille de soins — soins reçus à l'étranger", "Welcare — remboursements", List.of(
                new Titre("Feuille de soins — soins reçus à l'étranger"),
                new Paragraphe("Une feuille par personne soignée et par praticien. Joignez les factures acquittées et, pour les médicaments, l'ordonnance. Les montants sont remboursés en euros, au cours du jour du paiement."),
                new Intertitre("L'assuré"),
                new Champ("Nom et prénom du salarié"),
                new Champ("Numéro du contrat collectif"),
                new Champ("Personne soignée (si ce n'est pas le salarié)"),
                new Intertitre("Les soins"),
                new Champ("Pays et ville"),
                new Champ("Nom et spécialité du praticien ou de l'établissement"),
                new Champ("Date des soins"),
                new Champ("Nature des soins"),
                new Champ("Montant payé et devise"),
                new Intertitre("Le remboursement"),
                new Case("sur le compte déjà connu"),
                new Case("sur un autre compte (joindre un RIB)"),
                new Signature("Date                                          Signature de l'assuré")));
        ecrire(dossier.resolve("claim-form-care-abroad.pdf"), "Claim form — care received abroad", "Welcare — refunds", List.of(
                new Titre("Claim form — care received abroad"),
                new Paragraphe("One form per patient and per practitioner. Attach the paid invoices and, for medicines, the prescription. Amounts are refunded in euros, at the exchange rate of the day of payment."),
                new Intertitre("Insured person"),
                new Champ("Employee's full name"),
                new Champ("Group contract number"),
                new Champ("Patient (if not the employee)"),
                new Intertitre("Care"),
                new Champ("Country and town"),
                new Champ("Practitioner or hospital, and speciality"),
                new Champ("Date of care"),
                new Champ("Kind of care"),
                new Champ("Amount paid and currency"),
                new Intertitre("Refund"),
                new Case("to the account already on file"),
                new Case("to another account (attach bank details)"),
                new Signature("Date                                          Signature of the insured")));
        ecrire(dossier.resolve("demande-entente-prealable.pdf"), "Demande d'entente préalable", "Welcare — remboursements", List.of(
                new Titre("Demande d'entente préalable"),
                new Paragraphe("Certains soins ne sont pris en charge qu'après notre accord : hospitalisation programmée, prothèses dentaires, orthodontie, rééducation de longue durée, transport sanitaire. Envoyez cette demande, remplie par le praticien, au moins 15 jours avant le début des soins. Sans réponse de notre part dans ce délai, l'accord est réputé donné."),
                new Intertitre("Le patient"),
                new Champ("Nom et prénom"),
                new Champ("Numéro du contrat collectif"),
                new Champ("Pays d'expatriation"),
                new Intertitre("Les soins proposés (à remplir par le praticien)"),
                new Champ("Nature des soins et codes des actes"),
                new Champ("Date prévue de début"),
                new Champ("Établissement ou cabinet"),
                new Champ("Devis (montant et devise)"),
                new Champ("Justification médicale"),
                new Champ(""),
                new Signature("Cachet et signature du praticien                Signature du patient")));
        ecrire(dossier.resolve("prior-approval-request.pdf"), "Prior approval request", "Welcare — refunds", List.of(
                new Titre("Prior approval request"),
                new Paragraphe("Some care is paid for only with our prior approval: planned hospital stays, dental prostheses, orthodontics, long rehabilitation, medical transport. Send this request, filled in by the practitioner, at least 15 days before care starts. Without an answer from us within that time, approval is deemed given."),
                new Intertitre("Patient"),
                new Champ("Full name"),
                new Champ("Group contract number"),
                new Champ("Country of expatriation"),
                new Intertitre("Proposed care (filled in by the practitioner)"),
                new Champ("Kind of care and procedure codes"),
                new Champ("Planned start date"),
                new Champ("Hospital or practice"),
                new Champ("Estimate (amount and currency)"),
                new Champ("Medical reasons"),
                new Champ(""),
                new Signature("Practitioner's stamp and signature             Patient's signature")));
    }

    private static void ecrire(Path fichier, String titre, String auteur, List<Bloc> blocs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation infos = document.getDocumentInformation();
            infos.setTitle(titre);
            infos.setAuthor(auteur);
            infos.setCreator("Espace Entreprise (démonstration)");
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(2026, Calendar.JANUARY, 15, 9, 0, 0);
            infos.setCreationDate(date);
            new Mise(document, auteur).poser(blocs);
            document.save(fichier.toFile());
        }
        System.out.println(fichier + " " + Files.size(fichier));
    }

    /** Lays the blocks out, top to bottom, page after page. */
    private static final class Mise {

        private final PDDocument document;
        private final String pied;
        private PDPageContentStream flux;
        private float y;
        private int pages;

        Mise(PDDocument document, String pied) {
            this.document = document;
            this.pied = pied;
        }

        void poser(List<Bloc> blocs) throws IOException {
            nouvellePage();
            for (Bloc bloc : blocs) {
                if (bloc instanceof Titre titre) {
                    texte(titre.texte(), GRASSE, 17, 24);
                    y -= 8;
                } else if (bloc instanceof Intertitre intertitre) {
                    y -= 8;
                    texte(intertitre.texte(), GRASSE, 12, 17);
                } else if (bloc instanceof Paragraphe paragraphe) {
                    texte(paragraphe.texte(), NORMALE, 10.5f, 15);
                    y -= 6;
                } else if (bloc instanceof Champ champ) {
                    place(26);
                    y -= 20;
                    float debut = MARGE;
                    if (!champ.libelle().isEmpty()) {
                        ligneDeTexte(champ.libelle() + " :", NORMALE, 10.5f, MARGE, y);
                        debut = MARGE + NORMALE.getStringWidth(champ.libelle() + " :") / 1000 * 10.5f + 6;
                    }
                    flux.setLineWidth(0.5f);
                    flux.moveTo(debut, y - 2);
                    flux.lineTo(MARGE + LARGEUR, y - 2);
                    flux.stroke();
                    y -= 6;
                } else if (bloc instanceof Case coche) {
                    place(20);
                    y -= 16;
                    flux.setLineWidth(0.8f);
                    flux.addRect(MARGE, y - 1, 9, 9);
                    flux.stroke();
                    ligneDeTexte(coche.libelle(), NORMALE, 10.5f, MARGE + 16, y);
                    y -= 4;
                } else if (bloc instanceof Signature signature) {
                    place(90);
                    y -= 30;
                    ligneDeTexte(signature.libelle(), NORMALE, 10.5f, MARGE, y);
                    flux.addRect(MARGE + LARGEUR - 170, y - 60, 170, 50);
                    flux.stroke();
                    y -= 60;
                }
            }
            fermer();
        }

        private void texte(String texte, PDType1Font police, float corps, float interligne) throws IOException {
            for (String ligne : couper(texte, police, corps)) {
                place(interligne);
                y -= interligne;
                ligneDeTexte(ligne, police, corps, MARGE, y);
            }
        }

        private static List<String> couper(String texte, PDType1Font police, float corps) throws IOException {
            List<String> lignes = new ArrayList<>();
            StringBuilder ligne = new StringBuilder();
            for (String mot : texte.split(" ")) {
                String essai = ligne.length() == 0 ? mot : ligne + " " + mot;
                if (police.getStringWidth(essai) / 1000 * corps > LARGEUR && ligne.length() > 0) {
                    lignes.add(ligne.toString());
                    ligne = new StringBuilder(mot);
                } else {
                    ligne = new StringBuilder(essai);
                }
            }
            lignes.add(ligne.toString());
            return lignes;
        }

        private void ligneDeTexte(String texte, PDType1Font police, float corps, float x, float base)
                throws IOException {
            flux.beginText();
            flux.setFont(police, corps);
            flux.newLineAtOffset(x, base);
            flux.showText(texte);
            flux.endText();
        }

        private void place(float hauteur) throws IOException {
            if (y - hauteur < MARGE + 30) {
                fermer();
                nouvellePage();
            }
        }

        private void nouvellePage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            flux = new PDPageContentStream(document, page);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGE;
        }

        private void fermer() throws IOException {
            ligneDeTexte(pied + " — " + pages, NORMALE, 8, MARGE, MARGE - 10);
            flux.close();
        }
    }
}
