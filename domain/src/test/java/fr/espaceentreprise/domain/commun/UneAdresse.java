package fr.espaceentreprise.domain.commun;

/** Test-data builder: {@code UneAdresse.aParis().ligne2("Bâtiment B").build()}. */
public final class UneAdresse {

    private String ligne1 = "12 rue de la Paix";
    private String ligne2;
    private String codePostal = "75002";
    private String ville = "Paris";
    private CodePays pays = CodePays.FRANCE;

    private UneAdresse() {
    }

    public static UneAdresse aParis() {
        return new UneAdresse();
    }

    public static UneAdresse aLondres() {
        return new UneAdresse().ligne1("10 Downing Street").codePostal("SW1A 2AA").ville("London").pays("GB");
    }

    public UneAdresse ligne1(String ligne1) {
        this.ligne1 = ligne1;
        return this;
    }

    public UneAdresse ligne2(String ligne2) {
        this.ligne2 = ligne2;
        return this;
    }

    public UneAdresse codePostal(String codePostal) {
        this.codePostal = codePostal;
        return this;
    }

    public UneAdresse ville(String ville) {
        this.ville = ville;
        return this;
    }

    public UneAdresse pays(String code) {
        this.pays = code == null ? null : new CodePays(code);
        return this;
    }

    public Adresse build() {
        return new Adresse(ligne1, ligne2, codePostal, ville, pays);
    }
}
