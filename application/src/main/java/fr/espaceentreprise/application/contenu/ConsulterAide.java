package fr.espaceentreprise.application.contenu;

import fr.espaceentreprise.domain.contenu.Aide;

import java.util.List;

/** The help: what each rubrique of the portal shows and how to use it. */
public interface ConsulterAide {

    List<Aide> consulter();
}
