package fr.espaceentreprise.adapters.web.compte;

/**
 * The one answer of the API to a request of a visitor it accepted (sign-up, forgotten credentials), whatever it
 * contains, so that nothing tells which accounts exist.
 */
record RecuJson(String statut, String message) {

    static RecuJson recue(String message) {
        return new RecuJson("RECUE", message);
    }
}
