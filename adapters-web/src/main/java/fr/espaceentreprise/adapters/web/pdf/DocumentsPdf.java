package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.salarie.Attestation;

import java.net.URI;
import java.time.LocalDate;

/** The PDFs of the portal: attestation d'affiliation, one appel de cotisation, an export of appels. Thread-safe. */
public final class DocumentsPdf {

    /** Loads the fonts once. */
    public DocumentsPdf() {
    }

    /** Renders one of each document, so that the first user pays nothing for class loading and fonts. */
    public void prechauffer() {
    }

    public byte[] attestation(Attestation attestation, Langue langue, URI lienVerification) {
        throw new UnsupportedOperationException("à venir");
    }

    public byte[] appel(ConsulterCotisations.FicheAppel fiche, Langue langue, LocalDate aujourdhui) {
        throw new UnsupportedOperationException("à venir");
    }

    public byte[] appels(ConsulterCotisations.Export export, String perimetre, String filtreLisible, Langue langue,
                         LocalDate aujourdhui) {
        throw new UnsupportedOperationException("à venir");
    }
}
