/** The aikg command line: the entry point that picks the interactive shell or the one-shot runner. */
package org.aikg.shell;
