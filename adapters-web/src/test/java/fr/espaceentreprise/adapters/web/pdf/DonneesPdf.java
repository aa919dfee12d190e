package fr.espaceentreprise.adapters.web.pdf;

import fr.espaceentreprise.application.cotisation.AppelResume;
import fr.espaceentreprise.application.cotisation.ConsulterCotisations;
import fr.espaceentreprise.application.cotisation.TotauxAppels;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.UnContrat;
import fr.espaceentreprise.domain.cotisation.AppelDeCotisation;
import fr.espaceentreprise.domain.cotisation.Paiement;
import fr.espaceentreprise.domain.cotisation.UnAppelDeCotisation;
import fr.espaceentreprise.domain.entreprise.Entreprise;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.CodeVerification;
import fr.espaceentreprise.domain.salarie.Salarie;
import fr.espaceentreprise.domain.salarie.UnSalarie;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data for the PDFs, built through the domain's own builders and factories. */
final class DonneesPdf {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 27);
    static final String CODE = "0123456789ABCDEFGHJK";
    static final URI LIEN = URI.create("https://espace.example.fr/verification/" + CODE);

    /** One instance for every test class: it is built to be shared, and fonts take a moment to read. */
    static final DocumentsPdf DOCUMENTS = new DocumentsPdf();

    private DonneesPdf() {
    }

    static Entreprise entreprise() {
        return UneEntreprise.nommee("Expat Conseil SAS").numeroAdherent("10203040").build();
    }

    /**
     * The attestation of a salarié of {@link #entreprise()} born on 14 March 1985, affiliated on 1 January 2024 to
     * CT-2024-0001 (health, Humanis Assurances) and on 1 June 2024 to CT-2024-0002 (death and disability, Humanis
     * Prévoyance), issued on {@link #AUJOURDHUI}.
     */
    static Attestation attestation(String prenom, String nom) {
        Entreprise entreprise = entreprise();
        Contrat sante = UnContrat.de(entreprise.id()).numero("CT-2024-0001")
                .garantie(Garantie.SANTE_EXPAT_CFE_CONFORT).build();
        Contrat prevoyance = UnContrat.de(entreprise.id()).numero("CT-2024-0002")
                .garantie(Garantie.PREVOYANCE_DECES_INVALIDITE).build();
        Salarie salarie = UnSalarie.nomme(nom).prenomme(prenom).de(entreprise.id())
                .email("salarie.prive@example.org")
                .affilieA(sante, LocalDate.of(2024, 1, 1))
                .affilieA(prevoyance, LocalDate.of(2024, 6, 1))
                .build();
        return Attestation.delivrer(new CodeVerification(CODE), salarie, entreprise,
                Map.of(sante.id(), sante, prevoyance.id(), prevoyance), AUJOURDHUI,
                Instant.parse("2026-11-27T09:30:00Z"));
    }

    /** An appel as the list shows it, with the state the use case computed. */
    static AppelResume resume(AppelDeCotisation appel, String raisonSociale, String numeroContrat) {
        Entreprise entreprise = UneEntreprise.nommee(raisonSociale).build();
        return new AppelResume(appel.id(), appel.contratId(),
                new fr.espaceentreprise.domain.contrat.NumeroContrat(numeroContrat), entreprise.id(),
                raisonSociale, appel.numeroQuittance(), appel.periode(), appel.echeance(), appel.montantAppele(),
                appel.montantPaye(), appel.etatAu(AUJOURDHUI));
    }

    static ConsulterCotisations.FicheAppel fiche(AppelDeCotisation appel) {
        return new ConsulterCotisations.FicheAppel(resume(appel, "Expat Conseil SAS", "CT-2024-0001"),
                appel.paiements());
    }

    /** {@code nombre} appels Q-00000000, Q-00000001... of 1 000,00 € each, 250,00 € paid on each. */
    static ConsulterCotisations.Export export(int nombre, String raisonSociale) {
        List<AppelResume> appels = new ArrayList<>();
        for (int i = 0; i < nombre; i++) {
            AppelDeCotisation appel = UnAppelDeCotisation.parDefaut().quittance(String.format("Q-%08d", i))
                    .montantAppele("1000").payeLe(LocalDate.of(2024, 4, 1), "250").build();
            appels.add(resume(appel, raisonSociale, "CT-2024-0001"));
        }
        Montant appele = Montant.centimes(100_000L * nombre);
        Montant paye = Montant.centimes(25_000L * nombre);
        return new ConsulterCotisations.Export(appels, new TotauxAppels(appele, paye));
    }

    static Paiement paiement(LocalDate date, long centimes, String reference) {
        return new Paiement(date, Montant.centimes(centimes), reference);
    }
}
