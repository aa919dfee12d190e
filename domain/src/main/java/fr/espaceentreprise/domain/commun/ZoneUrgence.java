package fr.espaceentreprise.domain.commun;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Expatriation zone, which decides the assistance phone number to call. Every country belongs to exactly one
 * zone. Overseas territories go to the zone they lie in (Guadeloupe: Caribbean, Réunion: Africa); uninhabited
 * or polar territories go to the zone their assistance is organised from (Antarctica: Oceania, through Hobart).
 */
public enum ZoneUrgence {

    EUROPE("AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT JE "
            + "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA"),
    AFRIQUE("AO BF BI BJ BV BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML "
            + "MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW"),
    AMERIQUE_DU_NORD("BM CA GL PM US"),
    AMERIQUE_LATINE_CARAIBES("AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY "
            + "HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI"),
    MOYEN_ORIENT("AE BH IL IQ IR JO KW LB OM PS QA SA SY YE"),
    ASIE("AF BD BN BT CN HK ID IN IO JP KG KH KP KR KZ LA LK MM MN MO MV MY NP PH PK SG TH TJ TL TM TW UZ VN"),
    OCEANIE("AQ AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS");

    private static final Map<String, ZoneUrgence> PAR_CODE = new HashMap<>();

    static {
        for (ZoneUrgence zone : values()) {
            for (String code : zone.codes) {
                ZoneUrgence precedente = PAR_CODE.put(code, zone);
                if (precedente != null) {
                    throw new IllegalStateException(code + " est dans " + precedente + " et " + zone);
                }
            }
        }
    }

    private final String[] codes;

    ZoneUrgence(String codes) {
        this.codes = codes.split(" ");
    }

    /** The codes this zone lists, as written in the table. */
    Set<String> codesPays() {
        return Set.of(codes);
    }

    public static ZoneUrgence de(CodePays pays) {
        Objects.requireNonNull(pays, "pays");
        ZoneUrgence zone = PAR_CODE.get(pays.valeur());
        if (zone == null) {
            throw new IllegalStateException("Pays sans zone d'urgence : " + pays.valeur());
        }
        return zone;
    }
}
