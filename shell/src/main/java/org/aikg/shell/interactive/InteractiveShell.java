package org.aikg.shell.interactive;

import org.aikg.shell.cli.Session;
import org.aikg.shell.command.Commands;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.aikg.shell.command.AikgCommand;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.jline.PromptProvider;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The interactive shell: Spring Shell with JLine, aikg's own input parser, and every aikg command. */
@SpringBootApplication
public class InteractiveShell {

    /** Starts the shell on the bundled graph and returns when the user exits. */
    public static void start(String[] args) {
        Session session = new Session(System.in, System.out, System.err, true);
        session.allowWrites(true);
        Commands commands = Commands.standard();
        new SpringApplicationBuilder(InteractiveShell.class)
                .initializers(context -> {
                    var registry = (GenericApplicationContext) context;
                    for (AikgCommand command : commands.all()) {
                        registry.registerBean("aikg-" + command.name(), Command.class,
                                () -> new CommandAdapter(command, session));
                    }
                    registry.registerBean(Session.class, () -> session);
                    registry.registerBean(Commands.class, () -> commands);
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
                .run(args)
                .close();
    }

    @Bean
    CommandParser commandParser() {
        return new AikgCommandParser();
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("aikg> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /** Gives the JLine reader aikg's line parser (multi-line SPARQL) and completer, in place of Spring Shell's. */
    @Bean
    static BeanPostProcessor aikgLineReader(org.springframework.beans.factory.ObjectProvider<Session> session,
            org.springframework.beans.factory.ObjectProvider<Commands> commands) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof LineReaderImpl reader) {
                    reader.setParser(new SparqlLineParser());
                    reader.setCompleter(new AikgCompleter(commands.getObject(), session.getObject()));
                    reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "  ... ");
                    reader.setVariable(LineReader.HISTORY_FILE, java.nio.file.Path.of(System.getProperty("user.home"), ".aikg_history"));
                    reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
                }
                return bean;
            }
        };
    }
}
