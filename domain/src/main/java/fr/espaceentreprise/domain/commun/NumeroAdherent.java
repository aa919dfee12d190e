package fr.espaceentreprise.domain.commun;

/** Member number: the login of an Entreprise or Mandataire account, exactly 8 digits. */
public record NumeroAdherent(String valeur) {

    public static final String CHAMP = "numeroAdherent";

    public NumeroAdherent {
        valeur = Verifications.obligatoire(valeur, CHAMP).strip();
        if (valeur.length() != 8 || !Verifications.queDesChiffres(valeur)) {
            throw new ValeurInvalideException("numeroAdherent.invalide", CHAMP);
        }
    }

    @Override
    public String toString() {
        return valeur;
    }
}
