package fr.espaceentreprise.adapters.web.consultation;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.IntrouvableException;
import fr.espaceentreprise.application.entreprise.ConsulterEntreprises;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.compte.Profil;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entreprise a page of a rubrique shows: the one named by {@code ?entreprise=<id>}, else the first of the
 * actor's portfolio (an entreprise user has only his own); on Cotisations, {@code ?entreprise=toutes} asks for the
 * whole portfolio. An id the actor may not see answers 404, like an unknown one. A gestionnaire has no portfolio
 * but may read any entreprise by id. The portfolio is read as every rubrique chooses from it
 * ({@link ConsulterEntreprises#portefeuille}), open while only the rubrique Interlocuteur is closed.
 */
public final class Portefeuille {

    public static final String PARAMETRE = "entreprise";
    public static final String TOUTES = "toutes";
    static final String INTROUVABLE = "entreprise.introuvable";

    private final ConsulterEntreprises consulterEntreprises;
    private final ControleAcces controle;

    public Portefeuille(ConsulterEntreprises consulterEntreprises, ControleAcces controle) {
        this.consulterEntreprises = consulterEntreprises;
        this.controle = controle;
    }

    /**
     * The entreprise a page of {@code rubrique} shows, once the rubrique's gate let the actor in: with no entreprise
     * to show, the page reads nothing of the rubrique, and is refused as its lists are.
     */
    public Choix choisir(Context ctx, Acteur acteur, Rubrique rubrique, boolean toutesPermises) {
        controle.exigerRubrique(acteur, rubrique);
        return choisir(ctx, acteur, toutesPermises);
    }

    public Choix choisir(Context ctx, Acteur acteur, boolean toutesPermises) {
        List<EntrepriseResume> entreprises = consulterEntreprises.portefeuille(acteur);
        boolean mandataire = acteur.profil() == Profil.MANDATAIRE;
        String demandee = Optional.ofNullable(ctx.queryParam(PARAMETRE)).map(String::strip).orElse("");
        if (toutesPermises && TOUTES.equals(demandee)) {
            return new Choix(entreprises, Optional.empty(), true, mandataire);
        }
        if (demandee.isEmpty()) {
            return new Choix(entreprises, entreprises.stream().findFirst().map(EntrepriseResume::id), false,
                    mandataire);
        }
        EntrepriseId id = entrepriseId(demandee);
        boolean visible = entreprises.stream().anyMatch(entreprise -> entreprise.id().equals(id));
        if (!visible && !acteur.estGestionnaire()) {
            throw new IntrouvableException(INTROUVABLE);
        }
        return new Choix(entreprises, Optional.of(id), false, mandataire);
    }

    /**
     * The entreprise {@code id} as an export names it: from the actor's portfolio, else read by its id (a
     * gestionnaire's case; an entreprise outside anyone else's périmètre answers 404).
     */
    public EntrepriseResume entreprise(Acteur acteur, EntrepriseId id) {
        return consulterEntreprises.portefeuille(acteur).stream()
                .filter(entreprise -> entreprise.id().equals(id))
                .findFirst()
                .orElseGet(() -> {
                    FicheEntreprise fiche = consulterEntreprises.consulter(acteur, id);
                    return new EntrepriseResume(fiche.id(), fiche.numeroAdherent(), fiche.raisonSociale());
                });
    }

    /** The entreprise of a path ({@code /api/v1/entreprises/{id}/…}). */
    public static EntrepriseId entrepriseDuChemin(Context ctx) {
        return entrepriseId(ctx.pathParam("id"));
    }

    /** An id in a path or a parameter that is not even well formed names nothing: 404, like an unknown one. */
    public static EntrepriseId entrepriseId(String texte) {
        try {
            return EntrepriseId.de(texte);
        } catch (ValeurInvalideException malForme) {
            throw new IntrouvableException(INTROUVABLE);
        }
    }

    /**
     * @param entreprises  the actor's portfolio, by raison sociale (for the switcher)
     * @param entrepriseId the entreprise shown; empty with {@code toutes}, or when the portfolio is empty
     * @param toutes       every entreprise of the portfolio at once
     * @param mandataire   the actor manages several entreprises: the page offers the switcher
     */
    public record Choix(List<EntrepriseResume> entreprises, Optional<EntrepriseId> entrepriseId, boolean toutes,
            boolean mandataire) {

        public Choix {
            entreprises = List.copyOf(entreprises);
            Objects.requireNonNull(entrepriseId, "entrepriseId");
        }

        /** Nothing to show: no entreprise in the portfolio and none asked for. */
        public boolean vide() {
            return entrepriseId.isEmpty() && !toutes;
        }

        public Optional<EntrepriseResume> choisie() {
            return entrepriseId.flatMap(id -> entreprises.stream().filter(e -> e.id().equals(id)).findFirst());
        }

        /** The value of {@code entreprise=} that keeps this choice in links: an id, {@code toutes}, or "". */
        public String valeur() {
            return toutes ? TOUTES : entrepriseId.map(EntrepriseId::toString).orElse("");
        }
    }
}
