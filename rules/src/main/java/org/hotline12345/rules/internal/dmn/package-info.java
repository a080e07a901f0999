/**
 * Implementation of the DMN reader (DMN 决策模型与表示法): the XML layer
 * ({@link org.hotline12345.rules.internal.dmn.XmlTreeReader}, XXE-safe, with the line and column
 * of every element), the structure of a file's decision tables
 * ({@link org.hotline12345.rules.internal.dmn.DmnModelReader} into
 * {@link org.hotline12345.rules.internal.dmn.DmnModel}), the FEEL subset of entries
 * ({@link org.hotline12345.rules.internal.dmn.Feel}) and the mapping onto the engine's tables.
 * Not exported.
 */
package org.hotline12345.rules.internal.dmn;
