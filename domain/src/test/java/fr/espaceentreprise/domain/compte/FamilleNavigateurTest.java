package fr.espaceentreprise.domain.compte;

import static fr.espaceentreprise.domain.compte.FamilleNavigateur.AUTRE;
import static fr.espaceentreprise.domain.compte.FamilleNavigateur.CHROME;
import static fr.espaceentreprise.domain.compte.FamilleNavigateur.CLIENT_API;
import static fr.espaceentreprise.domain.compte.FamilleNavigateur.EDGE;
import static fr.espaceentreprise.domain.compte.FamilleNavigateur.FIREFOX;
import static fr.espaceentreprise.domain.compte.FamilleNavigateur.OPERA;
import static fr.espaceentreprise.domain.compte.FamilleNavigateur.SAFARI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FamilleNavigateurTest {

    /** User-Agent headers as the browsers and clients send them. */
    static Stream<Arguments> userAgents() {
        return Stream.of(
                Arguments.of(FIREFOX, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                        + "Firefox/128.0"),
                Arguments.of(FIREFOX, "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
                Arguments.of(FIREFOX, "Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0"),
                Arguments.of(CHROME, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/126.0.0.0 Safari/537.36"),
                Arguments.of(CHROME, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
                        + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"),
                Arguments.of(CHROME, "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/126.0.6478.122 Mobile Safari/537.36"),
                Arguments.of(CHROME, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1"),
                Arguments.of(CHROME, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Ubuntu Chromium/37.0.2062.94 Safari/537.36"),
                Arguments.of(EDGE, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68"),
                Arguments.of(EDGE, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045"),
                Arguments.of(OPERA, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/125.0.0.0 Safari/537.36 OPR/111.0.0.0"),
                Arguments.of(OPERA, "Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18"),
                Arguments.of(SAFARI, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15"),
                Arguments.of(SAFARI, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
                Arguments.of(SAFARI, "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
                Arguments.of(CLIENT_API, "curl/8.5.0"),
                Arguments.of(CLIENT_API, "Java-http-client/17.0.11"),
                Arguments.of(CLIENT_API, "python-requests/2.32.3"),
                Arguments.of(CLIENT_API, "okhttp/4.12.0"),
                Arguments.of(CLIENT_API, "Apache-HttpClient/5.3.1 (Java/17.0.11)"),
                Arguments.of(CLIENT_API, "Go-http-client/1.1"),
                Arguments.of(CLIENT_API, "PostmanRuntime/7.39.0"),
                Arguments.of(AUTRE, "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)"),
                Arguments.of(AUTRE, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                Arguments.of(AUTRE, "SIRH-maison"));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("userAgents")
    void tells_the_family_from_the_user_agent(FamilleNavigateur famille, String userAgent) {
        assertEquals(famille, FamilleNavigateur.de(userAgent));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("userAgents")
    void whatever_the_case_of_the_header(FamilleNavigateur famille, String userAgent) {
        assertEquals(famille, FamilleNavigateur.de(userAgent.toUpperCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void no_user_agent_is_another_family(String userAgent) {
        assertEquals(AUTRE, FamilleNavigateur.de(userAgent));
    }
}
