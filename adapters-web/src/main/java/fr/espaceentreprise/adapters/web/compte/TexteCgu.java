package fr.espaceentreprise.adapters.web.compte;

import fr.espaceentreprise.adapters.web.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the CGU in force, in the bundles ({@code cgu.section.<n>.titre}, {@code cgu.section.<n>.<m>}, numbered
 * from 1 without gaps) beside the version published in the database ({@code ConsulterCgu}). A new version is
 * published by changing both in the same release.
 */
public final class TexteCgu {

    private TexteCgu() {
    }

    public static List<Section> de(Messages messages) {
        List<Section> sections = new ArrayList<>();
        for (int n = 1; messages.contient(cle(n, "titre")); n++) {
            List<String> paragraphes = new ArrayList<>();
            for (int m = 1; messages.contient(cle(n, Integer.toString(m))); m++) {
                paragraphes.add(messages.t(cle(n, Integer.toString(m))));
            }
            sections.add(new Section(messages.t(cle(n, "titre")), paragraphes));
        }
        return List.copyOf(sections);
    }

    private static String cle(int section, String partie) {
        return "cgu.section." + section + "." + partie;
    }

    /** One article of the CGU: its title and paragraphs, as plain text. */
    public record Section(String titre, List<String> paragraphes) {

        public Section {
            paragraphes = List.copyOf(paragraphes);
        }
    }
}
