/**
 * A dispatch catalogue (派单目录) proposed from history (历史派单): which department (承办单位)
 * handled each category (分类) of appeal in each area (区域) of the administrative hierarchy
 * (行政区划), for a dispatch office to review before it goes live.
 *
 * <p>{@link org.hotline12345.rules.catalogue.CatalogueMiner} counts
 * {@link org.hotline12345.rules.catalogue.PastAssignment}s by category and area, at every level
 * of the area path, and proposes for each cell its majority department (多数承办单位) with its
 * support (how many cases it handled there) and share (of the cell's cases); a thin cell (below
 * the minimum support or share) is left out, so its cases fall back to the enclosing area, and
 * in the end to a row for the category in any area. The
 * {@link org.hotline12345.rules.catalogue.CatalogueProposal} lists those rows most specific
 * first, routes a category and area path by them (first matching row, as a decision table
 * (决策表) with hit policy FIRST does), scores itself against held-out history
 * ({@link org.hotline12345.rules.catalogue.Backtest}), and writes itself as a decision-table CSV
 * a dispatch office can edit and load.
 *
 * <p>Only codes go in and out: category codes, area codes, department ids. No personal data
 * (names, phones, addresses, appeal text) is involved.
 */
package org.hotline12345.rules.catalogue;
