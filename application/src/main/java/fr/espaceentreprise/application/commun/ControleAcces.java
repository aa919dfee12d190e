package fr.espaceentreprise.application.commun;

import fr.espaceentreprise.domain.exploitation.Maintenance;
import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.domain.perimetre.Acteur;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The gates every use case passes before it reads or changes anything, whoever calls it (the pages, the API or a
 * service that embeds the core): the first-login steps, the maintenance closure and the back office. One method
 * per kind of use case; each use case calls exactly one of them first.
 *
 * <ul>
 *   <li>{@link #exigerRubrique}: a front-office use case of one rubrique (salariés, cotisations…);</li>
 *   <li>{@link #exigerEspace}: a front-office use case that belongs to no rubrique (personal data, the
 *       portfolio of entreprises every rubrique chooses from);</li>
 *   <li>{@link #exigerConnecte}: the first-login steps themselves and one's own account, pending steps allowed;</li>
 *   <li>{@link #exigerGestionnaire}: the back office;</li>
 *   <li>{@link #exigerOuvertAuPublic}: what visitors may use too (sign-up, forgotten password, contact, FAQ,
 *       checking an attestation).</li>
 * </ul>
 *
 * A pending step is refused with {@link AccesRefuseException} naming it; a closed rubrique or space with
 * {@link EspaceFermeException}; anyone but a gestionnaire asking for the back office is told nothing is there
 * ({@link IntrouvableException}). A maintenance never closes anything to a gestionnaire.
 */
public final class ControleAcces {

    private final Supplier<Maintenance> maintenanceEnVigueur;

    /** @param maintenanceEnVigueur the maintenance in force (cached by its reader: it is asked at every call) */
    public ControleAcces(Supplier<Maintenance> maintenanceEnVigueur) {
        this.maintenanceEnVigueur = Objects.requireNonNull(maintenanceEnVigueur, "maintenanceEnVigueur");
    }

    /** A logged-in user with no pending step, in a rubrique that is open. */
    public void exigerRubrique(Acteur acteur, Rubrique rubrique) {
        Objects.requireNonNull(rubrique, "rubrique");
        exigerAucuneEtape(acteur);
        exigerOuvert(Optional.of(acteur), Optional.of(rubrique));
    }

    /** A logged-in user with no pending step, while the space is not closed as a whole. */
    public void exigerEspace(Acteur acteur) {
        exigerAucuneEtape(acteur);
        exigerOuvert(Optional.of(acteur), Optional.empty());
    }

    /** A logged-in user, pending steps allowed, while the space is not closed as a whole. */
    public void exigerConnecte(Acteur acteur) {
        exigerOuvert(Optional.of(Objects.requireNonNull(acteur, "acteur")), Optional.empty());
    }

    /** A gestionnaire with no pending step; anybody else is answered as if nothing were there. */
    public void exigerGestionnaire(Acteur acteur) {
        if (!acteur.estGestionnaire()) {
            throw new IntrouvableException(IntrouvableException.CODE_GENERIQUE);
        }
        exigerAucuneEtape(acteur);
    }

    /**
     * A visitor or any logged-in user (pending steps allowed), while neither the space nor {@code rubrique} is
     * closed.
     */
    public void exigerOuvertAuPublic(Optional<Acteur> lecteur, Optional<Rubrique> rubrique) {
        exigerOuvert(lecteur, rubrique);
    }

    private static void exigerAucuneEtape(Acteur acteur) {
        acteur.premiereEtapeEnAttente().ifPresent(etape -> {
            throw new AccesRefuseException(etape);
        });
    }

    private void exigerOuvert(Optional<Acteur> acteur, Optional<Rubrique> rubrique) {
        if (acteur.map(Acteur::estGestionnaire).orElse(false)) {
            return;
        }
        Maintenance maintenance = maintenanceEnVigueur.get();
        if (maintenance.fermeTout() || rubrique.map(maintenance::ferme).orElse(false)) {
            throw new EspaceFermeException(maintenance);
        }
    }
}
