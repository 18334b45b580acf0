/** The security policy every query and update goes through: no SERVICE, no local LOAD, a deadline and a row cap. */
package org.aikg.core.policy;
