package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisationId;
import fr.espaceentreprise.domain.cotisation.EtatAppel;
import fr.espaceentreprise.domain.cotisation.NumeroQuittance;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.salarie.AffiliationId;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.domain.salarie.LigneAttestation;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The PDFs of the portal, drawn with PDFBox from the use cases' read models: the attestation d'affiliation, one
 * appel de cotisations, an export of appels. DejaVu Sans (regular and bold) is embedded as a subset, so names
 * of every Latin, Greek or Cyrillic script print as typed; a character the font lacks prints as '?'.
 * One instance serves every request at once: the fonts are read when it is built, and {@link #prechauffer()}
 * renders one document of each kind so that the first user does not pay for loading classes.
 */
public final class DocumentsPdf {

    private static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private final Polices polices;
    private final Map<Langue, TextesPdf> textes = new EnumMap<>(Langue.class);

    /** Loads the fonts and texts once. */
    public DocumentsPdf() {
        polices = new Polices();
        boolean fineImprimable = polices.metriques(Police.NORMALE).imprime(TextesPdf.ESPACE_FINE_INSECABLE)
                && polices.metriques(Police.GRASSE).imprime(TextesPdf.ESPACE_FINE_INSECABLE);
        for (Langue langue : Langue.values()) {
            textes.put(langue, TextesPdf.charger(langue, fineImprimable));
        }
    }

    /** Renders one of each document in each language, so that the first user pays nothing. */
    public void prechauffer() {
        LocalDate jour = LocalDate.of(2026, 1, 15);
        Attestation attestation = new Attestation(new CodeVerification("0123456789ABCDEFGHJK"), SalarieId.nouveau(),
                new NumeroAdherent("00000000"), "Échantillon SAS", "Wróbel", "Łukasz", LocalDate.of(1990, 1, 1),
                jour, Instant.parse("2026-01-15T09:00:00Z"),
                List.of(new LigneAttestation(AffiliationId.nouveau(), new NumeroContrat("CT-000000"),
                        Garantie.SANTE_EXPAT_CFE_CONFORT.organisme(), Garantie.SANTE_EXPAT_CFE_CONFORT, jour)));
        AppelResume appel = new AppelResume(AppelDeCotisationId.nouveau(), ContratId.nouveau(),
                new NumeroContrat("CT-000000"), EntrepriseId.nouveau(), "Échantillon SAS",
                new NumeroQuittance("Q-00000000"), Periode.trimestre(2025, 4), jour, Montant.centimes(123_456),
                Montant.centimes(23_456), EtatAppel.PARTIELLEMENT_PAYE);
        ConsulterCotisations.FicheAppel fiche = new ConsulterCotisations.FicheAppel(appel,
                List.of(new Paiement(jour, Montant.centimes(23_456), "VIR 0001")));
        ConsulterCotisations.Export export = new ConsulterCotisations.Export(List.of(appel),
                new TotauxAppels(appel.montantAppele(), appel.montantPaye()));
        for (Langue langue : Langue.values()) {
            attestation(attestation, langue, URI.create("https://localhost/verification/0123456789ABCDEFGHJK"));
            appel(fiche, langue, jour);
            appels(export, "Échantillon SAS", "", langue, jour);
        }
    }

    public byte[] attestation(Attestation attestation, Langue langue, URI lienVerification) {
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(lienVerification, "lienVerification");
        TextesPdf textes = textes(langue);
        return rediger(AttestationPdf.FORMAT, textes, AttestationPdf.titre(textes), redaction -> {
            redaction.document().getDocumentInformation()
                    .setCreationDate(GregorianCalendar.from(attestation.emiseLe().atZone(FUSEAU)));
            AttestationPdf.rediger(redaction, textes, attestation, lienVerification);
        });
    }

    public byte[] appel(ConsulterCotisations.FicheAppel fiche, Langue langue, LocalDate aujourdhui) {
        Objects.requireNonNull(fiche, "fiche");
        Objects.requireNonNull(aujourdhui, "aujourdhui");
        TextesPdf textes = textes(langue);
        return rediger(AppelPdf.FORMAT, textes, AppelPdf.titre(textes, fiche),
                redaction -> AppelPdf.rediger(redaction, textes, fiche, aujourdhui));
    }

    /**
     * @param perimetre     what the export covers, as the user reads it (a raison sociale, "all companies")
     * @param filtreLisible the filter in words ("contract CT-001, 2026, late"); blank for none
     */
    public byte[] appels(ConsulterCotisations.Export export, String perimetre, String filtreLisible, Langue langue,
                         LocalDate aujourdhui) {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(aujourdhui, "aujourdhui");
        TextesPdf textes = textes(langue);
        return rediger(ExportAppelsPdf.FORMAT, textes, ExportAppelsPdf.titre(textes),
                redaction -> ExportAppelsPdf.rediger(redaction, textes, export, perimetre, filtreLisible,
                        aujourdhui));
    }

    private TextesPdf textes(Langue langue) {
        return textes.get(Objects.requireNonNull(langue, "langue"));
    }

    private byte[] rediger(PDRectangle format, TextesPdf textes, String titre, Consumer<Redaction> contenu) {
        Polices.Jeu jeu = polices.emprunter();
        boolean reutilisable = false;
        try (Redaction redaction = new Redaction(polices, jeu, format, textes, titre)) {
            contenu.accept(redaction);
            byte[] pdf = redaction.enregistrer();
            reutilisable = true;
            return pdf;
        } finally {
            // After a failure half-way through, the parsed fonts are dropped rather than trusted again.
            if (reutilisable) {
                polices.rendre(jeu);
            }
        }
    }
}
