package org.hotline12345.examples.la311;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The shared sample and small fixtures written to files. */
final class Samples {

  /** After every closing in the sample: the import's own instant. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2019-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** The 33 columns of the city's 2017 export. */
  static final String HEADER_2017 = "SRNumber,CreatedDate,UpdatedDate,ActionTaken,Owner,RequestType,Status,"
      + "RequestSource,MobileOS,Anonymous,AssignTo,ServiceDate,ClosedDate,AddressVerified,ApproximateAddress,Address,"
      + "HouseNumber,Direction,StreetName,Suffix,ZipCode,Latitude,Longitude,Location,TBMPage,TBMColumn,TBMRow,APC,CD,"
      + "CDMember,NC,NCName,PolicePrecinct";

  private Samples() {}

  /**
   * The shared sample of 2017: {@code shared/data/la311-2017-12-sample.csv} beside the worktree
   * or the repository, found by walking up from the working directory; else the same file kept
   * gzipped in the test resources ({@code la311-2017-12-sample.csv.gz}), written once to a
   * temporary file, so that the sample's tests run on any checkout.
   */
  static synchronized Path la311Sample() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/data/la311-2017-12-sample.csv");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    if (bundled == null) {
      try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
          java.util.Objects.requireNonNull(Samples.class.getResourceAsStream("la311-2017-12-sample.csv.gz"),
              "test resource la311-2017-12-sample.csv.gz"))) {
        Path file = Files.createTempFile("la311-2017-12-sample", ".csv");
        file.toFile().deleteOnExit();
        Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        bundled = file;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return bundled;
  }

  private static Path bundled;

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
