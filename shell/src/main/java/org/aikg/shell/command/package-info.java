/**
 * One small class per aikg command, each declaring its options and help once with picocli and delegating to the core
 * facade; the same classes serve one-shot runs, scripts and the prompt.
 */
package org.aikg.shell.command;
