package org.aikg.shell.server;

/** Minimal HTML building with escaping; pages are plain, readable without JavaScript. */
final class Html {

    private Html() {}

    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · aikg</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}
                header a{font-weight:bold;text-decoration:none}
                table{border-collapse:collapse;width:100%%;margin:1rem 0}
                th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
                th{background:#f4f4f4}
                .src{font-size:.85em;color:#666}
                code,.iri{font-family:ui-monospace,monospace;font-size:.9em}
                textarea{width:100%%;font-family:ui-monospace,monospace}
                </style>
                </head>
                <body>
                <header><a href="/">aikg</a> · <a href="/query">query</a> · <a href="/.well-known/void">dataset</a></header>
                %s
                </body>
                </html>
                """.formatted(esc(title), body);
    }
}
