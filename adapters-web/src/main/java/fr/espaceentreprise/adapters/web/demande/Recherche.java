package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.consultation.Lien;
import fr.espaceentreprise.adapters.web.consultation.Parametres;
import fr.espaceentreprise.adapters.web.formulaire.Option;
import fr.espaceentreprise.adapters.web.formulaire.Saisie;
import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.demande.FiltreDemandes;
import fr.espaceentreprise.domain.demande.StatutDemande;
import fr.espaceentreprise.domain.demande.TypeDemande;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a list of demandes asks for (statut, type, curseur, taille); every wrong parameter is reported at once. */
record Recherche(FiltreDemandes filtre, Optional<CurseurChronologique> curseur, int taille) {

    static final String STATUT = "statut";
    static final String TYPE = "type";

    static Recherche lire(Context ctx) {
        Saisie saisie = new Saisie();
        FiltreDemandes parStatut = saisie.lire(() -> FiltreDemandes.de(Parametres.texte(ctx, STATUT), "", ""));
        FiltreDemandes parType = saisie.lire(() -> FiltreDemandes.de("", Parametres.texte(ctx, TYPE), ""));
        Optional<CurseurChronologique> curseur = Parametres.curseur(ctx, saisie, CurseurChronologique::decoder);
        int taille = Parametres.taille(ctx, saisie);
        saisie.verifier();
        return new Recherche(new FiltreDemandes(parStatut.statut(), parType.type(), Optional.empty()), curseur,
                taille);
    }

    /** The link to the same list with the same filters, from its first page. */
    static Lien lien(Context ctx, String chemin) {
        return Lien.vers(chemin).avec(STATUT, Parametres.texte(ctx, STATUT)).avec(TYPE, Parametres.texte(ctx, TYPE))
                .avec(Parametres.TAILLE, Parametres.texte(ctx, Parametres.TAILLE));
    }

    static List<Option> statuts(Page page) {
        return Arrays.stream(StatutDemande.values()).map(statut -> new Option(statut.name(), page.valeur(statut)))
                .toList();
    }

    static List<Option> types(Page page) {
        return Arrays.stream(TypeDemande.values()).map(type -> new Option(type.name(), page.valeur(type))).toList();
    }
}
