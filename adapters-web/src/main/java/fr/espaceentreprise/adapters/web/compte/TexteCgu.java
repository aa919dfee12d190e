package fr.espaceentreprise.adapters.web.compte;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a version of the CGU, as published with it (plain text), cut into what the pages show: blocks
 * separated by a blank line; a block of several lines opens with its heading ("Article 3 — Services proposés"),
 * a block of one line is a paragraph alone.
 */
public final class TexteCgu {

    private static final Pattern LIGNE_VIDE = Pattern.compile("\n[ \t]*\n\\s*");

    private TexteCgu() {
    }

    public static List<Section> depuis(String texte) {
        List<Section> sections = new ArrayList<>();
        String normalise = texte.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String bloc : LIGNE_VIDE.split(normalise)) {
            List<String> lignes = Arrays.stream(bloc.strip().split("\n")).map(String::strip)
                    .filter(ligne -> !ligne.isEmpty()).toList();
            if (lignes.size() == 1) {
                sections.add(new Section(null, lignes));
            } else if (!lignes.isEmpty()) {
                sections.add(new Section(lignes.get(0), lignes.subList(1, lignes.size())));
            }
        }
        return List.copyOf(sections);
    }

    /** One block of the CGU: its heading (null for a lone paragraph) and its paragraphs. */
    public record Section(String titre, List<String> paragraphes) {

        public Section {
            paragraphes = List.copyOf(paragraphes);
        }
    }
}
