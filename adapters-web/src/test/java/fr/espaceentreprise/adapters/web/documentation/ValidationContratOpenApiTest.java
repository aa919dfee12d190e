package fr.espaceentreprise.adapters.web.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API contract has none of the errors an OpenAPI linter (Redocly's recommended rules) reports, checked at each
 * build with nothing but the JDK. swagger-parser validates the structure of the document, its references and the
 * uniqueness of operationIds; this test names the operations that share an operationId, and checks what
 * swagger-parser lets through: an operation that says nothing of its security, a security scheme or a path
 * parameter that is not declared, a key written twice, and a key that no schema keyword names (as when a comma cuts
 * an unquoted description of a flow mapping in two). Each check is shown to fail on a small contract written to
 * break it.
 */
class ValidationContratOpenApiTest {

    private static final Set<String> METHODES = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** JSON Schema 2020-12's keywords and those OpenAPI 3.1 adds; {@code x-} extensions are allowed besides. */
    private static final Set<String> MOTS_CLES_SCHEMA = Set.of(
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
            "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
            "unevaluatedItems", "unevaluatedProperties",
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
            "maxProperties", "minProperties", "required", "dependentRequired",
            "format", "contentEncoding", "contentMediaType", "contentSchema",
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "discriminator", "xml", "externalDocs", "example");
    private static final Set<String> UN_SOUS_SCHEMA = Set.of("items", "additionalProperties", "not", "if", "then",
            "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> SOUS_SCHEMAS_NOMMES = Set.of("properties", "patternProperties", "$defs",
            "dependentSchemas");
    private static final Set<String> LISTES_DE_SOUS_SCHEMAS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Pattern PARAMETRE_DE_CHEMIN = Pattern.compile("\\{([^}]+)}");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final String PETIT_CONTRAT = """
            openapi: 3.1.0
            info: {title: Essai, version: 1.0.0}
            paths:
              /choses/{id}:
                get:
                  operationId: chose
                  summary: One thing
                  security: []
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                  responses:
                    '200':
                      description: The thing.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Chose'
              /choses:
                get:
                  operationId: choses
                  summary: Every thing
                  security:
                    - jeton: []
                  responses:
                    '200':
                      description: The things.
            components:
              securitySchemes:
                jeton: {type: http, scheme: bearer}
              schemas:
                Chose:
                  type: object
                  properties:
                    nom: {type: string, description: 'The name, in full.'}
            """;

    @Test
    void the_contract_of_the_api_has_no_error() throws IOException {
        try (InputStream flux = getClass().getClassLoader().getResourceAsStream("openapi.yaml")) {
            assertNotNull(flux, "openapi.yaml is on the class path");
            List<String> erreurs = erreurs(new String(flux.readAllBytes(), StandardCharsets.UTF_8));

            assertTrue(erreurs.isEmpty(),
                    () -> erreurs.size() + " errors in openapi.yaml:\n" + String.join("\n", erreurs));
        }
    }

    @Test
    void accepts_a_small_contract_written_right() {
        assertEquals(List.of(), erreurs(PETIT_CONTRAT));
    }

    @Test
    void rejects_a_description_that_a_comma_splits_in_a_flow_mapping() {
        String contrat = remplacer(PETIT_CONTRAT, "description: 'The name, in full.'",
                "description: The name, in full.");

        assertSignale(contrat, "#/components/schemas/Chose/properties/nom: 'in full.' is no schema keyword");
    }

    @Test
    void rejects_a_key_that_no_schema_keyword_names_in_an_inline_schema() {
        String contrat = remplacer(PETIT_CONTRAT, "{type: string, format: uuid}", "{type: string, fromat: uuid}");

        assertSignale(contrat, "#/paths/~1choses~1{id}/get/parameters/0/schema: 'fromat' is no schema keyword");
    }

    @Test
    void rejects_an_operation_id_used_twice() {
        String contrat = remplacer(PETIT_CONTRAT, "operationId: choses", "operationId: chose");

        assertSignale(contrat, "operationId chose is used by GET /choses/{id}, GET /choses");
    }

    @Test
    void rejects_an_operation_without_security() {
        String contrat = remplacer(PETIT_CONTRAT, "      security: []\n", "");

        assertSignale(contrat, "GET /choses/{id} declares no security");
    }

    @Test
    void accepts_an_operation_without_security_when_the_contract_has_a_global_one() {
        String contrat = remplacer(remplacer(PETIT_CONTRAT, "      security: []\n", ""), "paths:\n",
                "security:\n  - jeton: []\npaths:\n");

        assertEquals(List.of(), erreurs(contrat));
    }

    @Test
    void rejects_a_security_scheme_that_is_not_declared() {
        String contrat = remplacer(PETIT_CONTRAT, "- jeton: []", "- jetonn: []");

        assertSignale(contrat, "GET /choses asks for the security scheme jetonn, which is not declared");
    }

    @Test
    void rejects_a_path_parameter_that_is_not_declared() {
        String contrat = remplacer(PETIT_CONTRAT, "/choses/{id}:", "/choses/{id}/{version}:");

        assertSignale(contrat, "GET /choses/{id}/{version} does not declare the path parameter version");
    }

    @Test
    void rejects_a_path_parameter_that_the_path_does_not_have() {
        String contrat = remplacer(PETIT_CONTRAT, "/choses/{id}:", "/choses/{cle}:");

        assertSignale(contrat, "GET /choses/{cle} declares the path parameter id, which its path does not have");
    }

    @Test
    void rejects_a_key_written_twice() {
        String contrat = remplacer(PETIT_CONTRAT, "operationId: choses", "operationId: choses\n      summary: All");

        assertSignale(contrat, "Duplicate field 'summary'");
    }

    @Test
    void rejects_what_swagger_parser_finds_wrong() {
        String contrat = remplacer(PETIT_CONTRAT, "'#/components/schemas/Chose'", "'#/components/schemas/Choze'");

        assertSignale(contrat, "#/components/schemas/Choze is missing");
    }

    /** What the contract breaks, each as a line that says where; none for a contract a linter would pass. */
    static List<String> erreurs(String contrat) {
        List<String> erreurs = new ArrayList<>();
        SwaggerParseResult analyse = new OpenAPIV3Parser().readContents(contrat, null, new ParseOptions());
        if (analyse.getOpenAPI() == null) {
            erreurs.add("swagger-parser: not an OpenAPI document");
        }
        if (analyse.getMessages() != null) {
            analyse.getMessages().forEach(message -> erreurs.add("swagger-parser: " + message));
        }
        JsonNode racine;
        try {
            racine = YAML.readTree(contrat);
        } catch (JsonProcessingException e) {
            erreurs.add(e.getOriginalMessage());
            return erreurs;
        }
        Map<String, JsonNode> operations = operations(racine);
        verifierOperationIds(operations, erreurs);
        verifierSecurite(racine, operations, erreurs);
        verifierParametresDeChemin(racine, erreurs);
        chercherSchemas(racine, "#", erreurs);
        return erreurs;
    }

    /** Every operation of the contract under its method and path, {@code GET /api/v1/moi}, in the contract's order. */
    private static Map<String, JsonNode> operations(JsonNode racine) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> chemin : racine.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> champ : chemin.getValue().properties()) {
                if (METHODES.contains(champ.getKey())) {
                    operations.put(champ.getKey().toUpperCase(Locale.ROOT) + " " + chemin.getKey(), champ.getValue());
                }
            }
        }
        return operations;
    }

    private static void verifierOperationIds(Map<String, JsonNode> operations, List<String> erreurs) {
        Map<String, List<String>> parOperationId = new LinkedHashMap<>();
        operations.forEach((operation, contenu) -> {
            if (contenu.hasNonNull("operationId")) {
                parOperationId.computeIfAbsent(contenu.get("operationId").asText(), id -> new ArrayList<>())
                        .add(operation);
            }
        });
        parOperationId.forEach((id, utilisateurs) -> {
            if (utilisateurs.size() > 1) {
                erreurs.add("operationId " + id + " is used by " + String.join(", ", utilisateurs));
            }
        });
    }

    /** Each operation says who may call it ({@code security: []} when no login is needed), or inherits the root's. */
    private static void verifierSecurite(JsonNode racine, Map<String, JsonNode> operations, List<String> erreurs) {
        JsonNode schemas = racine.path("components").path("securitySchemes");
        verifierSchemesDeSecurite(racine.path("security"), "the root", schemas, erreurs);
        operations.forEach((operation, contenu) -> {
            if (contenu.has("security")) {
                verifierSchemesDeSecurite(contenu.get("security"), operation, schemas, erreurs);
            } else if (!racine.has("security")) {
                erreurs.add(operation + " declares no security (security: [] if it needs no login)");
            }
        });
    }

    private static void verifierSchemesDeSecurite(JsonNode exigences, String qui, JsonNode schemas,
            List<String> erreurs) {
        for (JsonNode exigence : exigences) {
            exigence.fieldNames().forEachRemaining(schema -> {
                if (!schemas.has(schema)) {
                    erreurs.add(qui + " asks for the security scheme " + schema + ", which is not declared");
                }
            });
        }
    }

    /** Each {@code {name}} of a path is a path parameter of its operations, and each path parameter is in the path. */
    private static void verifierParametresDeChemin(JsonNode racine, List<String> erreurs) {
        for (Map.Entry<String, JsonNode> chemin : racine.path("paths").properties()) {
            Set<String> dansLeChemin = new LinkedHashSet<>();
            Matcher noms = PARAMETRE_DE_CHEMIN.matcher(chemin.getKey());
            while (noms.find()) {
                dansLeChemin.add(noms.group(1));
            }
            Set<String> communs = parametresDeChemin(racine, chemin.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> champ : chemin.getValue().properties()) {
                if (!METHODES.contains(champ.getKey())) {
                    continue;
                }
                String operation = champ.getKey().toUpperCase(Locale.ROOT) + " " + chemin.getKey();
                Set<String> declares = new TreeSet<>(communs);
                declares.addAll(parametresDeChemin(racine, champ.getValue().path("parameters")));
                dansLeChemin.stream().filter(nom -> !declares.contains(nom)).forEach(nom ->
                        erreurs.add(operation + " does not declare the path parameter " + nom));
                declares.stream().filter(nom -> !dansLeChemin.contains(nom)).forEach(nom ->
                        erreurs.add(operation + " declares the path parameter " + nom
                                + ", which its path does not have"));
            }
        }
    }

    private static Set<String> parametresDeChemin(JsonNode racine, JsonNode parametres) {
        Set<String> noms = new TreeSet<>();
        for (JsonNode parametre : parametres) {
            JsonNode lu = resoudre(racine, parametre);
            if ("path".equals(lu.path("in").asText())) {
                noms.add(lu.path("name").asText());
            }
        }
        return noms;
    }

    private static JsonNode resoudre(JsonNode racine, JsonNode noeud) {
        String reference = noeud.path("$ref").asText("");
        return reference.startsWith("#/") ? racine.at(JsonPointer.compile(reference.substring(1))) : noeud;
    }

    /**
     * The schemas of the contract: those of {@code components/schemas} and each one a {@code schema} key holds
     * (parameters, headers, bodies); examples and extensions are not looked into.
     */
    private static void chercherSchemas(JsonNode noeud, String ou, List<String> erreurs) {
        if (noeud.isArray()) {
            for (int i = 0; i < noeud.size(); i++) {
                chercherSchemas(noeud.get(i), ou + "/" + i, erreurs);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> champ : noeud.properties()) {
            String cle = champ.getKey();
            String ici = ou + "/" + echapper(cle);
            if (cle.startsWith("x-") || cle.equals("example") || cle.equals("examples")) {
                continue;
            }
            if (ici.equals("#/components/schemas")) {
                for (Map.Entry<String, JsonNode> schema : champ.getValue().properties()) {
                    verifierSchema(schema.getValue(), ici + "/" + echapper(schema.getKey()), erreurs);
                }
            } else if (cle.equals("schema")) {
                verifierSchema(champ.getValue(), ici, erreurs);
            } else {
                chercherSchemas(champ.getValue(), ici, erreurs);
            }
        }
    }

    private static void verifierSchema(JsonNode schema, String ou, List<String> erreurs) {
        for (Map.Entry<String, JsonNode> champ : schema.properties()) {
            String cle = champ.getKey();
            JsonNode valeur = champ.getValue();
            String ici = ou + "/" + echapper(cle);
            if (!MOTS_CLES_SCHEMA.contains(cle) && !cle.startsWith("x-")) {
                erreurs.add(ou + ": '" + cle + "' is no schema keyword");
            } else if (UN_SOUS_SCHEMA.contains(cle)) {
                verifierSchema(valeur, ici, erreurs);
            } else if (SOUS_SCHEMAS_NOMMES.contains(cle)) {
                for (Map.Entry<String, JsonNode> sousSchema : valeur.properties()) {
                    verifierSchema(sousSchema.getValue(), ici + "/" + echapper(sousSchema.getKey()), erreurs);
                }
            } else if (LISTES_DE_SOUS_SCHEMAS.contains(cle)) {
                for (int i = 0; i < valeur.size(); i++) {
                    verifierSchema(valeur.get(i), ici + "/" + i, erreurs);
                }
            }
        }
    }

    private static String echapper(String cle) {
        return cle.replace("~", "~0").replace("/", "~1");
    }

    private static String remplacer(String contrat, String avant, String apres) {
        assertTrue(contrat.contains(avant), () -> "the small contract has " + avant);
        return contrat.replace(avant, apres);
    }

    private static void assertSignale(String contrat, String erreur) {
        List<String> erreurs = erreurs(contrat);
        assertTrue(erreurs.stream().anyMatch(signalee -> signalee.contains(erreur)),
                () -> "expected «" + erreur + "» among " + erreurs);
    }
}
