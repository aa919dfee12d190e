package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;

/** The management centre: the number for everything about the contracts that is not an emergency, and a note. */
public record CentreDeGestion(Telephone telephone, TexteBilingue note) {

    public CentreDeGestion {
        Verifications.nonNul(telephone, "telephone");
        Verifications.nonNul(note, "note");
    }

    public static CentreDeGestion saisir(Telephone telephone, String noteFr, String noteEn) {
        return new CentreDeGestion(telephone, TexteBilingue.de(noteFr, noteEn, "note", NumeroZone.NOTE_MAX));
    }
}
