package fr.espaceentreprise.adapters.web.page;

import fr.espaceentreprise.adapters.web.consultation.Portefeuille;
import fr.espaceentreprise.adapters.web.demande.ContexteFormulaire;
import fr.espaceentreprise.adapters.web.demande.GroupeDeTypes;
import fr.espaceentreprise.adapters.web.formulaire.ErreurChamp;
import fr.espaceentreprise.adapters.web.formulaire.Formulaire;
import fr.espaceentreprise.application.contrat.ContratResume;
import fr.espaceentreprise.application.entreprise.EntrepriseResume;
import fr.espaceentreprise.application.entreprise.FicheEntreprise;
import fr.espaceentreprise.application.salarie.FicheSalarie;
import fr.espaceentreprise.application.salarie.SalarieResume;
import fr.espaceentreprise.domain.commun.Bic;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.commun.UneAdresse;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.EtatContrat;
import fr.espaceentreprise.domain.contrat.Garantie;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.contrat.Organisme;
import fr.espaceentreprise.domain.demande.TypeDemande;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import fr.espaceentreprise.domain.entreprise.ModePaiement;
import fr.espaceentreprise.domain.entreprise.Periodicite;
import fr.espaceentreprise.domain.entreprise.UneEntreprise;
import fr.espaceentreprise.domain.salarie.SalarieId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models of the templates of a new demande's forms, for {@link GabaritsTest}: every type, with and without errors. */
final class ModelesDesFormulairesDeDemande {

    private static final LocalDate JOUR = LocalDate.of(2026, 3, 2);
    private static final String JETON = "AAECAwQFBgcICQoLDA0ODw";

    private ModelesDesFormulairesDeDemande() {
    }

