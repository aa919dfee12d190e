package fr.espaceentreprise.application.commun;

/**
 * What was asked for does not exist for this caller: unknown, outside their périmètre, or reserved to another
 * profil. The web adapter answers 404 ({@value #CODE}) and never says which, so nothing can be probed.
 */
public final class RessourceIntrouvableException extends ApplicationException {

    public static final String CODE = "ressource.introuvable";

    public RessourceIntrouvableException() {
        super(CODE);
    }
}
