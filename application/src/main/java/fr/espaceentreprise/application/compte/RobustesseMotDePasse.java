package fr.espaceentreprise.application.compte;

import java.util.List;

/** Judges whether a password is too easy to guess (common, keyboard pattern, or made of the user's own data). */
public interface RobustesseMotDePasse {

    /**
     * @param donneesPersonnelles what an attacker would try first: numéro d'adhérent, names, e-mail, birth date,
     *                            company name
     */
    boolean estTropPrevisible(char[] motDePasse, List<String> donneesPersonnelles);
}
