/**
 * The knowledge base (知识库) that answers consultations directly (直接办结): the port a host or
 * the rules module fills, and its entries. Entries carry the department that owns them and the
 * date they were last reviewed, because assessment (考核) scores the upkeep of the knowledge
 * base, as Shandong's does.
 */
package org.hotline12345.core.knowledge;
