/**
 * Classification (分类): a classifier over the category taxonomy's own keywords that fills
 * core's {@link org.hotline12345.core.classification.Classifier} port, for hosts without a
 * text model of their own.
 */
package org.hotline12345.rules.classification;
