/**
 * Profiles: one readable view of an entity built with SPARQL over the store (what it is, its figures in words with
 * their numbered sources, what belongs to it, disagreements side by side, every statement), with its plain-text form.
 */
package org.aikg.core.profile;
