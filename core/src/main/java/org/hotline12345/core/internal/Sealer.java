package org.hotline12345.core.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the personal data of one case (contact data, addresses, free text) with the case's
 * own data key, so that destroying the key erases them everywhere they were written (the event
 * log, backups of it, streams of it) while every event stays decodable (crypto-shredding).
 *
 * <p>A sealed text is {@code sealed:v1:} followed by the Base64 of a 12-byte random nonce and
 * the AES-256-GCM ciphertext with its tag; the case id is the additional authenticated data,
 * so a sealed text moved to another case does not open. A text without the prefix is plain
 * (events written without a key, in tests).
 */
public final class Sealer {

  /** What an erased text reads as, once the case's key is destroyed. */
  public static final String ERASED = "（已删除 erased）";

  private static final String PREFIX = "sealed:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Seals nothing: texts stay plain. */
  public static final Sealer PLAIN = new Sealer(null, null);

  private final byte[] key;
  private final byte[] aad;

  private Sealer(byte[] key, String caseId) {
    this.key = key;
    this.aad = caseId == null ? null : caseId.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A sealer with a case's key.
   *
   * @param key the case's 32-byte data key
   * @param caseId the case id, bound to every sealed text
   * @return the sealer
   * @throws IllegalArgumentException if the key is not 32 bytes
   */
  public static Sealer withKey(byte[] key, String caseId) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(caseId, "caseId");
    if (key.length != 32) {
      throw new IllegalArgumentException("case key: must be 32 bytes, was " + key.length);
    }
    return new Sealer(key.clone(), caseId);
  }

  /**
   * A sealer for a case whose key was destroyed: it opens nothing, and every sealed text reads
   * as {@link #ERASED}. It cannot seal.
   *
   * @param caseId the case id
   * @return the sealer
   */
  public static Sealer erased(String caseId) {
    return new Sealer(null, Objects.requireNonNull(caseId, "caseId"));
  }

  /**
   * A new random 32-byte data key, from {@link SecureRandom}.
   *
   * @return the key
   */
  public static byte[] newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  /**
   * Seals a text.
   *
   * @param plain the text
   * @return the sealed form, or the text itself for {@link #PLAIN}
   * @throws IllegalStateException if the case's key was destroyed
   */
  public String seal(String plain) {
    Objects.requireNonNull(plain, "plain");
    if (aad == null) {
      return plain;
    }
    if (key == null) {
      throw new IllegalStateException("the case's personal data was erased: nothing more can be written for it");
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
          .put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is required of every Java platform", e);
    }
  }

  /**
   * Opens a text.
   *
   * @param text a sealed or plain text
   * @return the plain text; {@link #ERASED} if it is sealed and the key is destroyed
   * @throws IllegalArgumentException if it is sealed but does not open with this case's key
   */
  public String open(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith(PREFIX)) {
      return text;
    }
    if (key == null) {
      return ERASED;
    }
    return tryOpen(text).orElseThrow(() -> new IllegalArgumentException(
        "a sealed text does not open with this case's key: it belongs to another case, or was altered"));
  }

  private Optional<String> tryOpen(String text) {
    try {
      byte[] all = Base64.getDecoder().decode(text.substring(PREFIX.length()));
      if (all.length < NONCE_BYTES + TAG_BITS / 8) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(aad);
      return Optional.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether texts are sealed.
   *
   * @return false for {@link #PLAIN}
   */
  public boolean seals() {
    return aad != null;
  }

  @Override
  public String toString() {
    return aad == null ? "Sealer[plain]" : key == null ? "Sealer[erased]" : "Sealer[case key]";
  }
}
