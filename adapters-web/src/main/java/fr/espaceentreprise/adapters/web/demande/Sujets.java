package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.contrat.ConsulterContrats;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.application.salarie.ConsulterSalaries;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a demande's form is about: the entreprise (named, else the salarié's or the contrat's, else the only one of
 * the actor's portfolio), and for the types about one salarié, that salarié. Read through the consultation use
 * cases, so that an id outside the actor's périmètre, or of another entreprise than the one named, answers 404
 * as everywhere in the portal; the portfolio and the contrats as every rubrique chooses from them
 * ({@link ConsulterEntreprises#portefeuille}, {@link ConsulterContrats#aChoisir}).
 */
final class Sujets {

    static final Set<TypeDemande> SUR_UN_SALARIE = EnumSet.of(TypeDemande.MAJ_SALARIE,
            TypeDemande.MAJ_SALAIRE_REFERENCE, TypeDemande.MAJ_PAYS_EXPATRIATION, TypeDemande.RADIATION_SALARIE);
    static final Set<TypeDemande> SUR_UN_CONTRAT = EnumSet.of(TypeDemande.CHANGEMENT_GARANTIE,
            TypeDemande.AFFILIATION_SALARIE, TypeDemande.RADIATION_SALARIE);
    /** The types whose form offers the entreprise's contrats (a radiation offers the salarié's affiliations). */
    static final Set<TypeDemande> PARMI_LES_CONTRATS = EnumSet.of(TypeDemande.CHANGEMENT_GARANTIE,
            TypeDemande.AFFILIATION_SALARIE);
    private static final String SALARIE_INTROUVABLE = "salarie.introuvable";
    private static final String CONTRAT_INTROUVABLE = "contrat.introuvable";

    private final ConsulterEntreprises consulterEntreprises;
    private final ConsulterSalaries consulterSalaries;
    private final ConsulterContrats consulterContrats;

    Sujets(ConsulterEntreprises consulterEntreprises, ConsulterSalaries consulterSalaries,
            ConsulterContrats consulterContrats) {
        this.consulterEntreprises = consulterEntreprises;
        this.consulterSalaries = consulterSalaries;
        this.consulterContrats = consulterContrats;
    }

    /**
     * @param portefeuille the actor's entreprises, to choose from when none could be found
     * @param entreprise   empty when the actor must choose among several
     * @param salarie      for a type about one salarié, the one named
     * @param contratId    the contrat named, to preselect
     */
    record Sujet(List<EntrepriseResume> portefeuille, Optional<FicheEntreprise> entreprise,
            Optional<FicheSalarie> salarie, Optional<ContratId> contratId) {
    }

    /** From the ids a link or a form names ("" for none); the salarié and contrat only for the types about one. */
    Sujet trouver(Acteur acteur, TypeDemande type, String entreprise, String salarieId, String contratId) {
        Optional<FicheSalarie> salarie = SUR_UN_SALARIE.contains(type) && !salarieId.isBlank()
                ? Optional.of(consulterSalaries.consulter(acteur, id(salarieId, SalarieId::de, SALARIE_INTROUVABLE)))
                : Optional.empty();
        Optional<EntrepriseId> nommee = entreprise.isBlank() ? Optional.empty()
                : Optional.of(Portefeuille.entrepriseId(entreprise));
        Optional<EntrepriseId> duSalarie = salarie.map(FicheSalarie::entrepriseId);
        if (nommee.isPresent() && duSalarie.isPresent() && !nommee.equals(duSalarie)) {
            throw new IntrouvableException(SALARIE_INTROUVABLE);
        }
        Optional<ContratResume> contrat = SUR_UN_CONTRAT.contains(type) && !contratId.isBlank()
                ? Optional.of(contrat(acteur, nommee.or(() -> duSalarie),
                        id(contratId, ContratId::de, CONTRAT_INTROUVABLE)))
                : Optional.empty();
        Optional<EntrepriseId> duContrat = contrat.map(ContratResume::entrepriseId);
        Optional<EntrepriseId> choisie = nommee.or(() -> duSalarie).or(() -> duContrat);
        if (choisie.isPresent() && duContrat.isPresent() && !choisie.equals(duContrat)) {
            throw new IntrouvableException(CONTRAT_INTROUVABLE);
        }
        List<EntrepriseResume> portefeuille = consulterEntreprises.portefeuille(acteur);
        if (choisie.isEmpty() && portefeuille.size() == 1) {
            choisie = Optional.of(portefeuille.get(0).id());
        }
        Optional<FicheEntreprise> fiche = choisie.map(id -> consulterEntreprises.consulter(acteur, id));
        return new Sujet(portefeuille, fiche, salarie, contrat.map(ContratResume::id));
    }

    /**
     * The contrat named: among the entreprise's to choose from when the entreprise is known (one of another
     * entreprise answers 404), else read by its id.
     */
    private ContratResume contrat(Acteur acteur, Optional<EntrepriseId> entreprise, ContratId id) {
        if (entreprise.isEmpty()) {
            return consulterContrats.consulter(acteur, id);
        }
        return consulterContrats.aChoisir(acteur, entreprise.get()).stream()
                .filter(contrat -> contrat.id().equals(id)).findFirst()
                .orElseThrow(() -> new IntrouvableException(CONTRAT_INTROUVABLE));
    }

    /** The entreprise's contrats that have not ended (in force, or starting later). */
    List<ContratResume> contratsEnVigueur(Acteur acteur, EntrepriseId entrepriseId) {
        return consulterContrats.aChoisir(acteur, entrepriseId).stream()
                .filter(contrat -> contrat.etat() != EtatContrat.TERMINE)
                .toList();
    }

    private static <T> T id(String texte, Function<String, T> lecture, String code) {
        try {
            return lecture.apply(texte.strip());
        } catch (ValeurInvalideException malForme) {
            throw new IntrouvableException(code);
        }
    }
}
