package fr.espaceentreprise.application.commun;

/** Where a keyset page stops; travels to clients as an opaque URL-safe string. */
public interface Curseur {

    String encoder();
}
