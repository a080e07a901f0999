/**
 * Classification (分类): the port that proposes categories for an appeal's text, each with a
 * confidence, and says why. A host plugs in its own text classifier; the rules module offers
 * keyword tables.
 */
package org.hotline12345.core.classification;
