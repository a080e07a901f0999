package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline12345.persistence.tck.StoreFixtures.aCase;
import static org.hotline12345.persistence.tck.StoreFixtures.eventsOf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hotline12345.persistence.DuplicateKeyException;
import org.hotline12345.persistence.Keys;
import org.hotline12345.persistence.StoredCase;
import org.junit.jupiter.api.Test;

/**
 * Per-case data keys (数据密钥), which erase a case's personal data when destroyed
 * (crypto-shredding): written in the unit that inserts the case, read back as the same bytes
 * (in the unit and outside it, after a reopen too), one per case, invisible to others until
 * commit, rolled back with their unit, and gone once destroyed.
 */
abstract class CaseKeysContract extends ContractGroup {

  CaseKeysContract(HotlineStoreContract contract) {
    super(contract);
  }

  /** Key bytes of a given length, every byte value used, derived from a seed. */
  static byte[] keyBytes(int length, int seed) {
    byte[] key = new byte[length];
    for (int i = 0; i < length; i++) {
      key[i] = (byte) (seed * 31 + i * 7);
    }
    return key;
  }

  /** Registers a case with its data key in one unit. */
  private StoredCase registerWithKey(String caseId, byte[] key) {
    StoredCase registered = aCase(caseId).build();
    store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), eventsOf(registered));
      uow.insertCaseKey(caseId, key);
      return null;
    });
    return registered;
  }

  private Optional<byte[]> committedKey(String caseId) {
    return store().cases().caseKey(caseId);
  }

  @Test
  void aKeyWrittenWithItsCaseIsReadBackAsTheSameBytes() {
    byte[] key = keyBytes(32, 1);
    registerWithKey("case-000001", key);

    assertThat(committedKey("case-000001")).as("the key, read outside a unit").hasValueSatisfying(
        read -> assertThat(read).isEqualTo(keyBytes(32, 1)));
    Optional<byte[]> inUnit = store().inTransaction(uow -> uow.findCaseKey("case-000001"));
    assertThat(inUnit).as("the key, read in a unit").hasValueSatisfying(read -> assertThat(read).isEqualTo(key));
    assertThat(committedKey("case-000404")).as("the key of a case without one").isEmpty();
  }

  @Test
  void theShortestAndLongestKeysRoundTripWithEveryByteValue() {
    byte[] shortest = keyBytes(Keys.MIN_CASE_KEY_BYTES, 2);
    byte[] longest = new byte[Keys.MAX_CASE_KEY_BYTES];
    for (int i = 0; i < longest.length; i++) {
      longest[i] = (byte) i;
    }
    registerWithKey("case-000001", shortest);
    registerWithKey("case-000002", longest);

    assertThat(committedKey("case-000001")).hasValueSatisfying(read -> assertThat(read).isEqualTo(shortest));
    assertThat(committedKey("case-000002")).hasValueSatisfying(read -> assertThat(read).isEqualTo(longest));
  }

  @Test
  void theStoreKeepsItsOwnCopy() {
    byte[] key = keyBytes(32, 3);
    store().inTransaction(uow -> {
      uow.insertCaseKey("case-000001", key);
      Arrays.fill(key, (byte) 0);
      uow.findCaseKey("case-000001").ifPresent(read -> Arrays.fill(read, (byte) 0));
      return null;
    });
    committedKey("case-000001").ifPresent(read -> Arrays.fill(read, (byte) 0));

    assertThat(committedKey("case-000001")).as("the key after the caller changed every array it handled")
        .hasValueSatisfying(read -> assertThat(read).isEqualTo(keyBytes(32, 3)));
  }

  @Test
  void aKeyRollsBackWithItsUnit() {
    StoredCase registered = aCase("case-000001").build();
    IllegalStateException abandoned = new IllegalStateException("abandoned");
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.insertCase(registered, Optional.empty(), eventsOf(registered));
      uow.insertCaseKey("case-000001", keyBytes(32, 4));
      throw abandoned;
    })).isSameAs(abandoned);

    assertThat(committedKey("case-000001")).as("the key of a unit that rolled back").isEmpty();
    assertThat(store().cases().find("case-000001")).as("its case").isEmpty();
  }

  @Test
  void anUncommittedKeyIsSeenByItsUnitOnly() {
    store().inTransaction(uow -> {
      uow.insertCaseKey("case-000001", keyBytes(32, 5));
      assertThat(uow.findCaseKey("case-000001")).as("the key, in the unit that wrote it").isPresent();
      assertThat(committedKey("case-000001")).as("the key, read outside the unit before it commits").isEmpty();
      return null;
    });

    assertThat(committedKey("case-000001")).as("the key after commit").isPresent();
  }

  @Test
  void aCaseHasOneKey() {
    registerWithKey("case-000001", keyBytes(32, 6));

    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.insertCaseKey("case-000001", keyBytes(32, 7));
      return null;
    })).as("a second key for the case").isInstanceOfSatisfying(DuplicateKeyException.class,
        e -> assertThat(e.key()).isEqualTo("caseKey"));
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.insertCaseKey("case-000002", keyBytes(32, 8));
      uow.insertCaseKey("case-000002", keyBytes(32, 9));
      return null;
    })).as("two keys for one case in one unit").isInstanceOfSatisfying(DuplicateKeyException.class,
        e -> assertThat(e.key()).isEqualTo("caseKey"));

    assertThat(committedKey("case-000001")).hasValueSatisfying(read -> assertThat(read).isEqualTo(keyBytes(32, 6)));
    assertThat(committedKey("case-000002")).as("the key of the refused unit").isEmpty();
  }

  @Test
  void aDestroyedKeyIsGoneForEveryReader() {
    registerWithKey("case-000001", keyBytes(32, 10));
    registerWithKey("case-000002", keyBytes(32, 11));

    boolean destroyed = store().inTransaction(uow -> {
      boolean had = uow.destroyCaseKey("case-000001");
      assertThat(uow.findCaseKey("case-000001")).as("the key, in the unit that destroyed it").isEmpty();
      assertThat(committedKey("case-000001")).as("the key, outside the unit before it commits").isPresent();
      return had;
    });

    assertThat(destroyed).as("whether there was a key to destroy").isTrue();
    assertThat(committedKey("case-000001")).as("the destroyed key").isEmpty();
    Optional<byte[]> inUnit = store().inTransaction(uow -> uow.findCaseKey("case-000001"));
    assertThat(inUnit).as("the destroyed key, in a later unit").isEmpty();
    boolean again = store().inTransaction(uow -> uow.destroyCaseKey("case-000001"));
    assertThat(again).as("destroying it again").isFalse();
    boolean none = store().inTransaction(uow -> uow.destroyCaseKey("case-000404"));
    assertThat(none).as("destroying no key").isFalse();
    assertThat(committedKey("case-000002")).as("another case's key")
        .hasValueSatisfying(read -> assertThat(read).isEqualTo(keyBytes(32, 11)));
    assertThat(store().cases().find("case-000001")).as("the case whose key was destroyed").isPresent();
    assertThat(store().cases().events("case-000001")).as("its events").hasSize(1);
  }

  @Test
  void aDestructionRollsBackWithItsUnit() {
    registerWithKey("case-000001", keyBytes(32, 12));

    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.destroyCaseKey("case-000001");
      throw new IllegalStateException("abandoned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(committedKey("case-000001")).as("the key after a destruction that rolled back")
        .hasValueSatisfying(read -> assertThat(read).isEqualTo(keyBytes(32, 12)));
  }

  @Test
  void ofTwoUnitsThatWriteAKeyForOneCaseExactlyOneCommits() {
    requires(StoreFeature.CONCURRENT_WRITERS);

    List<Concurrently.Outcome<Object>> outcomes = Concurrently.run(2, n -> store().inTransaction(uow -> {
      uow.insertCaseKey("case-000001", keyBytes(32, 20 + n));
      return null;
    }));

    assertThat(outcomes.stream().filter(Concurrently.Outcome::succeeded)).as("units that committed a key").hasSize(1);
    outcomes.stream().filter(o -> !o.succeeded()).forEach(o -> assertThat(o.failure())
        .as("the refusal of the other unit").isInstanceOfSatisfying(DuplicateKeyException.class,
            e -> assertThat(e.key()).isEqualTo("caseKey")));
  }

  @Test
  void keysOutlastAReopen() {
    requires(StoreFeature.REOPEN);
    registerWithKey("case-000001", keyBytes(48, 13));

    reopen();

    assertThat(committedKey("case-000001")).as("the key after the store was reopened")
        .hasValueSatisfying(read -> assertThat(read).isEqualTo(keyBytes(48, 13)));
  }

  @Test
  void keysOutsideTheirLengthsAreRefused() {
    for (int length : new int[] {0, Keys.MIN_CASE_KEY_BYTES - 1, Keys.MAX_CASE_KEY_BYTES + 1}) {
      assertThatThrownBy(() -> store().inTransaction(uow -> {
        uow.insertCaseKey("case-000001", new byte[length]);
        return null;
      })).as("a key of %d bytes", length).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    }
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.insertCaseKey("case 1", keyBytes(32, 1));
      return null;
    })).as("a case id outside the id alphabet").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().inTransaction(uow -> {
      uow.insertCaseKey("case-000001", null);
      return null;
    })).isInstanceOf(NullPointerException.class);
    assertThat(committedKey("case-000001")).as("the key after the refusals").isEmpty();
  }
}
