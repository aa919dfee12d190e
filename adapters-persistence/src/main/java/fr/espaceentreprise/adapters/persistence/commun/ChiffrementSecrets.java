package fr.espaceentreprise.adapters.persistence.commun;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over a {@link CleDeChiffrement}: what a column keeps is a random 12-byte nonce drawn for each write,
 * then the ciphertext, then GCM's 16-byte tag. The context (which table, which row) is authenticated with it, so that
 * a ciphertext copied into another row does not read. Thread-safe: a {@link Cipher} per call.
 */
public final class ChiffrementSecrets {

    public static final int OCTETS_NONCE = 12;
    public static final int OCTETS_ETIQUETTE = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec cle;
    private final SecureRandom aleatoire = new SecureRandom();

    public ChiffrementSecrets(CleDeChiffrement cle) {
        this.cle = new SecretKeySpec(cle.octets(), "AES");
    }

    /** @param contexte what the ciphertext belongs to, e.g. the table and the row's key; needed to read it back */
    public byte[] chiffrer(byte[] clair, String contexte) {
        byte[] nonce = new byte[OCTETS_NONCE];
        aleatoire.nextBytes(nonce);
        try {
            byte[] chiffre = chiffreur(Cipher.ENCRYPT_MODE, nonce, contexte).doFinal(clair);
            return ByteBuffer.allocate(nonce.length + chiffre.length).put(nonce).put(chiffre).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @throws IllegalStateException when the value was encrypted under another key or for another context, or was
     *                               altered: GCM's tag does not match
     */
    public byte[] dechiffrer(byte[] valeur, String contexte) {
        if (valeur.length < OCTETS_NONCE + OCTETS_ETIQUETTE) {
            throw illisible(null);
        }
        try {
            return chiffreur(Cipher.DECRYPT_MODE, Arrays.copyOf(valeur, OCTETS_NONCE), contexte)
                    .doFinal(valeur, OCTETS_NONCE, valeur.length - OCTETS_NONCE);
        } catch (AEADBadTagException e) {
            throw illisible(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher chiffreur(int mode, byte[] nonce, String contexte) throws GeneralSecurityException {
        Cipher chiffreur = Cipher.getInstance(TRANSFORMATION);
        chiffreur.init(mode, cle, new GCMParameterSpec(OCTETS_ETIQUETTE * Byte.SIZE, nonce));
        chiffreur.updateAAD(contexte.getBytes(StandardCharsets.UTF_8));
        return chiffreur;
    }

    private static IllegalStateException illisible(Exception cause) {
        return new IllegalStateException("An encrypted secret does not decrypt: " + CleDeChiffrement.VARIABLE
                + " is not the key it was encrypted with, or the row was altered", cause);
    }
}
