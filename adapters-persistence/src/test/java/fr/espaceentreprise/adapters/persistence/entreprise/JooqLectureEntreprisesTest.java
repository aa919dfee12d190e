package fr.espaceentreprise.adapters.persistence.entreprise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.persistence.PostgresTestDatabase;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class JooqLectureEntreprisesTest {

    private static final DSLContext dsl = PostgresTestDatabase.nouveauSchema();

    private final JooqLectureEntreprises lecture = new JooqLectureEntreprises(dsl);
    private final JooqEntrepriseRepository entreprises = new JooqEntrepriseRepository(dsl);

    @Test
    void reads_the_entreprises_asked_for_by_raison_sociale_whatever_the_accents_then_by_numero() {
        Entreprise zenith = enregistrer(UneEntreprise.nommee("Zénith SARL").numeroAdherent("30000001"));
        Entreprise eoleB = enregistrer(UneEntreprise.nommee("Éole Conseil").numeroAdherent("30000003"));
        Entreprise eoleA = enregistrer(UneEntreprise.nommee("Éole Conseil").numeroAdherent("30000002"));
        Entreprise atlas = enregistrer(UneEntreprise.nommee("atlas ingénierie").numeroAdherent("30000004"));
        enregistrer(UneEntreprise.nommee("Boréal Export").numeroAdherent("30000005"));

        List<EntrepriseResume> lues = lecture.resumes(Stream.of(zenith, eoleB, eoleA, atlas, UneEntreprise.parDefaut()
                .build()).map(Entreprise::id).toList());

        assertEquals(Stream.of(atlas, eoleA, eoleB, zenith).map(entreprise -> new EntrepriseResume(entreprise.id(),
                entreprise.numeroAdherent(), entreprise.raisonSociale())).toList(), lues);
    }

    @Test
    void reads_nothing_for_no_id() {
        enregistrer(UneEntreprise.parDefaut());

        assertEquals(List.of(), lecture.resumes(List.<EntrepriseId>of()));
    }

    private Entreprise enregistrer(UneEntreprise constructeur) {
        Entreprise entreprise = constructeur.build();
        entreprises.enregistrer(entreprise);
        return entreprise;
    }
}