    static Map<String, List<Map<String, Object>>> modeles() {
        EntrepriseResume durand = new EntrepriseResume(EntrepriseId.nouveau(), new NumeroAdherent("10000001"),
                "Durand SA");
        EntrepriseResume celik = new EntrepriseResume(EntrepriseId.nouveau(), new NumeroAdherent("10000002"),
                "Çelik Export");
        Portefeuille.Choix uneEntreprise = new Portefeuille.Choix(List.of(durand), Optional.of(durand.id()), false,
                false);
        Portefeuille.Choix deuxEntreprises = new Portefeuille.Choix(List.of(celik, durand), Optional.of(durand.id()),
                false, true);
        Portefeuille.Choix aucune = new Portefeuille.Choix(List.of(), Optional.empty(), false, true);
        FicheEntreprise entreprise = new FicheEntreprise(durand.id(), durand.numeroAdherent(), durand.raisonSociale(),
                UneEntreprise.siretValide(1), UneAdresse.aParis().build(), new Email("rh@durand.fr"),
                Optional.of(new Telephone("01 23 45 67 89")), ModePaiement.PRELEVEMENT,
                Optional.of("•••• •••• 2606"), Optional.of(new Bic("PSSTFRPPPAR")), Periodicite.TRIMESTRIELLE);
        FicheEntreprise parVirement = new FicheEntreprise(durand.id(), durand.numeroAdherent(), durand.raisonSociale(),
                UneEntreprise.siretValide(2), UneAdresse.aLondres().build(), new Email("rh@durand.fr"),
                Optional.empty(), ModePaiement.VIREMENT, Optional.empty(), Optional.empty(), Periodicite.ANNUELLE);
        ContratId contratId = ContratId.nouveau();
        ContratResume contrat = new ContratResume(contratId, new NumeroContrat("CT-000001"), durand.id(),
                durand.raisonSociale(), Organisme.HUMANIS_ASSURANCES, Garantie.SANTE_EXPAT_CFE_CONFORT,
                Optional.empty(), LocalDate.of(2024, 1, 1), Optional.empty(), EtatContrat.ACTIF, List.of());
        FicheSalarie salarie = new FicheSalarie(SalarieId.nouveau(), durand.id(), durand.raisonSociale(), "Wróbel",
                "Łukasz", LocalDate.of(1980, 4, 23), Optional.of("l•••@example.fr"), new CodePays("PL"),
                Montant.centimes(4_500_00), List.of(new FicheSalarie.AffiliationVue(contratId,
                        new NumeroContrat("CT-000001"), Organisme.HUMANIS_ASSURANCES,
                        Garantie.SANTE_EXPAT_CFE_CONFORT, LocalDate.of(2024, 1, 1), Optional.empty(), true)),
                true);
        FicheSalarie sansAffiliation = new FicheSalarie(SalarieId.nouveau(), durand.id(), durand.raisonSociale(),
                "Çelik", "Şükrü", LocalDate.of(1975, 9, 1), Optional.empty(), new CodePays("TR"),
                Montant.centimes(3_000_00), List.of(), false);

        Map<TypeDemande, ContexteFormulaire> contextes = new HashMap<>();
        for (TypeDemande type : TypeDemande.values()) {
            boolean surUnSalarie = type == TypeDemande.MAJ_SALARIE || type == TypeDemande.MAJ_SALAIRE_REFERENCE
                    || type == TypeDemande.MAJ_PAYS_EXPATRIATION || type == TypeDemande.RADIATION_SALARIE;
            contextes.put(type, new ContexteFormulaire(type, entreprise,
                    surUnSalarie ? Optional.of(salarie) : Optional.empty(), Optional.of(contratId),
                    List.of(contrat), JOUR));
        }
        List<ContexteFormulaire> vides = List.of(
                new ContexteFormulaire(TypeDemande.CHANGEMENT_GARANTIE, entreprise, Optional.empty(),
                        Optional.empty(), List.of(), JOUR),
                new ContexteFormulaire(TypeDemande.AFFILIATION_SALARIE, entreprise, Optional.empty(),
                        Optional.empty(), List.of(), JOUR),
                new ContexteFormulaire(TypeDemande.MAJ_MODALITES_PAIEMENT, parVirement, Optional.empty(),
                        Optional.empty(), List.of(), JOUR),
                new ContexteFormulaire(TypeDemande.MAJ_SALARIE, entreprise, Optional.of(sansAffiliation),
                        Optional.empty(), List.of(), JOUR),
                new ContexteFormulaire(TypeDemande.RADIATION_SALARIE, entreprise, Optional.of(sansAffiliation),
                        Optional.empty(), List.of(), JOUR));

        Formulaire enErreur = Formulaire.avecValeurs(Map.of("nom", "", "garantie", "INCONNUE",
                "salaireReference", "beaucoup", "adresse.pays", "ZZ", "modePaiement", "PRELEVEMENT", "message", ""))
                .avecErreurs(List.of(ErreurChamp.sur("nom", "champ.obligatoire"),
                        ErreurChamp.sur("garantie", "demande.garantie.invalide"),
                        ErreurChamp.sur("salaireReference", "montant.invalide"),
                        ErreurChamp.sur("adresse.ligne1", "champ.obligatoire"),
                        ErreurChamp.sur("iban", "modalitesPaiement.iban.obligatoire"),
                        ErreurChamp.sur("contratId", "champ.obligatoire"),
                        ErreurChamp.sur("message", "champ.obligatoire"),
                        ErreurChamp.sur("piecesJointes", "piece_jointe.type.interdit"),
                        new ErreurChamp(null, "demande.formulaire.jeton_invalide", Map.of())));

        List<Map<String, Object>> formulaires = new ArrayList<>();
        // The demandes about one's own data and access have their forms on "Mes données", not here.
        for (TypeDemande type : GroupeDeTypes.TOUS.stream().flatMap(groupe -> groupe.types().stream()).toList()) {
            formulaires.add(Map.of("contexte", contextes.get(type), "choix", uneEntreprise,
                    "formulaire", Formulaire.vide(), "jeton", JETON));
        }
        formulaires.add(Map.of("contexte", contextes.get(TypeDemande.MAJ_ENTREPRISE), "choix", deuxEntreprises,
                "formulaire", enErreur, "jeton", JETON, "fichiersARejoindre", true));

        Map<String, List<Map<String, Object>>> modeles = new HashMap<>();
        modeles.put("demande/nouvelle.jte", List.of(Map.of("groupes", GroupeDeTypes.TOUS),
                Map.of("groupes", GroupeDeTypes.TOUS, "entreprise", durand.id().toString())));
        modeles.put("demande/choixEntreprise.jte", List.of(
                Map.of("type", TypeDemande.MAJ_ENTREPRISE, "choix", deuxEntreprises),
                Map.of("type", TypeDemande.AUTRE, "choix", aucune)));
        modeles.put("demande/choixSalarie.jte", List.of(
                Map.of("type", TypeDemande.MAJ_SALARIE, "entreprise", entreprise, "choix", uneEntreprise,
                        "recherche", "wro", "salaries", List.of(new SalarieResume(SalarieId.nouveau(), "Wróbel",
                                "Łukasz", LocalDate.of(1980, 4, 23), new CodePays("PL"), List.of())),
                        "davantage", true),
                Map.of("type", TypeDemande.RADIATION_SALARIE, "entreprise", entreprise, "choix", deuxEntreprises,
                        "recherche", "", "salaries", List.of(), "davantage", false)));
        modeles.put("demande/formulaire.jte", formulaires);
        champs(modeles, "identite", List.of(Map.of("formulaire", enErreur, "aideEmail", "Facultatif."),
                Map.of("formulaire", Formulaire.vide())));
        champs(modeles, "autre", List.of(Map.of("formulaire", enErreur), Map.of("formulaire", Formulaire.vide())));
        champs(modeles, "piecesJointes", List.of(Map.of("formulaire", enErreur, "fichiersARejoindre", true),
                Map.of("formulaire", Formulaire.vide())));
        for (TypeDemande type : List.of(TypeDemande.CHANGEMENT_GARANTIE, TypeDemande.AFFILIATION_SALARIE,
                TypeDemande.MAJ_ENTREPRISE, TypeDemande.MAJ_MODALITES_PAIEMENT, TypeDemande.MAJ_SALAIRE_REFERENCE,
                TypeDemande.MAJ_PAYS_EXPATRIATION, TypeDemande.RADIATION_SALARIE)) {
            List<Map<String, Object>> cas = new ArrayList<>();
            cas.add(Map.of("contexte", contextes.get(type), "formulaire", enErreur));
            vides.stream().filter(vide -> vide.type() == type)
                    .forEach(vide -> cas.add(Map.of("contexte", vide, "formulaire", Formulaire.vide())));
            champs(modeles, gabarit(type), cas);
        }
        return modeles;
    }

    private static void champs(Map<String, List<Map<String, Object>>> modeles, String nom,
            List<Map<String, Object>> cas) {
        modeles.put("demande/champs/" + nom + ".jte", cas);
    }

    /** MAJ_PAYS_EXPATRIATION → majPaysExpatriation. */
    private static String gabarit(TypeDemande type) {
        StringBuilder nom = new StringBuilder();
        for (String mot : type.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            nom.append(nom.length() == 0 ? mot : Character.toUpperCase(mot.charAt(0)) + mot.substring(1));
        }
        return nom.toString();
    }
}
