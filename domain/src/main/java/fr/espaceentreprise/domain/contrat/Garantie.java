package fr.espaceentreprise.domain.contrat;

import java.util.Arrays;
import java.util.List;

/** The catalogue of plans a contract may cover, each offered by one Organisme. */
public enum Garantie {
    SANTE_EXPAT_CFE_ESSENTIEL(Organisme.HUMANIS_ASSURANCES, DomaineGarantie.SANTE),
    SANTE_EXPAT_CFE_CONFORT(Organisme.HUMANIS_ASSURANCES, DomaineGarantie.SANTE),
    SANTE_EXPAT_CFE_INTEGRAL(Organisme.HUMANIS_ASSURANCES, DomaineGarantie.SANTE),
    SANTE_EXPAT_PREMIER_EURO(Organisme.HUMANIS_ASSURANCES, DomaineGarantie.SANTE),
    PREVOYANCE_DECES_INVALIDITE(Organisme.HUMANIS_PREVOYANCE, DomaineGarantie.PREVOYANCE),
    PREVOYANCE_INCAPACITE_TRAVAIL(Organisme.HUMANIS_PREVOYANCE, DomaineGarantie.PREVOYANCE),
    ASSISTANCE_RAPATRIEMENT(Organisme.HUMANIS_ASSURANCES, DomaineGarantie.ASSISTANCE);

    private final Organisme organisme;
    private final DomaineGarantie domaine;

    Garantie(Organisme organisme, DomaineGarantie domaine) {
        this.organisme = organisme;
        this.domaine = domaine;
    }

    public Organisme organisme() {
        return organisme;
    }

    public DomaineGarantie domaine() {
        return domaine;
    }

    public boolean estProposeePar(Organisme organisme) {
        return this.organisme == organisme;
    }

    public static List<Garantie> catalogue(Organisme organisme) {
        return Arrays.stream(values()).filter(garantie -> garantie.estProposeePar(organisme)).toList();
    }
}
