package org.hotline12345.rules.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.hotline12345.core.appeal.Appeal;
import org.hotline12345.core.appeal.AppealType;
import org.hotline12345.core.appeal.Channel;
import org.hotline12345.core.appeal.Citizen;
import org.hotline12345.core.appeal.Location;
import org.hotline12345.core.category.CategoryTaxonomy;
import org.hotline12345.core.department.DepartmentDirectory;

/**
 * Appeals as a call-centre agent records them, and the Nanjing-like directory and taxonomy the
 * preset's owners and categories come from (core's test data, with the municipal departments
 * that own knowledge-base entries added).
 */
public final class Consultations {

  /** Thursday 9 October 2025, 10:00 Beijing time, when the appeals of these tests come in. */
  public static final Instant RECEIVED =
      ZonedDateTime.parse("2025-10-09T10:00+08:00[Asia/Shanghai]").toInstant();

  /** The caller's phone number: personal data that must never show. */
  public static final String PHONE = "13812345678";

  /** The caller's name: personal data that must never show. */
  public static final String NAME = "王小明";

  private static final String DIRECTORY = "departments-nanjing.csv";

  private Consultations() {}

  /** A consultation (咨询) by phone, received at {@link #RECEIVED}. */
  public static Appeal consultation(String content) {
    return appeal(AppealType.CONSULTATION, content, RECEIVED);
  }

  /** An appeal of a type, by phone, from a named caller with a phone number. */
  public static Appeal appeal(AppealType type, String content, Instant received) {
    return Appeal.builder()
        .channel(Channel.PHONE)
        .type(type)
        .content(content)
        .location(Location.builder().address("鼓楼区湖南路1号").build())
        .citizen(Citizen.builder().name(NAME).phone(PHONE).build())
        .receivedAt(received)
        .build();
  }

  /** The directory of core's tests with the knowledge base's owners. */
  public static DepartmentDirectory directory() {
    try (Reader reader = resource(DIRECTORY)) {
      return DepartmentDirectory.readCsv(reader, DIRECTORY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 12345-style taxonomy of core's tests. */
  public static CategoryTaxonomy taxonomy() {
    try (Reader categories = resource("cn-12345-categories.csv");
        Reader attributes = resource("cn-12345-attributes.csv")) {
      return CategoryTaxonomy.readCsv(categories, attributes, "cn-12345");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads CSV text as the file {@code qa.csv}, with a builder's settings. */
  public static QaKnowledgeBase readCsv(QaKnowledgeBase.Builder builder, String text) {
    return builder.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "qa.csv",
        QaKnowledgeBase.Format.CSV);
  }

  private static Reader resource(String name) {
    return new InputStreamReader(Consultations.class.getResourceAsStream(name),
        StandardCharsets.UTF_8);
  }
}
