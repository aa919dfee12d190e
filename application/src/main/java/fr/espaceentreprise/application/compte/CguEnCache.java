package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The CGU's storage with the list of published versions kept for {@link #DUREE}: every authenticated request asks
 * which version is in force, and versions are published a few times a year. A publication through this instance
 * is seen at once; one through another instance within {@link #DUREE}. The users' acceptances are never kept.
 */
public final class CguEnCache implements CguRepository {

    public static final Duration DUREE = Duration.ofSeconds(5);

    private final CguRepository stockage;
    private final Clock horloge;
    private final Duration duree;
    private volatile Lecture derniere;

    public CguEnCache(CguRepository stockage, Clock horloge) {
        this(stockage, horloge, DUREE);
    }

    public CguEnCache(CguRepository stockage, Clock horloge, Duration duree) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.duree = duree;
    }

    @Override
    public Optional<VersionCgu> versionCourante(Instant maintenant) {
        return versions().stream().filter(version -> !version.publieeLe().isAfter(maintenant)).findFirst();
    }

    @Override
    public List<VersionCgu> versions() {
        Instant lecture = horloge.instant();
        Lecture connue = derniere;
        if (connue != null && lecture.isBefore(connue.lueLe().plus(duree)) && !lecture.isBefore(connue.lueLe())) {
            return connue.versions();
        }
        List<VersionCgu> versions = stockage.versions();
        derniere = new Lecture(versions, lecture);
        return versions;
    }

    @Override
    public void publier(PublicationCgu publication) {
        derniere = null;
        stockage.publier(publication);
        derniere = null;
    }

    @Override
    public Optional<String> texte(String version, Langue langue) {
        return stockage.texte(version, langue);
    }

    @Override
    public Optional<AcceptationCgu> derniereAcceptation(UtilisateurId utilisateurId) {
        return stockage.derniereAcceptation(utilisateurId);
    }

    @Override
    public void enregistrer(AcceptationCgu acceptation) {
        stockage.enregistrer(acceptation);
    }

    private record Lecture(List<VersionCgu> versions, Instant lueLe) {
        Lecture {
            versions = List.copyOf(versions);
        }
    }
}
