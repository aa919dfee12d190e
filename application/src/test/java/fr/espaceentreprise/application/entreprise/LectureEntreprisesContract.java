package fr.espaceentreprise.application.entreprise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link LectureEntreprises}: the entreprises asked for, by raison sociale (accents and case aside) then numéro. */
public abstract class LectureEntreprisesContract extends PortContract {

    private List<EntrepriseResume> resumes(Collection<EntrepriseId> ids) {
        return enTransaction(() -> stockage().lectureEntreprises().resumes(ids));
    }

    @Test
    void reads_the_entreprises_asked_for_by_raison_sociale_whatever_the_accents_and_case_then_by_numero() {
        Entreprise zenith = stocker(UneEntreprise.nommee("Zénith SARL").numeroAdherent("30000001").build());
        Entreprise eoleB = stocker(UneEntreprise.nommee("Éole Conseil").numeroAdherent("30000003").build());
        Entreprise eoleA = stocker(UneEntreprise.nommee("Éole Conseil").numeroAdherent("30000002").build());
        Entreprise atlas = stocker(UneEntreprise.nommee("atlas ingénierie").numeroAdherent("30000004").build());
        stocker(UneEntreprise.nommee("Boréal Export").numeroAdherent("30000005").build());

        List<EntrepriseResume> lues = resumes(Stream.of(zenith, eoleB, eoleA, atlas, UneEntreprise.parDefaut().build())
                .map(Entreprise::id).toList());

        assertEquals(Stream.of(atlas, eoleA, eoleB, zenith).map(entreprise -> new EntrepriseResume(entreprise.id(),
                entreprise.numeroAdherent(), entreprise.raisonSociale())).toList(), lues);
    }

    @Test
    void reads_nothing_for_no_id() {
        uneEntreprise();

        assertEquals(List.of(), resumes(List.of()));
    }
}
