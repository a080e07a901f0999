package org.hotline12345.core.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.casefile.Case;

/**
 * The caller key (来电人标识) of a case: HMAC-SHA256, under the host's secret, of the caller's
 * normalised phone number, as lowercase hex. Equal numbers give equal keys under one secret;
 * without the secret the key says nothing about the number. Thread-safe; keeps its own copy of
 * the secret and never prints it.
 */
final class CallerKeys {

  /** The fewest bytes of a secret (128 bits). */
  static final int MIN_SECRET_BYTES = 16;

  /** Versions what is hashed, so that a later normalisation can live beside this one. */
  private static final String DOMAIN = "hotline12345/caller/v1:";

  private final byte[] secret;

  CallerKeys(byte[] secret) {
    this.secret = secret.clone();
  }

  /**
   * The key of the case's caller: empty for an anonymous appeal, one without a phone number (or
   * none with a digit), and a case whose personal data was erased.
   */
  Optional<String> of(Case c) {
    if (c.isPersonalDataErased()) {
      return Optional.empty();
    }
    Citizen citizen = c.appeal().getCitizen();
    if (citizen.isAnonymous()) {
      return Optional.empty();
    }
    return citizen.getPhone().flatMap(CallerKeys::normalise).map(this::hash);
  }

  /**
   * The digits of a phone number, without a leading China country code ({@code +86} or
   * {@code 0086}); empty if it has no digit.
   */
  static Optional<String> normalise(String phone) {
    StringBuilder digits = new StringBuilder(phone.length());
    phone.chars().filter(ch -> ch >= '0' && ch <= '9').forEach(ch -> digits.append((char) ch));
    String all = digits.toString();
    boolean international = phone.strip().startsWith("+");
    if (international && all.startsWith("86") && all.length() > 2) {
      all = all.substring(2);
    } else if (!international && all.startsWith("0086") && all.length() > 4) {
      all = all.substring(4);
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all);
  }

  private String hash(String digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((DOMAIN + digits).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "CallerKeys[HmacSHA256]";
  }
}
