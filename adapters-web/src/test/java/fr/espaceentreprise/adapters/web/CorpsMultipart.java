package fr.espaceentreprise.adapters.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body as a browser or an API client sends it: text fields and files, in order. */
public final class CorpsMultipart {

    private final String frontiere = "----frontiere" + System.nanoTime();
    private final ByteArrayOutputStream corps = new ByteArrayOutputStream();

    public CorpsMultipart champ(String nom, String valeur) {
        return partie("Content-Disposition: form-data; name=\"" + nom + "\"", valeur.getBytes(StandardCharsets.UTF_8));
    }

    /** A text part with its own content type, such as the JSON of a demande sent with its files. */
    public CorpsMultipart champ(String nom, String typeDeContenu, String valeur) {
        return partie("Content-Disposition: form-data; name=\"" + nom + "\"\r\nContent-Type: " + typeDeContenu,
                valeur.getBytes(StandardCharsets.UTF_8));
    }

    /** A file part; a browser sends an empty one, without a name, when no file was chosen. */
    public CorpsMultipart fichier(String nom, String nomFichier, byte[] contenu) {
        return partie("Content-Disposition: form-data; name=\"" + nom + "\"; filename=\""
                + (nomFichier == null ? "" : nomFichier) + "\"\r\nContent-Type: application/octet-stream",
                contenu == null ? new byte[0] : contenu);
    }

    /** The request with this body, POSTed. */
    public HttpRequest.Builder envoyerPar(HttpRequest.Builder requete) {
        ByteArrayOutputStream complet = new ByteArrayOutputStream();
        complet.writeBytes(corps.toByteArray());
        complet.writeBytes(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return requete.header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(complet.toByteArray()));
    }

    private CorpsMultipart partie(String entetes, byte[] contenu) {
        corps.writeBytes(("--" + frontiere + "\r\n" + entetes + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.writeBytes(contenu);
        corps.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }
}
