/** The one-shot runner: global options, the command table, exit codes, and scripts; no Spring is started. */
package org.aikg.shell.cli;
