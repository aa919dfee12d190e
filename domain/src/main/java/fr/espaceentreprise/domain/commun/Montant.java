package fr.espaceentreprise.domain.commun;

import java.util.Collection;

/**
 * An amount in euros, held as a whole number of cents so that no rounding ever happens. Never negative.
 * Arithmetic overflows throw {@link ArithmeticException} rather than wrap around.
 */
public record Montant(long centimes) implements Comparable<Montant> {

    public static final String CHAMP = "montant";
    public static final Montant ZERO = new Montant(0);
    private static final String NEGATIF = "montant.negatif";
    private static final String INVALIDE = "montant.invalide";

    public Montant {
        if (centimes < 0) {
            throw new ValeurInvalideException(NEGATIF, CHAMP);
        }
    }

    public static Montant centimes(long centimes) {
        return new Montant(centimes);
    }

    /**
     * Parses an amount typed the French or the English way: "1234", "1234.5", "1234,56", "1 234,56".
     * At most two decimals; thousands may be separated by single spaces (no-break ones included) in groups
     * of three. "12.345" is refused rather than guessed: three decimals, or a thousands dot?
     */
    public static Montant euros(String texte) {
        String saisie = Verifications.obligatoire(texte, CHAMP).strip();
        boolean negatif = saisie.startsWith("-");
        long centimes = analyser(negatif ? saisie.substring(1) : saisie);
        if (negatif) {
            throw new ValeurInvalideException(NEGATIF, CHAMP);
        }
        return new Montant(centimes);
    }

    private static long analyser(String saisie) {
        int separateur = Math.max(saisie.lastIndexOf(','), saisie.lastIndexOf('.'));
        String partieEntiere = separateur < 0 ? saisie : saisie.substring(0, separateur);
        String partieDecimale = separateur < 0 ? "" : saisie.substring(separateur + 1);
        if (separateur >= 0 && (partieDecimale.isEmpty() || partieDecimale.length() > 2)) {
            throw invalide();
        }
        if (!Verifications.queDesChiffres(partieDecimale) && !partieDecimale.isEmpty()) {
            throw invalide();
        }
        String euros = chiffresDeLaPartieEntiere(partieEntiere);
        String cents = (partieDecimale + "00").substring(0, 2);
        try {
            long valeur = 0;
            for (int i = 0; i < euros.length(); i++) {
                valeur = Math.addExact(Math.multiplyExact(valeur, 10), euros.charAt(i) - '0');
            }
            return Math.addExact(Math.multiplyExact(valeur, 100), Long.parseLong(cents));
        } catch (ArithmeticException depassement) {
            throw invalide();
        }
    }

    /** "1 234 567" → "1234567"; a first group of 1 to 3 digits, then groups of exactly 3. */
    private static String chiffresDeLaPartieEntiere(String partieEntiere) {
        String[] groupes = partieEntiere.split("[\\s\\u00A0\\u2007\\u202F]", -1);
        StringBuilder chiffres = new StringBuilder(partieEntiere.length());
        for (int i = 0; i < groupes.length; i++) {
            String groupe = groupes[i];
            boolean tailleValide = groupes.length == 1
                    || (i == 0 ? groupe.length() >= 1 && groupe.length() <= 3 : groupe.length() == 3);
            if (!tailleValide || !Verifications.queDesChiffres(groupe)) {
                throw invalide();
            }
            chiffres.append(groupe);
        }
        return chiffres.toString();
    }

    private static ValeurInvalideException invalide() {
        return new ValeurInvalideException(INVALIDE, CHAMP);
    }

    public Montant plus(Montant autre) {
        return new Montant(Math.addExact(centimes, autre.centimes));
    }

    /** A result below zero is a broken rule of the caller (paying more than is due...), not a bad input. */
    public Montant moins(Montant autre) {
        long resultat = Math.subtractExact(centimes, autre.centimes);
        if (resultat < 0) {
            throw new RegleMetierException(NEGATIF, CHAMP);
        }
        return new Montant(resultat);
    }

    public Montant fois(long facteur) {
        long resultat = Math.multiplyExact(centimes, facteur);
        if (resultat < 0) {
            throw new RegleMetierException(NEGATIF, CHAMP);
        }
        return new Montant(resultat);
    }

    public boolean estNul() {
        return centimes == 0;
    }

    public boolean estSuperieurA(Montant autre) {
        return centimes > autre.centimes;
    }

    public static Montant somme(Collection<Montant> montants) {
        long total = 0;
        for (Montant montant : Verifications.nonNul(montants, CHAMP)) {
            total = Math.addExact(total, montant.centimes);
        }
        return new Montant(total);
    }

    @Override
    public int compareTo(Montant autre) {
        return Long.compare(centimes, autre.centimes);
    }

    /** Euros with a dot and always two decimals ("1234.50"); {@link #euros(String)} reads it back. */
    @Override
    public String toString() {
        long reste = centimes % 100;
        return (centimes / 100) + (reste < 10 ? ".0" : ".") + reste;
    }
}
