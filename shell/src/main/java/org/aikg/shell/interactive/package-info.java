/** The interactive shell on Spring Shell: its input parser, SPARQL at the prompt, and adapters for the aikg commands. */
package org.aikg.shell.interactive;
