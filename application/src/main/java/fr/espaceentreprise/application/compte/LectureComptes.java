package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.NumeroAdherent;
import java.util.List;

/** The back office's search of accounts. */
public interface LectureComptes {

    /** Every account that holds or held this numéro d'adhérent, deleted ones included, the live one first. */
    List<FicheCompte> parNumeroAdherent(NumeroAdherent numeroAdherent);
}
