package fr.espaceentreprise.bootstrap.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Given names and family names of many cultures, spelled as their bearers spell them (accents, cedillas, Polish,
 * Turkish, Vietnamese, Romanian letters…), so every screen, PDF and e-mail of the demo meets them. Family names
 * are chosen among those that do not change with gender (the Icelandic ones go with women's names only), so any
 * pairing within a culture is plausible.
 */
final class NomsDuMonde {

    record Culture(List<String> prenoms, List<String> noms) {
    }

    record Identite(String prenom, String nom) {
    }

    /** Shown first in the first company's list, whatever the seed. */
    static final List<Identite> VITRINE = List.of(
            new Identite("Łukasz", "Wróbel"),
            new Identite("Şükrü", "Çelik"),
            new Identite("Thị Hoa", "Nguyễn"),
            new Identite("Zoë", "Brontë"),
            new Identite("José", "Ñúñez"),
            new Identite("Ștefan", "Țurcanu"),
            new Identite("Søren", "Østergaard"),
            new Identite("Yūki", "Satō"));

    static final List<Culture> CULTURES = List.of(
            new Culture(
                    List.of("Camille", "Théo", "Léa", "Mathéo", "Chloé", "Maël", "Inès", "Jérôme", "Hélène", "François",
                            "Gaëlle", "Noël", "Anaïs", "Loïc", "Éloïse", "Benoît", "Adèle", "Raphaël", "Clémence", "Aurélien"),
                    List.of("Lefèvre", "Dupré", "Mercier", "Faure", "Rousseau", "Girard", "Bonnet", "Lemaître", "Fontaine",
                            "Chevalier", "Bérard", "Lécuyer", "Perrin", "Guérin", "Morel", "Vallée", "Cœurdevey", "Dubœuf")),
            new Culture(
                    List.of("Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Zofia", "Grzegorz", "Wojciech", "Katarzyna"),
                    List.of("Wróbel", "Nowak", "Kaczmarek", "Mazur", "Zając", "Wójcik", "Kołodziej", "Krawczyk")),
            new Culture(
                    List.of("Şükrü", "Ayşe", "Gökhan", "Özlem", "Çağrı", "İlker", "Elif", "Barış"),
                    List.of("Çelik", "Yılmaz", "Öztürk", "Şahin", "Aydın", "Doğan", "Kılıç", "Güneş")),
            new Culture(
                    List.of("Thị Hoa", "Văn Đức", "Minh Châu", "Quốc Bảo", "Thu Hằng", "Hoàng Long", "Ngọc Ánh"),
                    List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Võ")),
            new Culture(
                    List.of("José", "María José", "Íñigo", "Lucía", "Begoña", "Andrés", "Martín", "Sofía", "Joaquín"),
                    List.of("Ñúñez", "García", "Fernández", "Muñoz", "Ibáñez", "Peña", "Domínguez", "Gutiérrez", "Álvarez")),
            new Culture(
                    List.of("Zoë", "Oliver", "Amelia", "Harry", "Siobhán", "Niamh", "Seán", "Eleanor"),
                    List.of("Brontë", "Smith", "O'Brien", "Fitzgerald", "Taylor", "McCarthy", "Evans", "Ó Súilleabháin")),
            new Culture(
                    List.of("Jürgen", "Björn", "Søren", "Åsa", "Jörg", "Märta", "Ingrid", "Lars", "Frédérique"),
                    List.of("Müller", "Schröder", "Sørensen", "Åberg", "Østergaard", "Bäcker", "Lindqvist", "Groß")),
            new Culture(
                    List.of("João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Lúcia", "Tomás"),
                    List.of("Gonçalves", "Magalhães", "Simões", "Araújo", "Brandão", "Assunção")),
            new Culture(
                    List.of("Yasmine", "Karim", "Nour", "Mehdi", "Leïla", "Youssef", "Fatima-Zahra", "Rachid", "Anissa"),
                    List.of("Benali", "El Amrani", "Haddad", "Boukhari", "Mansour", "Chérif", "Belkacem", "Ben Youssef")),
            new Culture(
                    List.of("Aminata", "Moussa", "Fatoumata", "Ibrahima", "Kouadio", "Adjoa", "Mamadou", "Awa"),
                    List.of("Diallo", "Traoré", "Koné", "Ndiaye", "Ouédraogo", "Kouassi", "Mensah", "Sawadogo")),
            new Culture(
                    List.of("Wei", "Jing", "Xiaoming", "Li Na", "Hao", "Yutong", "Meili"),
                    List.of("Zhang", "Wang", "Lǚ", "Chen", "Liu", "Zhao", "Huang")),
            new Culture(
                    List.of("Priya", "Arjun", "Ananya", "Rohan", "Lakshmi", "Vikram", "Deepika"),
                    List.of("Sharma", "Iyer", "Patel", "Reddy", "Banerjee", "Nair", "Krishnan")),
            new Culture(
                    List.of("Yūki", "Haruto", "Sakura", "Ren", "Yōko", "Takumi", "Aoi"),
                    List.of("Satō", "Suzuki", "Takahashi", "Itō", "Watanabe", "Kōno")),
            new Culture(
                    List.of("Ștefan", "Ioana", "Mihály", "Zsófia", "Tereza", "Jiří", "Radu", "Réka", "Tomáš"),
                    List.of("Popescu", "Țurcanu", "Kovács", "Szabó", "Dvořák", "Ionescu", "Horváth", "Brâncuși")),
            new Culture(
                    List.of("Guðrún", "Þóra", "Sigríður", "Ásdís"),
                    List.of("Þórsdóttir", "Guðmundsdóttir", "Ólafsdóttir")));

    private NomsDuMonde() {
    }

    static Identite tirer(Hasard hasard) {
        Culture culture = hasard.parmi(CULTURES);
        return new Identite(hasard.parmi(culture.prenoms()), hasard.parmi(culture.noms()));
    }

    /** "Thị Hoa", "Nguyễn" → "thi-hoa.nguyen": what a mail server accepts on the left of the '@'. */
    static String partieLocaleEmail(Identite identite) {
        return enAscii(identite.prenom()) + "." + enAscii(identite.nom());
    }

    private static String enAscii(String texte) {
        String sansAccents = Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char lettre : sansAccents.toLowerCase(Locale.ROOT).toCharArray()) {
            ascii.append(switch (lettre) {
                case 'ł' -> "l";
                case 'ø' -> "o";
                case 'đ' -> "d";
                case 'ð' -> "d";
                case 'ı' -> "i";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'þ' -> "th";
                case ' ' -> "-";
                default -> (lettre >= 'a' && lettre <= 'z') || lettre == '-' ? String.valueOf(lettre) : "";
            });
        }
        return ascii.toString();
    }
}
