package fr.espaceentreprise.application.entreprise;

import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.util.Collection;
import java.util.List;

/** Read side of entreprises, for lists. */
public interface LectureEntreprises {

    /** The entreprises among {@code ids}, ordered by raison sociale then numéro d'adhérent; unknown ids skipped. */
    List<EntrepriseResume> resumes(Collection<EntrepriseId> ids);
}
