/**
 * The command runtime: the one dispatcher that one-shot runs, scripts and the prompt share, the session, the global
 * options, help generated from the commands' declarations, and the exit-code contract. No Spring is started here.
 */
package org.aikg.shell.runtime;
