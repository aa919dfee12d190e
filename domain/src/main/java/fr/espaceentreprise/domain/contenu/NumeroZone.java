package fr.espaceentreprise.domain.contenu;

import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.commun.ZoneUrgence;

/**
 * The assistance line of an expatriation zone: the number to call for medical assistance or to have hospital
 * costs advanced, and a short note (hours, languages spoken, what to have at hand).
 */
public record NumeroZone(ZoneUrgence zone, Telephone assistance, TexteBilingue note) {

    public static final int NOTE_MAX = 300;

    public NumeroZone {
        Verifications.nonNul(zone, "zone");
        Verifications.nonNul(assistance, "assistance");
        Verifications.nonNul(note, "note");
    }

    /** Checks what the back office typed: the note's two languages at most {@value #NOTE_MAX} characters. */
    public static NumeroZone saisir(ZoneUrgence zone, Telephone assistance, String noteFr, String noteEn) {
        return new NumeroZone(zone, assistance, TexteBilingue.de(noteFr, noteEn, "note", NOTE_MAX));
    }
}
