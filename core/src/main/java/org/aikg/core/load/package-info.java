/** All-or-nothing import: parse into memory, refuse remote contexts, validate against the shapes, then commit once. */
package org.aikg.core.load;
