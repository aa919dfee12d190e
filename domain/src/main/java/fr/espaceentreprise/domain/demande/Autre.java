package fr.espaceentreprise.domain.demande;

import fr.espaceentreprise.domain.commun.Verifications;

/** Anything the typed demandes do not cover, written in free text. */
public record Autre(String objet, String message) implements ContenuDemande {

    public static final int OBJET_MAX = 120;

    public Autre {
        objet = Verifications.texte(objet, "objet", OBJET_MAX);
        message = Verifications.texte(message, "message", Demande.MESSAGE_MAX);
    }

    @Override
    public TypeDemande type() {
        return TypeDemande.AUTRE;
    }
}
