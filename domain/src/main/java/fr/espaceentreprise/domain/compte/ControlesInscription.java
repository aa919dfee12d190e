package fr.espaceentreprise.domain.compte;

import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of a sign-up request against the reference data, shown to the gestionnaire who decides.
 *
 * <p>The e-mail address is compared with the one on file but does not take part in {@link #tousSatisfaits()}: the
 * terms of use ask the user for a <em>personal</em> address, which is rarely the company's contact address on
 * file. The gestionnaire sees whether it matches and judges; the SIRET (entreprise) and the numéro d'adhérent are
 * what proves the link to the member.
 *
 * @param numeroAdherentConnu     an entreprise or a mandataire holds this numéro d'adhérent
 * @param profilConforme          and it is of the profil asked for
 * @param siretConforme           the SIRET typed is the entreprise's (always true for a mandataire: not asked)
 * @param aucunCompteExistant     no live account (active or suspended) holds this numéro d'adhérent yet
 * @param emailIdentiqueAuDossier the e-mail typed is the one on file (ignoring case); informative only
 */
public record ControlesInscription(boolean numeroAdherentConnu, boolean profilConforme, boolean siretConforme,
                                   boolean aucunCompteExistant, boolean emailIdentiqueAuDossier) {

    public static final String NUMERO_ADHERENT_INCONNU = "inscription.numeroAdherent.inconnu";
    public static final String PROFIL_DIFFERENT = "inscription.profil.different";
    public static final String SIRET_DIFFERENT = "inscription.siret.different";
    public static final String COMPTE_EXISTANT = "inscription.compte.existant";

    /**
     * @param entrepriseDuNumero the entreprise holding the request's numéro d'adhérent, if any
     * @param mandataireDuNumero the mandataire holding it, if any
     * @param compteExistant     whether a live account already holds it
     */
    public static ControlesInscription evaluer(DemandeInscription demande, Optional<Entreprise> entrepriseDuNumero,
                                               Optional<Mandataire> mandataireDuNumero, boolean compteExistant) {
        boolean connu = entrepriseDuNumero.isPresent() || mandataireDuNumero.isPresent();
        boolean entreprise = demande.profil() == Profil.ENTREPRISE;
        boolean profilConforme = entreprise ? entrepriseDuNumero.isPresent() : mandataireDuNumero.isPresent();
        boolean siretConforme = !entreprise || entrepriseDuNumero
                .map(e -> demande.siret().map(e.siret()::equals).orElse(false))
                .orElse(false);
        Optional<String> emailAuDossier = entreprise
                ? entrepriseDuNumero.map(e -> e.email().valeur())
                : mandataireDuNumero.map(m -> m.email().valeur());
        boolean emailIdentique = emailAuDossier
                .map(email -> minuscules(email).equals(minuscules(demande.email().valeur())))
                .orElse(false);
        return new ControlesInscription(connu, profilConforme, siretConforme, !compteExistant, emailIdentique);
    }

    /** Whether the request may be validated. */
    public boolean tousSatisfaits() {
        return echecs().isEmpty();
    }

    /** The codes of the failed checks, in a fixed order (the e-mail comparison is not a check). */
    public List<String> echecs() {
        List<String> echecs = new ArrayList<>();
        if (!numeroAdherentConnu) {
            echecs.add(NUMERO_ADHERENT_INCONNU);
        }
        if (!profilConforme) {
            echecs.add(PROFIL_DIFFERENT);
        }
        if (!siretConforme) {
            echecs.add(SIRET_DIFFERENT);
        }
        if (!aucunCompteExistant) {
            echecs.add(COMPTE_EXISTANT);
        }
        return List.copyOf(echecs);
    }

    private static String minuscules(String texte) {
        return texte.toLowerCase(Locale.ROOT);
    }
}
