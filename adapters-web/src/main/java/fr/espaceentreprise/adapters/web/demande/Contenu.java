package fr.espaceentreprise.adapters.web.demande;

import fr.espaceentreprise.adapters.web.page.Page;
import fr.espaceentreprise.application.demande.FicheDemande;
import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Iban;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.demande.ContenuDemande;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a demande asks for, field by field, read from its typed record: for the API (ids as strings, amounts in
 * cents, dates ISO) and for the page (translated labels and values). Every content type is covered without a
 * line per type, so a new field shows up by itself.
 */
public final class Contenu {

    private static final String CONTRAT = "contratId";
    private static final String SALARIE = "salarieId";

    private Contenu() {
    }

    /** The fields under their component names (the glossary's words), empty ones left out. */
    public static Map<String, Object> json(ContenuDemande contenu) {
        Map<String, Object> champs = new LinkedHashMap<>();
        lire((Record) contenu).forEach((nom, valeur) -> {
            Object simple = simple(valeur);
            if (simple != null) {
                champs.put(nom, simple instanceof Montant ? ((Montant) simple).centimes()
                        : simple instanceof Enum || simple instanceof LocalDate ? simple.toString()
                        : simple instanceof Number || simple instanceof Boolean ? simple : simple.toString());
            }
        });
        return champs;
    }

    /**
     * Label and value of each filled field of a demande, in the page's language; the contrat and the salarié it
     * names are shown by their numéro and name, not by their ids.
     */
    static List<Ligne> lignes(FicheDemande fiche, Page page) {
        Map<String, String> nommes = new HashMap<>();
        fiche.numeroContrat().ifPresent(numero -> nommes.put(CONTRAT, numero.valeur()));
        fiche.nomSalarie().ifPresent(nom -> nommes.put(SALARIE, nom));
        return lignes(fiche.contenu(), page, nommes);
    }

    /** Label and value of each filled field, in the page's language. */
    static List<Ligne> lignes(ContenuDemande contenu, Page page) {
        return lignes(contenu, page, Map.of());
    }

    private static List<Ligne> lignes(ContenuDemande contenu, Page page, Map<String, String> nommes) {
        List<Ligne> lignes = new ArrayList<>();
        lire((Record) contenu).forEach((nom, valeur) -> {
            Object simple = simple(valeur);
            if (simple != null) {
                String texte = nommes.containsKey(nom) ? nommes.get(nom)
                        : valeur instanceof CodePays ? page.pays((CodePays) valeur)
                        : simple instanceof Montant ? page.montant((Montant) simple)
                        : simple instanceof Enum ? page.valeur((Enum<?>) simple)
                        : simple instanceof LocalDate ? page.date((LocalDate) simple)
                        : simple.toString();
                lignes.add(new Ligne(page.libelle(nom).orElse(nom), texte));
            }
        });
        return lignes;
    }

    public record Ligne(String libelle, String valeur) {
    }

    private static Map<String, Object> lire(Record enregistrement) {
        Map<String, Object> valeurs = new LinkedHashMap<>();
        lire(enregistrement, valeurs);
        return valeurs;
    }

    /** A value of several fields (an adresse, modalités de paiement) lends its fields to the list. */
    private static void lire(Record enregistrement, Map<String, Object> valeurs) {
        for (RecordComponent composant : enregistrement.getClass().getRecordComponents()) {
            Object valeur = valeur(enregistrement, composant);
            if (valeur instanceof Optional) {
                valeur = ((Optional<?>) valeur).orElse(null);
            }
            if (valeur instanceof Record && !(valeur instanceof Montant)
                    && valeur.getClass().getRecordComponents().length > 1) {
                lire((Record) valeur, valeurs);
            } else {
                valeurs.put(composant.getName(), valeur);
            }
        }
    }

    /**
     * An Optional unwrapped, a one-field value object (ids, codes) reduced to its value; Montant kept whole; an IBAN
     * masked but its last 4 characters, as everywhere it is shown.
     */
    private static Object simple(Object valeur) {
        if (valeur instanceof Optional) {
            return simple(((Optional<?>) valeur).orElse(null));
        }
        if (valeur instanceof Iban) {
            return ((Iban) valeur).masque();
        }
        if (valeur instanceof Record && !(valeur instanceof Montant)) {
            RecordComponent[] composants = valeur.getClass().getRecordComponents();
            if (composants.length == 1) {
                return simple(valeur((Record) valeur, composants[0]));
            }
        }
        return valeur;
    }

    private static Object valeur(Record enregistrement, RecordComponent composant) {
        try {
            composant.getAccessor().setAccessible(true);
            return composant.getAccessor().invoke(enregistrement);
        } catch (IllegalAccessException | InvocationTargetException illisible) {
            throw new IllegalStateException("cannot read " + composant, illisible);
        }
    }
}
