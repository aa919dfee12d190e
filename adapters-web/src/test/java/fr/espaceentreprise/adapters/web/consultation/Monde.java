package fr.espaceentreprise.adapters.web.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.adapters.web.ServeurDeTest;
import fr.espaceentreprise.adapters.web.compte.Navigation;
import fr.espaceentreprise.application.compte.EspaceComptes;
import fr.espaceentreprise.application.consultation.EspaceConsultation;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.contrat.CodeOption;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.demande.Demande;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.mandataire.Mandataire;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.UnSalarie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The world the web tests of the rubriques look at, on 2 March 2026 ({@link EspaceConsultation#AUJOURDHUI}):
 *
 * <ul>
 *   <li>Durand SA, contrats {@link #santeDurand} (health) and {@link #prevoyanceDurand} (death and disability);
 *       salariés Wróbel Łukasz (Poland, health), Çelik Şükrü (Turkey, both), Bernard Émile (Senegal, death and
 *       disability only), Adam Zoé (health, ended ten days ago); four appels;</li>
 *   <li>Öztürk Export, contrat {@link #santeOzturk}, salariée Öztürk Ayşe, one appel;</li>
 *   <li>Martin SARL, contrat {@link #santeMartin}, salarié Martin Paul, one appel: nobody's but its own;</li>
 *   <li>the broker Courtage Expat, with mandats on {@link #santeDurand} and {@link #santeOzturk} only.</li>
 * </ul>
 *
 * Each of Durand SA, Martin SARL and the broker has an account that logs in with {@link EspaceComptes#MOT_DE_PASSE}.
 */
public final class Monde {

    public static final LocalDate AUJOURDHUI = EspaceConsultation.AUJOURDHUI;

    public final EspaceConsultation espace = new EspaceConsultation();
    public final Entreprise durand = espace.entreprise(UneEntreprise.nommee("Durand SA"));
    public final Contrat santeDurand = espace.contrat(UnContrat.de(durand.id()).numero("SANTE-DUR-01")
            .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).avecOption(CodeOption.MATERNITE, UnContrat.EFFET));
    public final Contrat prevoyanceDurand = espace.contrat(UnContrat.de(durand.id()).numero("PREV-DUR-02")
            .garantie(Garantie.PREVOYANCE_DECES_INVALIDITE));
    public final Entreprise ozturk = espace.entreprise(UneEntreprise.nommee("Öztürk Export"));
    public final Contrat santeOzturk = espace.contrat(UnContrat.de(ozturk.id()).numero("SANTE-OZT-01"));
    public final Entreprise martin = espace.entreprise(UneEntreprise.nommee("Martin SARL"));
    public final Contrat santeMartin = espace.contrat(UnContrat.de(martin.id()).numero("SANTE-MAR-01"));

    public final Salarie wrobel = espace.salarie(UnSalarie.nomme("Wróbel").prenomme("Łukasz").expatrieEn("PL")
            .neLe(LocalDate.of(1980, 4, 23)).email("lukasz.wrobel@example.pl").affilieA(santeDurand));
    public final Salarie celik = espace.salarie(UnSalarie.nomme("Çelik").prenomme("Şükrü").expatrieEn("TR")
            .affilieA(santeDurand).affilieA(prevoyanceDurand));
    public final Salarie bernard = espace.salarie(UnSalarie.nomme("Bernard").prenomme("Émile").expatrieEn("SN")
            .affilieA(prevoyanceDurand));
    public final Salarie adam = espace.salarie(UnSalarie.nomme("Adam").prenomme("Zoé").expatrieEn("JP")
            .affilieA(santeDurand).radieDe(santeDurand, AUJOURDHUI.minusDays(10)));
    public final Salarie ayse = espace.salarie(UnSalarie.nomme("Öztürk").prenomme("Ayşe").expatrieEn("DE")
            .affilieA(santeOzturk));
    public final Salarie paul = espace.salarie(UnSalarie.nomme("Martin").prenomme("Paul").expatrieEn("US")
            .affilieA(santeMartin));

    /** 2025 Q4, due 15 January 2026, 1,500 € called, 500 € paid: late. */
    public final AppelDeCotisation enRetard = espace.appel(UnAppelDeCotisation.sur(santeDurand.id())
            .quittance("Q-DUR-2025-4").periode(Periode.trimestre(2025, 4)).echeance(LocalDate.of(2026, 1, 15))
            .montantAppele("1500").payeLe(LocalDate.of(2026, 1, 10), "500"));
    /** 2025 Q3, paid in full. */
    public final AppelDeCotisation solde = espace.appel(UnAppelDeCotisation.sur(santeDurand.id())
            .quittance("Q-DUR-2025-3").periode(Periode.trimestre(2025, 3)).echeance(LocalDate.of(2025, 10, 15))
            .montantAppele("1200").soldeLe(LocalDate.of(2025, 10, 1)));
    /** 2026 Q1, due in 18 days, nothing paid. */
    public final AppelDeCotisation aPayer = espace.appel(UnAppelDeCotisation.sur(santeDurand.id())
            .quittance("Q-DUR-2026-1").periode(Periode.trimestre(2026, 1)).echeance(LocalDate.of(2026, 3, 20))
            .montantAppele("1600"));
    /** On the death and disability contrat, which the broker does not manage. */
    public final AppelDeCotisation prevoyance = espace.appel(UnAppelDeCotisation.sur(prevoyanceDurand.id())
            .quittance("Q-PRV-2026-1").periode(Periode.trimestre(2026, 1)).echeance(LocalDate.of(2026, 3, 25))
            .montantAppele("300"));
    public final AppelDeCotisation appelOzturk = espace.appel(UnAppelDeCotisation.sur(santeOzturk.id())
            .quittance("Q-OZT-2026-1").periode(Periode.trimestre(2026, 1)).echeance(LocalDate.of(2026, 3, 15))
            .montantAppele("800"));
    public final AppelDeCotisation appelMartin = espace.appel(UnAppelDeCotisation.sur(santeMartin.id())
            .quittance("Q-MAR-2026-1").periode(Periode.trimestre(2026, 1)).echeance(LocalDate.of(2026, 3, 10))
            .montantAppele("700"));

    public final Demande demandeEnAttente = espace.demandeEnAttenteDeRetour(durand,
            EspaceConsultation.T0.minusSeconds(86_400 * 5));

    public final Mandataire courtier = espace.mandataire("Courtage Expat");

    public Monde() {
        espace.mandat(courtier, santeDurand);
        espace.mandat(courtier, santeOzturk);
        espace.compteEntreprise(durand);
        espace.compteEntreprise(martin);
        espace.compteMandataire(courtier);
    }

    /** Logs in by the login form as that entreprise's user. */
    public void connecter(ServeurDeTest serveur, Entreprise entreprise) {
        connecter(serveur, entreprise.numeroAdherent().valeur());
    }

    public void connecterCourtier(ServeurDeTest serveur) {
        connecter(serveur, courtier.numeroAdherent().valeur());
    }

    private static void connecter(ServeurDeTest serveur, String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecter(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE);
        assertEquals(303, reponse.statusCode(), reponse.body());
    }

    /**
     * A bearer token of that entreprise's user, for the API; the login carries the CSRF token, since this client
     * may also hold a session cookie from a login by the form.
     */
    public String jeton(ServeurDeTest serveur, Entreprise entreprise) {
        return jeton(serveur, entreprise.numeroAdherent().valeur());
    }

    public String jetonCourtier(ServeurDeTest serveur) {
        return jeton(serveur, courtier.numeroAdherent().valeur());
    }

    private static String jeton(ServeurDeTest serveur, String numeroAdherent) {
        HttpResponse<String> reponse = Navigation.connecterApi(serveur, numeroAdherent, EspaceComptes.MOT_DE_PASSE,
                "X-CSRF-Token", serveur.jetonCsrf());
        assertEquals(201, reponse.statusCode(), reponse.body());
        return Navigation.json(reponse).get("jeton").asText();
    }

    /** The text of a PDF, as PDFBox extracts it. */
    public static String texte(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
