package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.http.Context;

/**
 * The back office's door: the logged-in user, let in by the application's gate
 * ({@link ControleAcces#exigerGestionnaire}) before a handler reads its form or its parameters, so that anyone but a
 * gestionnaire is told nothing is there (404) whatever he sends, as the back office's use cases tell him.
 */
public final class AccesGestion {

    private final Acces acces;
    private final ControleAcces controle;

    public AccesGestion(Acces acces, ControleAcces controle) {
        this.acces = acces;
        this.controle = controle;
    }

    public Acteur gestionnaire(Context ctx) {
        Acteur acteur = acces.connecte(ctx).acteur();
        controle.exigerGestionnaire(acteur);
        return acteur;
    }
}
