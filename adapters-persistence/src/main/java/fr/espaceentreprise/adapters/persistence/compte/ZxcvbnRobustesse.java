package fr.espaceentreprise.adapters.persistence.compte;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import fr.espaceentreprise.application.compte.RobustesseMotDePasse;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link RobustesseMotDePasse} by zxcvbn's estimate: a password scoring below 3 (fewer than ~10^8 guesses, i.e.
 * within reach of an online attack that gets around throttling) is too guessable. The user's own data are given
 * to zxcvbn as a dictionary, whole and word by word, so "Atlas Ingénierie 2026" counts for little at Atlas
 * Ingénierie.
 *
 * <p>zxcvbn prices each separator as a brute-forced character, which lets "Atlas-Ingénierie-2026" through while
 * "AtlasIngénierie2026" is refused; an attacker tries both. So the password is also judged with everything but
 * letters and digits taken out, and the weaker of the two verdicts holds.
 *
 * <p>zxcvbn reads copies of the password, wiped afterwards: its clean-up also wipes the buffer it was given, and
 * the caller still needs the original to hash it.
 */
public final class ZxcvbnRobustesse implements RobustesseMotDePasse {

    static final int SCORE_MINIMAL = 3;

    private static final Pattern SEPARATEURS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Loads zxcvbn's dictionaries once; measuring is then thread-safe. */
    private final Zxcvbn zxcvbn = new Zxcvbn();

    @Override
    public boolean estTropPrevisible(char[] motDePasse, List<String> donneesPersonnelles) {
        List<String> dictionnaire = dictionnaireDeLUtilisateur(donneesPersonnelles);
        if (scoreInferieurAuMinimum(Arrays.copyOf(motDePasse, motDePasse.length), dictionnaire)) {
            return true;
        }
        char[] sansSeparateurs = lettresEtChiffres(motDePasse);
        if (sansSeparateurs.length == 0 || sansSeparateurs.length == motDePasse.length) {
            Arrays.fill(sansSeparateurs, '\0');
            return false;
        }
        return scoreInferieurAuMinimum(sansSeparateurs, dictionnaire);
    }

    /** Measures {@code copie}, then wipes it. */
    private boolean scoreInferieurAuMinimum(char[] copie, List<String> dictionnaire) {
        Strength estimation = null;
        try {
            estimation = zxcvbn.measure(CharBuffer.wrap(copie), dictionnaire);
            return estimation.getScore() < SCORE_MINIMAL;
        } finally {
            if (estimation != null) {
                estimation.wipe();
            }
            Arrays.fill(copie, '\0');
        }
    }

    private static char[] lettresEtChiffres(char[] motDePasse) {
        char[] tampon = new char[motDePasse.length];
        int longueur = 0;
        for (char c : motDePasse) {
            if (Character.isLetterOrDigit(c)) {
                tampon[longueur++] = c;
            }
        }
        char[] resultat = Arrays.copyOf(tampon, longueur);
        Arrays.fill(tampon, '\0');
        return resultat;
    }

    /**
     * Each datum whole, run together ("1985-03-14" → "19850314", "jean.dupont" → "jeandupont"), word by word
     * (words of 3 characters or more), and the data run together two by two ("jeandupont", "dupontjean"). An
     * e-mail address counts as its two halves as well.
     */
    static List<String> dictionnaireDeLUtilisateur(List<String> donneesPersonnelles) {
        Set<String> mots = new LinkedHashSet<>();
        List<String> compactes = new ArrayList<>();
        for (String donnee : donneesPersonnelles) {
            if (donnee == null || donnee.isBlank()) {
                continue;
            }
            String minuscule = donnee.strip().toLowerCase(Locale.ROOT);
            String compacte = compacter(minuscule);
            mots.add(minuscule);
            mots.add(compacte);
            compactes.add(compacte);
            for (String moitie : minuscule.split("@")) {
                mots.add(compacter(moitie));
            }
            for (String mot : SEPARATEURS.split(minuscule)) {
                if (mot.length() >= 3) {
                    mots.add(mot);
                }
            }
        }
        for (String premiere : compactes) {
            for (String seconde : compactes) {
                if (!premiere.equals(seconde)) {
                    mots.add(premiere + seconde);
                }
            }
        }
        mots.remove("");
        return List.copyOf(mots);
    }

    private static String compacter(String texte) {
        return SEPARATEURS.matcher(texte).replaceAll("");
    }
}
