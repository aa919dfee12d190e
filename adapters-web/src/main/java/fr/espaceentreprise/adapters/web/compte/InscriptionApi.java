package fr.espaceentreprise.adapters.web.compte;

import static fr.espaceentreprise.adapters.web.compte.LectureInscription.DATE_NAISSANCE;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.EMAIL;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.NOM;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.NUMERO_ADHERENT;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.PRENOM;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.PROFIL;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.RAISON_SOCIALE;
import static fr.espaceentreprise.adapters.web.compte.LectureInscription.SIRET;

import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.i18n.ChoixLangue;
import fr.espaceentreprise.adapters.web.i18n.Messages;
import fr.espaceentreprise.adapters.web.i18n.Traductions;
import fr.espaceentreprise.application.compte.DemanderInscription;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sign-up request in the API, every field at once (see {@link LectureInscription}); the answer is always the same
 * (202), whether the data matches a member or not.
 */
final class InscriptionApi {

    static final String API_INSCRIPTIONS = "/api/v1/inscriptions";

    private final DemanderInscription demanderInscription;
    private final ChoixLangue choixLangue;
    private final Traductions traductions;

    InscriptionApi(DemanderInscription demanderInscription, ChoixLangue choixLangue, Traductions traductions) {
        this.demanderInscription = demanderInscription;
        this.choixLangue = choixLangue;
        this.traductions = traductions;
    }

    void declarer(RoutesConfig routes) {
        routes.post(API_INSCRIPTIONS, this::envoyer);
    }

    private void envoyer(Context ctx) {
        InscriptionJson demande = ctx.bodyAsClass(InscriptionJson.class);
        Formulaire champs = Formulaire.avecValeurs(demande.champs());
        Saisie saisie = new Saisie();
        LectureInscription.Commande commande = LectureInscription.lire(saisie, saisie, champs);
        saisie.verifier();
        Messages messages = traductions.pour(choixLangue.langue(ctx));
        demanderInscription.demander(commande.pour(
                demande.langue() == null ? messages.langue() : MonCompteApi.langue(demande.langue()),
                AdresseClient.de(ctx)));
        ctx.status(202).json(RecuJson.recue(messages.t("inscription.recue")));
    }

    record InscriptionJson(String profil, String raisonSociale, String siret, String email, String numeroAdherent,
            String nom, String prenom, String dateNaissance, String langue) {

        Map<String, String> champs() {
            Map<String, String> champs = new HashMap<>();
            champs.put(PROFIL, profil);
            champs.put(RAISON_SOCIALE, raisonSociale);
            champs.put(SIRET, siret);
            champs.put(EMAIL, email);
            champs.put(NUMERO_ADHERENT, numeroAdherent);
            champs.put(NOM, nom);
            champs.put(PRENOM, prenom);
            champs.put(DATE_NAISSANCE, dateNaissance);
            champs.values().removeIf(Objects::isNull);
            return champs;
        }
    }
}
