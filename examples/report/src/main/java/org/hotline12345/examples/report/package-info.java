/**
 * An offline HTML report (报表) of a hotline's period: the volumes of appeals by channel, type
 * and category per day; routing quality (returns, 退单); the supervision board (督办: open cases
 * by stage and red/yellow light, the most overdue); the assessment's scorecards (考核) ranked per
 * group with drill-down to the cases behind each number and why each counted; and a few
 * deadlines explained in Chinese and English.
 *
 * <p>A host fills a {@link org.hotline12345.examples.report.ReportData} with figures that carry
 * no personal data (counts, case numbers, department ids and names, the assessment's reasons,
 * which quote stages and instants only) and calls
 * {@link org.hotline12345.examples.report.HtmlReport#write}: the directory gets
 * {@code index.html}, its style sheet and script, and ECharts ({@code echarts.min.js}, from the
 * {@code org.webjars.npm:echarts} webjar), so the page opens with no network. Every text is
 * HTML-escaped; the chart data is embedded as JSON that cannot end its script element.
 *
 * <p>For tests that open the page in a browser: each chart's container has class {@code chart}
 * and {@code data-rendered="true"} once ECharts reports it {@code finished}; the key figures,
 * scores, ranks and tallies carry stable ids and {@code data-} attributes (see
 * {@link org.hotline12345.examples.report.HtmlReport}).
 */
package org.hotline12345.examples.report;
