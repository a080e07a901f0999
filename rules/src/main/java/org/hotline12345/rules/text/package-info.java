/**
 * Text tools for the rules over Chinese appeal text (诉求内容), which has no spaces between
 * words: {@link org.hotline12345.rules.text.KeywordMatcher} finds many keywords (关键词) in one
 * pass, and {@link org.hotline12345.rules.text.CharacterNgrams} measures how alike two texts
 * are by their character n-grams (字符n元组), for spotting a repeated appeal (重复诉求).
 *
 * <p>The searched text is personal data: no type here keeps it, and no message or
 * {@code toString} echoes it. Keywords are configuration, not personal data, and may be echoed.
 */
package org.hotline12345.rules.text;
