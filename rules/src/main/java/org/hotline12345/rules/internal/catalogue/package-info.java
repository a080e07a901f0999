/**
 * Implementation of the dispatch catalogue miner: the counts of departments by category and
 * area (the cells) and the choice of each cell's majority department. Not exported; hosts must
 * not depend on it.
 */
package org.hotline12345.rules.internal.catalogue;
