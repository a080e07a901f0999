package org.hotline12345.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.hotline12345.examples.report.internal.PageModel;

/**
 * Writes a {@link ReportData} as an offline HTML page: {@code index.html}, {@code report.css},
 * {@code report.js}, and ECharts ({@code echarts.min.js} with its licence) copied from the
 * webjar, so the directory opens in any browser with no network.
 *
 * <p>What a test may rely on in the page:
 * <ul>
 *   <li>every chart is a {@code div.chart} with an id ({@code chart-volume-channel},
 *       {@code chart-volume-type}, {@code chart-volume-category}, {@code chart-returns},
 *       {@code chart-returns-by-agency}, {@code chart-board}, {@code chart-scores}) and
 *       {@code data-rendered} {@code "false"} until ECharts fires {@code finished}, then
 *       {@code "true"};
 *   <li>each headline number is {@code #figure-<id>} with {@code data-value};
 *   <li>each scorecard is a {@code tr.scorecard} with {@code data-department},
 *       {@code data-group} and, when scored, {@code data-score} and {@code data-rank}; each of
 *       its tallies a {@code td.tally} with {@code data-indicator}, {@code data-numerator},
 *       {@code data-denominator} and {@code data-cases};
 *   <li>each drill-down a {@code details.breakdown} with {@code data-department} and
 *       {@code data-indicator}, its rows {@code tr[data-case]};
 *   <li>the board's totals {@code #board-green}, {@code #board-yellow}, {@code #board-red};
 *   <li>each {@link TableSection} a {@code section.table-section} with its id, its rows
 *       {@code tr.table-row}.
 * </ul>
 * A section the data leaves out (routing quality, the board, the assessment) has no chart and
 * no link in the page.
 * Numbers in {@code data-} attributes are plain decimals of at most four places.
 */
public final class HtmlReport {

  /** The ECharts version bundled (the {@code org.webjars.npm:echarts} webjar). */
  public static final String ECHARTS_VERSION = "5.3.1";

  private static final String WEBJAR = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/";
  private static final String OWN = "/org/hotline12345/examples/report/";

  private HtmlReport() {}

  /**
   * Writes the report into a directory, creating it if needed and replacing the files of an
   * earlier report.
   *
   * @param data the data
   * @param directory the directory
   * @return the page, {@code directory/index.html}
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if a file cannot be written
   * @throws IllegalStateException if ECharts or the template is missing from the class path
   */
  public static Path write(ReportData data, Path directory) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      copy(WEBJAR + "dist/echarts.min.js", directory.resolve("echarts.min.js"));
      copy(WEBJAR + "LICENSE", directory.resolve("echarts.LICENSE.txt"));
      copy(OWN + "report.js", directory.resolve("report.js"));
      copy(OWN + "report.css", directory.resolve("report.css"));
      Mustache template;
      try (Reader text = new InputStreamReader(open(OWN + "report.mustache"), StandardCharsets.UTF_8)) {
        template = new DefaultMustacheFactory().compile(text, "report.mustache");
      }
      Path page = directory.resolve("index.html");
      try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
        template.execute(out, new PageModel(data, ECHARTS_VERSION).scope());
      }
      return page;
    } catch (IOException e) {
      throw new UncheckedIOException("the report could not be written to " + directory, e);
    }
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = open(resource)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = HtmlReport.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the class path"
          + (resource.startsWith(WEBJAR) ? " (the webjar org.webjars.npm:echarts:" + ECHARTS_VERSION + ")" : ""));
    }
    return in;
  }
}
