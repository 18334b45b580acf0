/** The aikg vocabulary: Java constants for its terms and the classpath locations of the ontology and shapes. */
package org.aikg.ontology;
