package org.aikg.shell.interactive;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.aikg.shell.command.AikgCommands;
import org.aikg.shell.runtime.Dispatcher;
import org.aikg.shell.runtime.Session;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.JLineInputProvider;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive shell: Spring Shell with JLine as the front end, every aikg command registered from its declaration
 * and run by the same dispatcher as one-shot runs; Ctrl-C cancels the line or the running query, not the session.
 */
@SpringBootApplication
public class InteractiveShell {

    /** Starts the shell on the bundled graph and returns when the user leaves. */
    public static void start() {
        Session session = new Session(System.in, System.out, System.err, true, true);
        Dispatcher dispatcher = new Dispatcher(new AikgCommands(), session);
        session.openInBackground();
        new SpringApplicationBuilder(InteractiveShell.class)
                .initializers(context -> {
                    var registry = (GenericApplicationContext) context;
                    registry.registerBean(Dispatcher.class, () -> dispatcher);
                    registry.registerBean("aikg-" + CommandAdapter.FALLBACK, Command.class,
                            () -> new CommandAdapter(CommandAdapter.FALLBACK, dispatcher.spec(), dispatcher));
                    dispatcher.spec().subcommands().forEach((name, sub) -> registry.registerBean("aikg-" + name, Command.class,
                            () -> new CommandAdapter(name, sub.getCommandSpec(), dispatcher)));
                })
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "spring.main.web-application-type=none",
                        "spring.main.lazy-initialization=true",
                        "logging.level.root=WARN",
                        "logging.level.org.jline=ERROR",
                        "spring.shell.command.help.enabled=false",
                        "spring.shell.command.version.enabled=false",
                        "spring.shell.command.script.enabled=false",
                        "spring.shell.history.name=" + System.getProperty("user.home") + "/.aikg_history")
                .run()
                .close();
        session.close();
    }

    @Bean
    CommandParser commandParser(CommandRegistry registry) {
        Set<String> known = new HashSet<>();
        registry.getCommands().forEach(c -> {
            known.add(c.getName());
            known.addAll(c.getAliases());
        });
        return new AikgCommandParser(known);
    }

    private static final PromptProvider PROMPT =
            () -> new AttributedString("aikg> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));

    @Bean
    PromptProvider promptProvider() {
        return PROMPT;
    }

    /**
     * Gives the JLine reader aikg's line parser (multi-line SPARQL) and completer, reads the prompt so that Ctrl-C
     * drops the line, and makes Ctrl-C while a command runs cancel its query instead of ending the process.
     */
    @Bean
    static BeanPostProcessor aikgLineReader(ObjectProvider<Dispatcher> dispatcher) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof LineReaderImpl reader) {
                    reader.setParser(new SparqlLineParser());
                    reader.setCompleter(new AikgCompleter(dispatcher.getObject()));
                    reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "  ... ");
                    reader.setVariable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".aikg_history"));
                    reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
                }
                if (bean instanceof JLineInputProvider provider && !(bean instanceof PromptInput)) {
                    PromptInput input = new PromptInput(provider.getLineReader());
                    input.setPromptProvider(PROMPT);
                    return input;
                }
                if (bean instanceof Terminal terminal) {
                    terminal.handle(Terminal.Signal.INT, signal -> dispatcher.getObject().cancel());
                }
                return bean;
            }
        };
    }
}
