package fr.espaceentreprise.application.compte;

import java.util.List;
import java.util.Locale;

/** "Too guessable": contains "motdepasse" or one of the user's data of 4 characters or more, ignoring case. */
public final class RobustesseFactice implements RobustesseMotDePasse {

    private List<String> dernieresDonnees = List.of();

    @Override
    public boolean estTropPrevisible(char[] motDePasse, List<String> donneesPersonnelles) {
        dernieresDonnees = List.copyOf(donneesPersonnelles);
        String clair = new String(motDePasse).toLowerCase(Locale.ROOT);
        return clair.contains("motdepasse") || donneesPersonnelles.stream()
                .filter(donnee -> donnee.length() >= 4)
                .anyMatch(donnee -> clair.contains(donnee.toLowerCase(Locale.ROOT)));
    }

    public List<String> dernieresDonnees() {
        return dernieresDonnees;
    }
}
