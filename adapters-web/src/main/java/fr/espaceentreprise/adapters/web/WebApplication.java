package fr.espaceentreprise.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.espaceentreprise.adapters.web.exploitation.SanteRoutes;
import fr.espaceentreprise.application.exploitation.ConsulterSante;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/** Builds the portal's HTTP server, unstarted, so that main starts it on its port and tests on port 0. */
public final class WebApplication {

    private static final long TAILLE_MAX_REQUETE = 1_000_000;

    private WebApplication() {
    }

    public static Javalin creer(ConsulterSante consulterSante) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        SanteRoutes sante = new SanteRoutes(consulterSante);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = TAILLE_MAX_REQUETE;
            config.jsonMapper(new JavalinJackson(json, false));
            sante.declarer(config.routes);
        });
    }
}
