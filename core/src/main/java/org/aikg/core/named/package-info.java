/** The catalogue of named queries: the competency questions shipped as .rq files with declared parameters. */
package org.aikg.core.named;
