/**
 * The category taxonomy (诉求分类): hierarchical codes loaded as data, with the keywords that
 * suggest a category and the attributes (typed fields, as in Open311 service definitions)
 * that an appeal of the category must carry.
 */
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
package org.hotline12345.core.category;

import org.immutables.value.Value;
