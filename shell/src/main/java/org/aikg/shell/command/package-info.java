/** One small class per aikg command; each delegates to the core facade and is shared by one-shot and interactive use. */
package org.aikg.shell.command;
