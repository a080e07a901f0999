/**
 * Duplicate merge (并案): finding the open case a repeat appeal belongs to, so that the platform
 * merges it there through the core's two-sided merge instead of dispatching the same matter
 * twice. {@link org.hotline12345.rules.duplicates.DuplicateFinder} proposes the case by two
 * criteria: the same place (区划) and category (分类) within a window, or near-identical text
 * (字符n元组相似度) from the same caller (同一诉求人); each proposal explains itself with the
 * finder's rule set, version, criterion and, for text, the similarity as a number, never the
 * appeal's text.
 */
package org.hotline12345.rules.duplicates;
